import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { ratio } from '../../core/ratio.js';
import { azergoldDataset } from '../../data/azergold/index.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { ancestors } from '../../places/ancestors.js';
import { capitalOf } from '../../places/capitalOf.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type IndicatorResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { isActiveOn } from './isActiveOn.js';
import { regionalOriginShare, regionalOriginShareIndicator } from './regionalOriginShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

/** The summary of records on the fixture's gazetteer and sites. */
function summaryOf(records: readonly Employee[]): WorkforceSummary {
  return summarizeWorkforce(records, {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    sites: originSites,
    companyId: 'miner',
  });
}

/** The AzerGold summary: "over 80 percent of 2,554" from the regions. */
function azergold(): WorkforceSummary {
  return azergoldDataset.workforce[0] as WorkforceSummary;
}

describe('regionalOriginShare', () => {
  it('divides the people from outside the capital by everyone counted', () => {
    const result = regionalOriginShare(summaryOf(origins2025));
    // fromRegions 8 of 12 = 0.666…; from Bakı 2/12; unknown (a8, a14) 2/12.
    expect(result.ratio).toEqual({ numerator: 8, denominator: 12, value: 8 / 12 });
    expect(result.unit).toBe('share');
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ origin: 'fromRegions' }, 8, 8 / 12],
      [{ origin: 'fromCapital' }, 2, 2 / 12],
      [{ origin: 'unknown' }, 2, 2 / 12],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/^2 person\(s\) have an origin/)]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('echoes what the publisher says "the regions" are', () => {
    const result = regionalOriginShare(
      WorkforceSummarySchema.parse({
        companyId: 'miner',
        asOf: '2025-06-30',
        headcount: 50,
        fromRegions: 40,
        localityDefinition: 'outside Baku, Sumqayıt and Abşeron',
        sourceIds: [],
      }),
    );
    // 40 / 50 = 0.8.
    expect(result.value).toBe(0.8);
    expect(result.definitions.localityDefinition).toBe('outside Baku, Sumqayıt and Abşeron');
  });

  it('is MISSING_DATA without fromRegions', () => {
    const result = regionalOriginShare(
      WorkforceSummarySchema.parse({
        companyId: 'miner',
        asOf: '2025-06-30',
        headcount: 10,
        fromCapital: 3,
        sourceIds: [],
      }),
    );
    expect(result.reason).toBe('MISSING_DATA');
    expect(result.breakdown).toBeUndefined();
  });

  it('is ZERO_DENOMINATOR when nobody is counted', () => {
    expect(regionalOriginShare(summaryOf([])).reason).toBe('ZERO_DENOMINATOR');
  });
});

describe('the reference case: AzerGold, "over 80 percent of 2,554" from the regions', () => {
  it('is a bound, not a number', () => {
    const result = regionalOriginShare(azergold());
    // fromRegions is at least 2,044 (0.8 × 2,554 = 2,043.2, and "over" means more) of exactly
    // 2,554 people: the share is at least 2044 / 2554 = 0.80031…
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds?.min).toBe(2044 / 2554);
    expect(result.bounds?.min).toBeCloseTo(0.8003, 4);
    expect(result.bounds?.phrase).toBe('over 80 percent of 2,554');
  });

  it('invents no upper bound beyond what the counts allow', () => {
    const result = regionalOriginShare(azergold());
    // Nothing but the headcount caps fromRegions, so the share is at most 2554 / 2554 = 1.
    expect(result.bounds?.max).toBe(1);
    expect(result.ratio).toBeUndefined();
  });

  it('keeps the sources and the scope of the published figure', () => {
    const result = regionalOriginShare(azergold());
    expect(result.sourceIds).toEqual([
      'src-dayaz-1795448',
      'src-editor-az-jobs',
      'src-trend-4117320',
    ]);
    expect(result.definitions).toMatchObject({
      asOf: '2025-11-14',
      basis: 'summary',
      scope: 'employeesAndContractors',
    });
  });

  it('lowers the upper bound when people from Baku are counted', () => {
    // With at least 100 from Bakı, at most 2,554 − 100 = 2,454 are from the regions:
    // 2454 / 2554 = 0.96084…
    const withBaku = regionalOriginShare({ ...azergold(), fromCapital: { min: 100 } });
    expect(withBaku.bounds).toMatchObject({ min: 2044 / 2554, max: 2454 / 2554 });
  });
});

/**
 * The employees active on asOf from the capital and from the regions, counted one record at a
 * time with the places functions, without summarizeWorkforce. In the capital: the home is it or
 * lies under it. From the regions: held by the gazetteer, not in the capital, and not a place
 * that encloses it (the country).
 */
function originCounts(records: readonly Employee[]) {
  const g = originGazetteer;
  const capital = capitalOf(g)?.id as string;
  const people = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
  const held = (e: Employee): boolean => g.byId.has(e.homeLocationId);
  const chain = (e: Employee): string[] => [
    e.homeLocationId,
    ...ancestors(g, e.homeLocationId).map((a) => a.id),
  ];
  const inCapital = (e: Employee): boolean => held(e) && chain(e).includes(capital);
  const enclosesCapital = (e: Employee): boolean =>
    ancestors(g, capital).some((a) => a.id === e.homeLocationId);
  return {
    headcount: people.length,
    fromCapital: people.filter(inCapital).length,
    fromRegions: people.filter((e) => held(e) && !inCapital(e) && !enclosesCapital(e)).length,
  };
}

/** The share of the summary agrees with the records, and with the same figures published. */
function checkAgainstRecords(records: readonly Employee[]): void {
  const summary = summaryOf(records);
  const { headcount, fromCapital, fromRegions } = originCounts(records);
  const result = regionalOriginShare(summary);
  expect(result.ratio).toEqual(ratio(fromRegions, headcount));
  expect(result.breakdown?.map((r) => [r.keys.origin, r.count])).toEqual([
    ['fromRegions', fromRegions],
    ['fromCapital', fromCapital],
    ['unknown', headcount - fromRegions - fromCapital],
  ]);
  const published = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
  expect(regionalOriginShare(published)).toEqual(result);
}

describe('regionalOriginShare from records and from the summary of the same records', () => {
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
    'give shares in [0, 1], in the value and in every row',
    (records) => {
      const result = regionalOriginShare(summaryOf(records));
      for (const item of [result, ...(result.breakdown ?? [])]) {
        expect(reasonIffNull(item)).toBe(true);
        if (item.value === null) continue;
        expect(item.value).toBeGreaterThanOrEqual(0);
        expect(item.value).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('do not depend on the order of the records', ([xs, shuffled]) => {
    expect(regionalOriginShare(summaryOf(shuffled))).toEqual(regionalOriginShare(summaryOf(xs)));
  });
});

describe('regionalOriginShareIndicator', () => {
  it('is catalogued as workforce.regionalOriginShare, a share under GRI 14.9 and ICMM', () => {
    const { entry } = regionalOriginShareIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.regionalOriginShare',
      functionName: 'regionalOriginShare',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      dimensions: ['origin'],
      standards: ['GRI 14.9', 'ICMM SER'],
    });
    expect(regionalOriginShareIndicator.compute).toBe(workforce.regionalOriginShare);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the summary of the records', () => {
    const context = indicatorContextOf(baseDataset(), { asOf: '2024-12-31' });
    // e-1 is the one employee on 2024-12-31; the dataset's country names no capital, so the
    // origin of her home relative to the capital is unknown: 0 from the regions of 1.
    const outcome = regionalOriginShareIndicator.fromDataset(context);
    expect(outcome).toEqual([
      expect.objectContaining({ value: 0, ratio: { numerator: 0, denominator: 1, value: 0 } }),
    ]);
    const [result] = outcome as readonly IndicatorResult[];
    expect(result?.breakdown?.map((r) => [r.keys.origin, r.count])).toEqual([
      ['fromRegions', 0],
      ['fromCapital', 0],
      ['unknown', 1],
    ]);
  });

  it('reads the latest published summary without records', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: [] }, { asOf: '2025-06-30' });
    // "over 80 percent" of 100: at least 81 / 100, at most 100 / 100.
    expect(regionalOriginShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({
        value: null,
        reason: 'BOUNDED',
        bounds: { min: 0.81, max: 1, phrase: 'over 80 percent' },
      }),
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(regionalOriginShareIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});
