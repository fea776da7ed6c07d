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
import { type Ratio, ratio } from '../../core/ratio.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { districtOf } from '../../places/districtOf.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { isActiveOn } from './isActiveOn.js';
import { originConcentration, originConcentrationIndicator } from './originConcentration.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

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

describe('originConcentration', () => {
  it('sums the squared regional shares of the people of known origin', () => {
    const result = originConcentration(summaryOf());
    // Known origin: 7 + 2 + 1 = 10 people (a8 and a14 excluded). Shares 0.7, 0.2, 0.1:
    // 0.49 + 0.04 + 0.01 = 0.54, computed as (49 + 4 + 1) / 100.
    expect(result.value).toBe(0.54);
    expect(result.ratio).toEqual({ numerator: 54, denominator: 100, value: 0.54 });
    expect(result.unit).toBe('index');
    expect(result.definitions).toMatchObject({ level: 'economicRegion', unknownExcluded: 2 });
    expect(result.notes).toEqual([
      '2 person(s) of unknown economicRegion of origin are excluded from the shares.',
    ]);
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ economicRegion: 'az-er-baku' }, 2, 0.2],
      [{ economicRegion: 'az-er-ganja-dashkasan' }, 7, 0.7],
      [{ economicRegion: 'az-er-gazakh-tovuz' }, 1, 0.1],
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('can use districts', () => {
    // Districts 4, 2, 2, 1, 1 of 10: (16 + 4 + 4 + 1 + 1) / 100 = 0.26.
    const result = originConcentration(summaryOf(), { level: 'district' });
    expect(result.value).toBe(0.26);
    expect(result.breakdown?.[0]?.keys).toEqual({ district: 'AZ-BA' });
  });
});

describe('originConcentration at its limits', () => {
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
    expect(zeroRows.breakdown?.[0]).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
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

/** People active on asOf by district and by economic region of origin, without summarizeWorkforce. */
function originCounts(records: readonly Employee[]) {
  const people = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
  const group = (key: (e: Employee) => string | undefined): number[] => {
    const counts = new Map<string, number>();
    for (const e of people) {
      const k = key(e);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return [...counts.values()];
  };
  return {
    district: group((e) => districtOf(originGazetteer, e.homeLocationId)?.id),
    economicRegion: group((e) => economicRegionOf(originGazetteer, e.homeLocationId)?.id),
  };
}

/** Σ c² / (Σ c)², exactly as the index is defined. */
function hhi(counts: readonly number[]): Ratio {
  let known = 0;
  let squares = 0;
  for (const c of counts) {
    known += c;
    squares += c * c;
  }
  return ratio(squares, known * known);
}

/** The index of the summary agrees with the records, and with the same figures published. */
function checkAgainstRecords(records: readonly Employee[]): void {
  const summary = summaryOf(records);
  const expected = originCounts(records);
  const published = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
  for (const level of ['economicRegion', 'district'] as const) {
    const result = originConcentration(summary, { level });
    expect(result.ratio).toEqual(hhi(expected[level]));
    expect(originConcentration(published, { level })).toEqual(result);
  }
}

describe('originConcentration from records and from the summary of the same records', () => {
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
    'give an index and rows in [0, 1], the rows summing to 1 within 1e-9',
    (records) => {
      const result = originConcentration(summaryOf(records));
      for (const item of [result, ...(result.breakdown ?? [])]) {
        expect(reasonIffNull(item)).toBe(true);
        if (item.value === null) continue;
        expect(item.value).toBeGreaterThanOrEqual(0);
        expect(item.value).toBeLessThanOrEqual(1);
      }
      if (result.breakdown === undefined || result.value === null) return;
      const sum = result.breakdown.reduce((s, r) => s + (r.value ?? 0), 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('do not depend on the order of the records', ([xs, shuffled]) => {
    for (const level of ['economicRegion', 'district'] as const) {
      expect(originConcentration(summaryOf(shuffled), { level })).toEqual(
        originConcentration(summaryOf(xs), { level }),
      );
    }
  });
});

describe('originConcentrationIndicator', () => {
  it('is catalogued as workforce.originConcentration, an index no standard defines (the library’s own)', () => {
    const { entry } = originConcentrationIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.originConcentration',
      functionName: 'originConcentration',
      family: 'workforce',
      unit: 'index',
      results: 'one',
      dimensions: ['economicRegion', 'district'],
      // No standard names a concentration measure: ICMM SER's workforce composition was not
      // found to define one.
      standards: [],
    });
    expect(originConcentrationIndicator.compute).toBe(workforce.originConcentration);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the summary of the records, by economic region', () => {
    const context = indicatorContextOf(baseDataset(), { asOf: '2024-12-31' });
    // e-1, the one employee on 2024-12-31, comes from Hill Region: 1² / 1² = 1.
    expect(originConcentrationIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({
        value: 1,
        definitions: expect.objectContaining({ level: 'economicRegion', unknownExcluded: 0 }),
      }),
    ]);
  });

  it('reads the latest published summary without records', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: [] }, { asOf: '2025-06-30' });
    // The published summary has no breakdown by economic region.
    expect(originConcentrationIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: null, reason: 'MISSING_DATA' }),
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(originConcentrationIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});
