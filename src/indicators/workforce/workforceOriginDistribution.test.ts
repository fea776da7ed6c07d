import { describe, expect, it } from 'vitest';
import {
  asOf2025,
  originGazetteer,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import { type OriginLevel, workforceOriginDistribution } from './workforceOriginDistribution.js';

const summary = summarizeWorkforce(origins2025, { asOf: asOf2025, gazetteer: originGazetteer });

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: [],
    ...fields,
  });
}

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('workforceOriginDistribution', () => {
  it('gives each district of origin its count and share, and the rest as unknown', () => {
    const result = workforceOriginDistribution(summary, {
      level: 'district',
      gazetteer: originGazetteer,
    });
    // 12 people: Bakı 2, Daşkəsən 4 (a1 a2 a7 a15), Gəncə 1, Gədəbəy 1, Göygöl 2; unknown
    // 12 − 10 = 2 (a8 not in the gazetteer, a14 recorded as the country).
    expect(result.value).toBe(12);
    expect(result.unit).toBe('table');
    expect(result.breakdown?.map((r) => [r.key, r.label, r.count, r.value])).toEqual([
      ['AZ-BA', 'Bakı', 2, 2 / 12],
      ['AZ-DAS', 'Daşkəsən', 4, 4 / 12],
      ['AZ-GA', 'Gəncə', 1, 1 / 12],
      ['AZ-GAD', 'Gədəbəy', 1, 1 / 12],
      ['AZ-GYG', 'Göygöl', 2, 2 / 12],
      ['unknown', undefined, 2, 2 / 12],
    ]);
    expect(result.breakdown?.every((r) => r.dimension === 'district')).toBe(true);
  });

  it('gives each economic region of origin, without labels when no gazetteer is given', () => {
    const result = workforceOriginDistribution(summary, { level: 'economicRegion' });
    // Bakı 2, Ganja-Dashkasan 7 (a1 a2 a3 a4 a7 a9 a15), Gazakh-Tovuz 1, unknown 2: Σ 12.
    expect(result.breakdown?.map((r) => [r.key, r.label, r.count])).toEqual([
      ['az-er-baku', undefined, 2],
      ['az-er-ganja-dashkasan', undefined, 7],
      ['az-er-gazakh-tovuz', undefined, 1],
      ['unknown', undefined, 2],
    ]);
    const sum = result.breakdown?.reduce((s, r) => s + (r.value ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(result.definitions).toMatchObject({ level: 'economicRegion', denominator: 'headcount' });
  });

  it('treats people a published breakdown leaves out as unknown', () => {
    // 100 people, 60 + 25 by region: unknown 15; shares 0.6, 0.25, 0.15.
    const result = workforceOriginDistribution(
      published({
        headcount: 100,
        byEconomicRegion: { 'az-er-ganja-dashkasan': 60, 'az-er-baku': 25 },
      }),
      { level: 'economicRegion' },
    );
    expect(result.breakdown?.map((r) => [r.key, r.value])).toEqual([
      ['az-er-baku', 0.25],
      ['az-er-ganja-dashkasan', 0.6],
      ['unknown', 0.15],
    ]);
  });

  it('bounds the rows when a count is bounds', () => {
    // 100 people; A at least 50, B exactly 20: unknown is 0 to 100 − 70 = 30.
    const result = workforceOriginDistribution(
      published({ headcount: 100, byEconomicRegion: { A: { min: 50 }, B: 20 } }),
      { level: 'economicRegion' },
    );
    expect(result.value).toBe(100);
    expect(result.breakdown?.map((r) => [r.key, r.count, r.value, r.bounds])).toEqual([
      // A: at least 50/100; at most 1 − 20/100 = 0.8 (B takes 20).
      ['A', undefined, null, { min: 0.5, max: 0.8 }],
      ['B', 20, 0.2, undefined],
      // unknown: 0/100 to 30/100.
      ['unknown', undefined, null, { min: 0, max: 0.3 }],
    ]);
  });

  it('is BOUNDED with the headcount bounds when the headcount is bounds', () => {
    const result = workforceOriginDistribution(
      published({ headcount: { min: 90, max: 110 }, byOrigin: { 'AZ-DAS': 50 } }),
      { level: 'district' },
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 90, max: 110 });
    // Daşkəsən 50 of 90..110 people: 50/110 to 50/90. Unknown: 90 − 50 = 40 to 110 − 50 = 60
    // people, so at least 40/110; at most the smaller of 60/90 = 0.667 and what Daşkəsən leaves,
    // 1 − 50/110 = 0.545.
    expect(result.breakdown?.map((r) => r.bounds)).toEqual([
      { min: 50 / 110, max: 50 / 90 },
      { min: 40 / 110, max: Math.min(60 / 90, 1 - 50 / 110) },
    ]);
    const open = workforceOriginDistribution(
      published({ headcount: { min: 90 }, byOrigin: { 'AZ-DAS': 50 } }),
      { level: 'district' },
    );
    expect(open.bounds).toEqual({ min: 90 });
  });

  it('is MISSING_DATA without the breakdown and ZERO_DENOMINATOR without people', () => {
    const missing = workforceOriginDistribution(published({ headcount: 10 }), {
      level: 'district',
    });
    expect(missing.reason).toBe('MISSING_DATA');
    expect(missing.notes).toEqual(['The summary has no breakdown by district (byOrigin).']);
    const empty = workforceOriginDistribution(published({ headcount: 0, byOrigin: {} }), {
      level: 'district',
    });
    expect(empty.value).toBeNull();
    expect(empty.reason).toBe('ZERO_DENOMINATOR');
    expect(empty.breakdown).toBeUndefined();
  });

  it('names the economic-region breakdown it misses, and gives no label key without a name', () => {
    const missing = workforceOriginDistribution(published({ headcount: 10 }), {
      level: 'economicRegion',
    });
    expect(missing.notes).toEqual([
      'The summary has no breakdown by economicRegion (byEconomicRegion).',
    ]);
    // No gazetteer: neither region A (3 of 4) nor the unknown rest (1) has a name to show.
    const result = workforceOriginDistribution(
      published({ headcount: 4, byEconomicRegion: { A: 3 } }),
      { level: 'economicRegion' },
    );
    expect(result.breakdown?.map((r) => [r.key, 'label' in r])).toEqual([
      ['A', false],
      ['unknown', false],
    ]);
  });

  it('names a breakdown that is not a record of counts, never a TypeError', () => {
    const cases: [OriginLevel, string, unknown][] = [
      ['district', 'byOrigin', null],
      ['district', 'byOrigin', 'AZ-DAS'],
      ['economicRegion', 'byEconomicRegion', [12]],
    ];
    for (const [level, field, counts] of cases) {
      const raw = { ...summary, [field]: counts } as unknown as WorkforceSummary;
      expect(() => workforceOriginDistribution(raw, { level })).toThrow(
        `[mining-impact] The argument is not valid for this function: ${field} is not a record of counts`,
      );
    }
  });

  it('refuses a breakdown above the headcount, a bad level and bad counts', () => {
    // 8 + 5 = 13 people by district, more than 12.
    expect(() =>
      workforceOriginDistribution(published({ headcount: 12, byOrigin: { A: 8, B: 5 } }), {
        level: 'district',
      }),
    ).toThrow(/at least 13 people/);
    expect(() =>
      workforceOriginDistribution(published({ headcount: 0, byOrigin: { A: 1 } }), {
        level: 'district',
      }),
    ).toThrow(invalidArgument);
    expect(() => workforceOriginDistribution(summary, { level: 'village' as OriginLevel })).toThrow(
      invalidArgument,
    );
    const raw = { ...summary, byOrigin: { A: -2 } } as unknown as WorkforceSummary;
    expect(() => workforceOriginDistribution(raw, { level: 'district' })).toThrow(
      /byOrigin\["A"\]/,
    );
    const notRecord = { ...summary, byEconomicRegion: [1, 2] } as unknown as WorkforceSummary;
    expect(() => workforceOriginDistribution(notRecord, { level: 'economicRegion' })).toThrow(
      invalidArgument,
    );
  });
});
