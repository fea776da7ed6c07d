import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { ratio } from '../../core/ratio.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import { LocationSchema } from '../../model/location.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { ancestors } from '../../places/ancestors.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { isActiveOn } from './isActiveOn.js';
import { remoteVillageShare, remoteVillageShareIndicator } from './remoteVillageShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

/** The summary of records on the fixture's gazetteer. */
function summaryOf(records: readonly Employee[]): WorkforceSummary {
  return summarizeWorkforce(records, {
    asOf: asOf2025,
    gazetteer: originGazetteer,
    companyId: 'miner',
  });
}

describe('remoteVillageShare', () => {
  it('divides the people from remote villages by everyone counted', () => {
    const result = remoteVillageShare(summaryOf(origins2025));
    // a1 (Çovdar) and a4 (Hacıkənd) of 12 people: 2 / 12 = 0.1666…; Quşçu (a15) is not remote.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 12, value: 2 / 12 });
    expect(result.unit).toBe('share');
    expect(result.breakdown).toBeUndefined();
    expect(result.definitions).toEqual({
      asOf: '2025-06-30',
      basis: 'summary',
      denominator: 'headcount',
      // summarizeWorkforce counts employees only unless contractors are asked for.
      scope: 'employees',
      remote: 'home is, or lies under, a location marked remote',
    });
    expect(result.standards).toEqual(['GRI 405-1', 'ICMM SER']);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('GRI 405-1 b: gives the share per employee category from each category summary', () => {
    const byCategory = {
      worker: summaryOf(origins2025.filter((e) => e.category === 'worker')),
      specialist: summaryOf(origins2025.filter((e) => e.category === 'specialist')),
      manager: summaryOf(origins2025.filter((e) => e.category === 'manager')),
      seniorManagement: summaryOf(origins2025.filter((e) => e.category === 'seniorManagement')),
    };
    const result = remoteVillageShare(summaryOf(origins2025), { byCategory });
    // The headline is unchanged: 2 / 12.
    expect(result.value).toBe(2 / 12);
    // Workers active on 2025-06-30: a1 a2 a4 a8 a9 a14 a15 = 7, of whom a1 (Çovdar) and a4
    // (Hacıkənd) are from remote villages: 2 / 7. Specialist a3, manager a5 and senior managers
    // a6 a7 a10 are not: 0 / 1, 0 / 1, 0 / 3.
    expect(result.breakdown?.map((r) => [r.keys.category, r.ratio, r.count])).toEqual([
      ['worker', { numerator: 2, denominator: 7, value: 2 / 7 }, 2],
      ['specialist', { numerator: 0, denominator: 1, value: 0 }, 0],
      ['manager', { numerator: 0, denominator: 1, value: 0 }, 0],
      ['seniorManagement', { numerator: 0, denominator: 3, value: 0 }, 0],
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    // A category summary without the count gives its row null with the reason.
    const words = { ...byCategory.manager, fromRemoteVillages: undefined };
    const partial = remoteVillageShare(summaryOf(origins2025), { byCategory: { manager: words } });
    expect(partial.breakdown).toEqual([
      { keys: { category: 'manager' }, value: null, reason: 'MISSING_DATA' },
    ]);
    // Without categories there are no rows.
    expect(
      remoteVillageShare(summaryOf(origins2025), { byCategory: {} }).breakdown,
    ).toBeUndefined();
  });

  it('counts a home under a remote village', () => {
    const gazetteer = extendGazetteer(originGazetteer, [
      LocationSchema.parse({
        id: 'hamlet',
        kind: 'other',
        name: 'A hamlet',
        parentId: 'vil-chovdar',
      }),
    ]);
    const summary = summarizeWorkforce(
      [makeEmployee({ id: 'h', homeLocationId: 'hamlet' }), makeEmployee({ id: 'd' })],
      { asOf: asOf2025, gazetteer },
    );
    // The hamlet lies under Çovdar: 1 of 2 = 0.5.
    expect(remoteVillageShare(summary).value).toBe(0.5);
  });

  it('is MISSING_DATA when the summary says it only in words', () => {
    const result = remoteVillageShare(
      WorkforceSummarySchema.parse({
        companyId: 'azergold',
        asOf: '2025-11-14',
        headcount: 2554,
        note: 'a significant proportion from remote villages',
        sourceIds: [],
      }),
    );
    expect(result.value).toBeNull();
    expect(result.reason).toBe('MISSING_DATA');
  });

  it('bounds the share when the count is bounds', () => {
    const result = remoteVillageShare(
      WorkforceSummarySchema.parse({
        companyId: 'miner',
        asOf: '2025-06-30',
        headcount: 400,
        fromRemoteVillages: { min: 100, max: 200, phrase: 'hundreds' },
        sourceIds: [],
      }),
    );
    // 100/400 = 0.25 to 200/400 = 0.5.
    expect(result.bounds).toEqual({ min: 0.25, max: 0.5, phrase: 'hundreds' });
  });
});

/**
 * The employees active on asOf and those whose home is, or lies under, a remote location,
 * counted one record at a time without summarizeWorkforce.
 */
function remoteCounts(records: readonly Employee[]) {
  const g = originGazetteer;
  const people = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
  const remote = (e: Employee): boolean =>
    g.byId.has(e.homeLocationId) &&
    [e.homeLocationId, ...ancestors(g, e.homeLocationId).map((a) => a.id)].some(
      (id) => g.byId.get(id)?.remote === true,
    );
  return { headcount: people.length, remote: people.filter(remote).length };
}

describe('remoteVillageShare from records and from the summary of the same records', () => {
  it('agree on the fixture and on the same figures published', () => {
    const summary = summaryOf(origins2025);
    const { headcount, remote } = remoteCounts(origins2025);
    expect(remoteVillageShare(summary).ratio).toEqual(ratio(remote, headcount));
    const published = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
    expect(remoteVillageShare(published)).toEqual(remoteVillageShare(summary));
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 50 })])(
    'agree on random records, with a share in [0, 1]',
    (records) => {
      const summary = summaryOf(records);
      const { headcount, remote } = remoteCounts(records);
      const result = remoteVillageShare(summary);
      expect(result.ratio).toEqual(ratio(remote, headcount));
      expect(reasonIffNull(result)).toBe(true);
      if (result.value !== null) {
        expect(result.value).toBeGreaterThanOrEqual(0);
        expect(result.value).toBeLessThanOrEqual(1);
      }
      const published = WorkforceSummarySchema.parse(JSON.parse(JSON.stringify(summary)));
      expect(remoteVillageShare(published)).toEqual(result);
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('do not depend on the order of the records', ([xs, shuffled]) => {
    expect(remoteVillageShare(summaryOf(shuffled))).toEqual(remoteVillageShare(summaryOf(xs)));
  });
});

describe('remoteVillageShareIndicator', () => {
  it('is catalogued as workforce.remoteVillageShare, a share under GRI 405-1 and ICMM', () => {
    const { entry } = remoteVillageShareIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.remoteVillageShare',
      functionName: 'remoteVillageShare',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      dimensions: ['category'],
      standards: ['GRI 405-1', 'ICMM SER'],
    });
    expect(remoteVillageShareIndicator.compute).toBe(workforce.remoteVillageShare);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the summary of the records', () => {
    const context = indicatorContextOf(baseDataset(), { asOf: '2024-12-31' });
    // e-1, the one employee on 2024-12-31, lives in Hill Village, marked remote: 1 / 1.
    expect(remoteVillageShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: 1, ratio: { numerator: 1, denominator: 1, value: 1 } }),
    ]);
    // GRI 405-1 b per employee category: e-1, the one person active, is a specialist: one row,
    // { category: 'specialist' }, 1 / 1 (e-2, a worker, left on 2024-06-30: no worker row).
    const [result] = remoteVillageShareIndicator.fromDataset(context) as readonly {
      readonly breakdown?: unknown;
    }[];
    expect(result?.breakdown).toEqual([
      {
        keys: { category: 'specialist' },
        value: 1,
        ratio: { numerator: 1, denominator: 1, value: 1 },
        count: 1,
      },
    ]);
  });

  it('reads the latest published summary without records', () => {
    const context = indicatorContextOf({ ...baseDataset(), employees: [] }, { asOf: '2025-06-30' });
    // The published summary does not count people from remote villages.
    expect(remoteVillageShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: null, reason: 'MISSING_DATA' }),
    ]);
  });

  it('says that the data is absent without records and summaries', () => {
    const dataset = { ...baseDataset(), employees: [], workforce: [] };
    expect(remoteVillageShareIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail:
        'The dataset has no employee records and no workforce summary on or before the report date.',
    });
  });
});
