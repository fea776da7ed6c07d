import { describe, expect, it } from 'vitest';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { azergoldDataset } from '../../data/azergold/index.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import { regionalOriginShare } from './regionalOriginShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

const summary = summarizeWorkforce(origins2025, {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
});

describe('regionalOriginShare', () => {
  it('divides the people from outside the capital by everyone counted', () => {
    const result = regionalOriginShare(summary);
    // fromRegions 8 of 12 = 0.666…; from Bakı 2/12; unknown (a8, a14) 2/12.
    expect(result.ratio).toEqual({ numerator: 8, denominator: 12, value: 8 / 12 });
    expect(result.breakdown?.map((r) => [r.key, r.count, r.value])).toEqual([
      ['fromRegions', 8, 8 / 12],
      ['fromCapital', 2, 2 / 12],
      ['unknown', 2, 2 / 12],
    ]);
    expect(result.notes).toEqual([expect.stringMatching(/^2 person\(s\) have an origin/)]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  describe('the reference case: AzerGold, "over 80 percent of 2,554" from the regions', () => {
    const azergold = azergoldDataset.workforce[0] as WorkforceSummary;
    const result = regionalOriginShare(azergold);

    it('is a bound, not a number', () => {
      // fromRegions is at least 2,044 (0.8 × 2,554 = 2,043.2, and "over" means more) of exactly
      // 2,554 people: the share is at least 2044 / 2554 = 0.80031…
      expect(result.value).toBeNull();
      expect(result.reason).toBe('BOUNDED');
      expect(result.bounds?.min).toBe(2044 / 2554);
      expect(result.bounds?.min).toBeCloseTo(0.8003, 4);
      expect(result.bounds?.phrase).toBe('over 80 percent of 2,554');
    });

    it('invents no upper bound beyond what the counts allow', () => {
      // Nothing but the headcount caps fromRegions, so the share is at most 2554 / 2554 = 1.
      expect(result.bounds?.max).toBe(1);
      expect(result.ratio).toBeUndefined();
    });

    it('keeps the sources and the scope of the published figure', () => {
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
      const withBaku = regionalOriginShare({ ...azergold, fromCapital: { min: 100 } });
      expect(withBaku.bounds).toMatchObject({ min: 2044 / 2554, max: 2454 / 2554 });
    });
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
    const empty = summarizeWorkforce([], {
      asOf: asOf2025,
      gazetteer: originGazetteer,
      companyId: 'miner',
    });
    expect(regionalOriginShare(empty).reason).toBe('ZERO_DENOMINATOR');
  });
});
