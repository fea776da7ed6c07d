import { describe, expect, it } from 'vitest';
import {
  asOf2025,
  originGazetteer,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { originConcentration } from './originConcentration.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

const summary = summarizeWorkforce(origins2025, { asOf: asOf2025, gazetteer: originGazetteer });

function published(fields: Record<string, unknown>): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: '2025-06-30',
    sourceIds: [],
    ...fields,
  });
}

describe('originConcentration', () => {
  it('sums the squared regional shares of the people of known origin', () => {
    const result = originConcentration(summary);
    // Known origin: 7 + 2 + 1 = 10 people (a8 and a14 excluded). Shares 0.7, 0.2, 0.1:
    // 0.49 + 0.04 + 0.01 = 0.54, computed as (49 + 4 + 1) / 100.
    expect(result.value).toBe(0.54);
    expect(result.ratio).toEqual({ numerator: 54, denominator: 100, value: 0.54 });
    expect(result.unit).toBe('index');
    expect(result.definitions).toMatchObject({ level: 'economicRegion', unknownExcluded: 2 });
    expect(result.notes).toEqual([
      '2 person(s) of unknown economicRegion of origin are excluded from the shares.',
    ]);
    expect(result.breakdown?.map((r) => [r.key, r.count, r.value])).toEqual([
      ['az-er-baku', 2, 0.2],
      ['az-er-ganja-dashkasan', 7, 0.7],
      ['az-er-gazakh-tovuz', 1, 0.1],
    ]);
  });

  it('can use districts', () => {
    // Districts 4, 2, 2, 1, 1 of 10: (16 + 4 + 4 + 1 + 1) / 100 = 0.26.
    expect(originConcentration(summary, { level: 'district' }).value).toBe(0.26);
  });

  it('is 1 for a single region and 1/k for k equal regions', () => {
    expect(originConcentration(published({ headcount: 5, byEconomicRegion: { A: 5 } })).value).toBe(
      1,
    );
    // Four regions of 3: 4 × (1/4)² = 0.25.
    const even = published({ headcount: 12, byEconomicRegion: { A: 3, B: 3, C: 3, D: 3 } });
    expect(originConcentration(even).value).toBe(0.25);
    expect(originConcentration(even).notes).toEqual([]);
  });

  it('is ZERO_DENOMINATOR when nobody has a known origin, MISSING_DATA without the breakdown', () => {
    const unknown = originConcentration(published({ headcount: 3, byEconomicRegion: {} }));
    expect(unknown.value).toBeNull();
    expect(unknown.reason).toBe('ZERO_DENOMINATOR');
    expect(originConcentration(published({ headcount: 3 })).reason).toBe('MISSING_DATA');
    expect(originConcentration(published({ headcount: 3 }), { level: 'district' }).notes).toEqual([
      'The summary has no breakdown by district (byOrigin).',
    ]);
    const zeroRows = originConcentration(published({ headcount: 0, byEconomicRegion: { A: 0 } }));
    expect(zeroRows.breakdown?.[0]?.reason).toBe('ZERO_DENOMINATOR');
  });

  it('gives the limits of the index when regional counts are bounds', () => {
    // A (at least 50) and B (20) may have people, C has none: 1/2 ≤ HHI ≤ 1.
    const result = originConcentration(
      published({ headcount: 100, byEconomicRegion: { A: { min: 50 }, B: 20, C: 0 } }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 0.5, max: 1 });
  });

  it('does not report excluded people when the headcount is bounds', () => {
    const result = originConcentration(
      published({ headcount: { min: 10 }, byEconomicRegion: { A: 6, B: 4 } }),
    );
    // 0.36 + 0.16 = 0.52.
    expect(result.value).toBe(0.52);
    expect(result.definitions.unknownExcluded).toBeUndefined();
  });

  it('names the basis, the level and the shares it sums', () => {
    // 6 + 4 = 10 of 12 people have a known region: 12 − 10 = 2 are excluded.
    const result = originConcentration(
      published({ headcount: 12, byEconomicRegion: { A: 6, B: 4 } }),
    );
    expect(result.definitions).toEqual({
      asOf: '2025-06-30',
      basis: 'summary',
      level: 'economicRegion',
      shares: 'of the people of known origin',
      unknownExcluded: 2,
    });
  });
});
