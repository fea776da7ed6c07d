import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { districtOf } from '../../places/districtOf.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { isActiveOn } from './isActiveOn.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import {
  type OriginLevel,
  workforceOriginDistribution,
  workforceOriginDistributionIndicator,
} from './workforceOriginDistribution.js';

/** The summary of records on the fixture's gazetteer. */
function summaryOf(records: readonly Employee[] = origins2025): WorkforceSummary {
  return summarizeWorkforce(records, {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    companyId: 'miner',
  });
}

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: [],
    ...fields,
  });
}

/** The one distribution at a level. */
function at(summary: WorkforceSummary, level: OriginLevel, gazetteer?: Gazetteer) {
  const results = workforceOriginDistribution(summary, { level, gazetteer });
  expect(results).toHaveLength(1);
  return results[0] as (typeof results)[number];
}

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

describe('workforceOriginDistribution', () => {
  it('gives each district of origin its count and share, and the rest as unknown', () => {
    const result = at(summaryOf(), 'district', originGazetteer);
    // 12 people: Bakı 2, Daşkəsən 4 (a1 a2 a7 a15), Gəncə 1, Gədəbəy 1, Göygöl 2; unknown
    // 12 − 10 = 2 (a8 not in the gazetteer, a14 recorded as the country).
    expect(result.detail).toEqual({ headcount: 12 });
    expect(result).toMatchObject({ value: null, reason: 'BREAKDOWN_ONLY', unit: 'share' });
    expect(result.keys).toEqual({ level: 'district' });
    expect(result.breakdown?.map((r) => [r.keys, r.label, r.count, r.value])).toEqual([
      [{ district: 'AZ-BA' }, 'Bakı', 2, 2 / 12],
      [{ district: 'AZ-DAS' }, 'Daşkəsən', 4, 4 / 12],
      [{ district: 'AZ-GA' }, 'Gəncə', 1, 1 / 12],
      [{ district: 'AZ-GAD' }, 'Gədəbəy', 1, 1 / 12],
      [{ district: 'AZ-GYG' }, 'Göygöl', 2, 2 / 12],
      [{ district: 'unknown' }, undefined, 2, 2 / 12],
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('gives each economic region of origin, without labels when no gazetteer is given', () => {
    const result = at(summaryOf(), 'economicRegion');
    // Bakı 2, Ganja-Dashkasan 7 (a1 a2 a3 a4 a7 a9 a15), Gazakh-Tovuz 1, unknown 2: Σ 12.
    expect(result.breakdown?.map((r) => [r.keys.economicRegion, r.label, r.count])).toEqual([
      ['az-er-baku', undefined, 2],
      ['az-er-ganja-dashkasan', undefined, 7],
      ['az-er-gazakh-tovuz', undefined, 1],
      ['unknown', undefined, 2],
    ]);
    const sum = result.breakdown?.reduce((s, r) => s + (r.value ?? 0), 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(result.definitions).toMatchObject({ level: 'economicRegion', denominator: 'headcount' });
  });

  it('gives both levels by default, economic region first, each keyed by its level', () => {
    const results = workforceOriginDistribution(summaryOf());
    expect(results.map((r) => [r.keys, r.definitions.level])).toEqual([
      [{ level: 'economicRegion' }, 'economicRegion'],
      [{ level: 'district' }, 'district'],
    ]);
  });

  it('treats people a published breakdown leaves out as unknown', () => {
    // 100 people, 60 + 25 by region: unknown 15; shares 0.6, 0.25, 0.15.
    const result = at(
      published({
        headcount: 100,
        byEconomicRegion: { 'az-er-ganja-dashkasan': 60, 'az-er-baku': 25 },
      }),
      'economicRegion',
    );
    expect(result.breakdown?.map((r) => [r.keys.economicRegion, r.value])).toEqual([
      ['az-er-baku', 0.25],
      ['az-er-ganja-dashkasan', 0.6],
      ['unknown', 0.15],
    ]);
  });
});

describe('workforceOriginDistribution of bounds', () => {
  it('bounds the rows when a count is bounds', () => {
    // 100 people; A at least 50, B exactly 20: unknown is 0 to 100 − 70 = 30.
    const result = at(
      published({ headcount: 100, byEconomicRegion: { A: { min: 50 }, B: 20 } }),
      'economicRegion',
    );
    expect(result.detail).toEqual({ headcount: 100 });
    expect(
      result.breakdown?.map((r) => [r.keys.economicRegion, r.count, r.value, r.bounds]),
    ).toEqual([
      // A: at least 50/100; at most 1 − 20/100 = 0.8 (B takes 20).
      ['A', undefined, null, { min: 0.5, max: 0.8 }],
      ['B', 20, 0.2, undefined],
      // unknown: 0/100 to 30/100.
      ['unknown', undefined, null, { min: 0, max: 0.3 }],
    ]);
    expect(result.breakdown?.every(reasonIffNull)).toBe(true);
  });

  it('keeps the headcount bounds in the detail when the headcount is bounds', () => {
    const result = at(
      published({ headcount: { min: 90, max: 110 }, byOrigin: { 'AZ-DAS': 50 } }),
      'district',
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BREAKDOWN_ONLY');
    expect(result.detail.headcount).toEqual({ min: 90, max: 110 });
    // Daşkəsən 50 of 90..110 people: 50/110 to 50/90. Unknown: 90 − 50 = 40 to 110 − 50 = 60
    // people, so at least 40/110; at most the smaller of 60/90 = 0.667 and what Daşkəsən leaves,
    // 1 − 50/110 = 0.545.
    expect(result.breakdown?.map((r) => r.bounds)).toEqual([
      { min: 50 / 110, max: 50 / 90 },
      { min: 40 / 110, max: Math.min(60 / 90, 1 - 50 / 110) },
    ]);
    const open = at(published({ headcount: { min: 90 }, byOrigin: { 'AZ-DAS': 50 } }), 'district');
    expect(open.detail.headcount).toEqual({ min: 90 });
  });
});

describe('workforceOriginDistribution without shares', () => {
  it('is MISSING_DATA without the breakdown and ZERO_DENOMINATOR without people', () => {
    const missing = at(published({ headcount: 10 }), 'district');
    expect(missing.reason).toBe('MISSING_DATA');
    expect(missing.notes).toEqual(['The summary has no breakdown by district (byOrigin).']);
    const empty = at(published({ headcount: 0, byOrigin: {} }), 'district');
    expect(empty.value).toBeNull();
    expect(empty.reason).toBe('ZERO_DENOMINATOR');
    expect(empty.breakdown).toBeUndefined();
  });

  it('names the economic-region breakdown it misses, and gives no label key without a name', () => {
    const missing = at(published({ headcount: 10 }), 'economicRegion');
    expect(missing.notes).toEqual([
      'The summary has no breakdown by economicRegion (byEconomicRegion).',
    ]);
    // No gazetteer: neither region A (3 of 4) nor the unknown rest (1) has a name to show.
    const result = at(published({ headcount: 4, byEconomicRegion: { A: 3 } }), 'economicRegion');
    expect(result.breakdown?.map((r) => [r.keys.economicRegion, 'label' in r])).toEqual([
      ['A', false],
      ['unknown', false],
    ]);
  });
});

describe('workforceOriginDistribution of summaries that are not valid', () => {
  it('names a breakdown that is not a record of counts, never a TypeError', () => {
    const cases: [OriginLevel, string, unknown, string][] = [
      ['district', 'byOrigin', null, 'received null'],
      ['district', 'byOrigin', 'AZ-DAS', 'received string'],
      ['economicRegion', 'byEconomicRegion', [12], 'received array'],
    ];
    for (const [level, field, counts, received] of cases) {
      const raw = { ...summaryOf(), [field]: counts } as unknown as WorkforceSummary;
      expect(() => workforceOriginDistribution(raw, { level })).toThrow(
        `[mining-impact] The argument is not valid for this function: summary.${field}: Invalid input: expected record, ${received}`,
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
    expect(() =>
      workforceOriginDistribution(summaryOf(), { level: 'village' as OriginLevel }),
    ).toThrow(invalidArgument);
    const raw = { ...summaryOf(), byOrigin: { A: -2 } } as unknown as WorkforceSummary;
    expect(() => workforceOriginDistribution(raw, { level: 'district' })).toThrow(
      /summary\.byOrigin\.A/,
    );
    const notRecord = { ...summaryOf(), byEconomicRegion: [1, 2] } as unknown as WorkforceSummary;
    expect(() => workforceOriginDistribution(notRecord, { level: 'economicRegion' })).toThrow(
      invalidArgument,
    );
  });
});

/** People active on asOf by district and by economic region of origin, without summarizeWorkforce. */
function originGroups(records: readonly Employee[]) {
  const people = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
  const group = (key: (e: Employee) => string | undefined): [string, number][] => {
    const counts = new Map<string, number>();
    for (const e of people) {
      const k = key(e);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const known = [...counts.values()].reduce((a, b) => a + b, 0);
    const rows = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
    return people.length === 0 ? [] : [...rows, ['unknown', people.length - known]];
  };
  return {
    district: group((e) => districtOf(originGazetteer, e.homeLocationId)?.id),
    economicRegion: group((e) => economicRegionOf(originGazetteer, e.homeLocationId)?.id),
  };
}

/** Each level of the summary agrees with the records, and with the same figures published. */
function checkAgainstRecords(records: readonly Employee[]): void {
  const summary = summaryOf(records);
  const expected = originGroups(records);
  for (const result of workforceOriginDistribution(summary)) {
    const level = result.keys?.level as OriginLevel;
    expect(result.breakdown?.map((r) => [r.keys[level], r.count]) ?? []).toEqual(expected[level]);
  }
  const again = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
  expect(workforceOriginDistribution(again)).toEqual(workforceOriginDistribution(summary));
}

describe('workforceOriginDistribution from records and from the summary of the same records', () => {
  it('agree on the fixture', () => {
    checkAgainstRecords(origins2025);
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 })])(
    'agree on random records',
    (records) => {
      checkAgainstRecords(records);
    },
  );

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 })])(
    'give shares in [0, 1] that sum to 1 within 1e-9',
    (records) => {
      const summary = summaryOf(records);
      for (const result of workforceOriginDistribution(summary)) {
        if (summary.headcount === 0) {
          expect(result.reason).toBe('ZERO_DENOMINATOR');
          continue;
        }
        for (const row of result.breakdown ?? []) {
          expect(reasonIffNull(row)).toBe(true);
          expect(row.value).toBeGreaterThanOrEqual(0);
          expect(row.value).toBeLessThanOrEqual(1);
        }
        const sum = (result.breakdown ?? []).reduce((s, r) => s + (r.value ?? 0), 0);
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
      }
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('do not depend on the order of the records', ([xs, shuffled]) => {
    expect(workforceOriginDistribution(summaryOf(shuffled))).toEqual(
      workforceOriginDistribution(summaryOf(xs)),
    );
  });
});

describe('workforceOriginDistributionIndicator', () => {
  it('is catalogued as workforce.workforceOriginDistribution, shares per level', () => {
    const { entry } = workforceOriginDistributionIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.workforceOriginDistribution',
      functionName: 'workforceOriginDistribution',
      family: 'workforce',
      unit: 'share',
      results: 'many',
      resultKeys: ['level'],
      dimensions: ['economicRegion', 'district'],
      standards: ['ICMM SER'],
    });
    expect(workforceOriginDistributionIndicator.compute).toBe(
      workforce.workforceOriginDistribution,
    );
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the summary of the records, at both levels, labelled by the gazetteer', () => {
    const context = indicatorContextOf(baseDataset(), { asOf: '2024-12-31' });
    // e-1, the one employee on 2024-12-31, lives in Hill Village: Hill District, Hill Region.
    expect(workforceOriginDistributionIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({
        keys: { level: 'economicRegion' },
        breakdown: [
          expect.objectContaining({
            keys: { economicRegion: 'XX-R1' },
            label: 'Hill Region',
            value: 1,
          }),
          expect.objectContaining({ keys: { economicRegion: 'unknown' }, value: 0 }),
        ],
      }),
      expect.objectContaining({
        keys: { level: 'district' },
        breakdown: [
          expect.objectContaining({
            keys: { district: 'XX-D1' },
            label: 'Hill District',
            value: 1,
          }),
          expect.objectContaining({ keys: { district: 'unknown' }, value: 0 }),
        ],
      }),
    ]);
  });

  it('reads the latest published summary without records', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: [] }, { asOf: '2025-06-30' });
    // The published summary gives 60 of 100 from Hill District and 40 from the capital, and no
    // breakdown by economic region.
    const [byRegion, byDistrict] = workforceOriginDistributionIndicator.fromDataset(
      context,
    ) as ReturnType<typeof workforceOriginDistribution>;
    expect(byRegion).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(byDistrict?.breakdown?.map((r) => [r.keys.district, r.label, r.value])).toEqual([
      ['XX-CAP', 'Capital', 0.4],
      ['XX-D1', 'Hill District', 0.6],
      ['unknown', undefined, 0],
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(workforceOriginDistributionIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});
