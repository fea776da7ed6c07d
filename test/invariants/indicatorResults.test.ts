// Invariants of indicator results on generated inputs: finite numbers only, shares in [0, 1], a
// null-reason only next to a null value, and a computed workforce summary that the dataset's own
// rules accept.
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Count } from '../../src/core/count.js';
import type { IndicatorResult } from '../../src/indicators/indicatorResult.js';
import { validateDataset } from '../../src/model/validateDataset.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';
import { originGazetteer } from '../fixtures/workforceOrigins2025.js';
import { resultsOf, scenario, summaryOf } from './indicatorInputs.js';

/** Indicators whose value (and every row, bound and ratio) is a share of a whole. */
const SHARES = new Set([
  'workforce.contractorShare',
  'workforce.localEmploymentShare',
  'workforce.regionalOriginShare',
  'workforce.remoteVillageShare',
  'workforce.seniorManagementLocalShare',
  'workforce.originConcentration',
  'community.communityEngagementCoverage',
]);

function numbersIn(value: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) numbersIn(item, `${path}/${i}`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}/${key}`, out);
  }
  return out;
}

function expectShare(value: number | null | undefined, where: string): void {
  if (value === null || value === undefined) return;
  expect(value, where).toBeGreaterThanOrEqual(0);
  expect(value, where).toBeLessThanOrEqual(1);
}

function expectShares(result: IndicatorResult): void {
  const id = result.indicatorId;
  expectShare(result.value, id);
  expectShare(result.ratio?.value, `${id} ratio`);
  expectShare(result.bounds?.min, `${id} bounds.min`);
  expectShare(result.bounds?.max, `${id} bounds.max`);
  for (const row of result.breakdown ?? []) {
    expectShare(row.value, `${id} ${row.key}`);
    expectShare(row.ratio?.value, `${id} ${row.key} ratio`);
  }
}

const countOf = (count: Count | undefined): number => (typeof count === 'number' ? count : 0);
const sum = (record: Readonly<Record<string, Count | undefined>> | undefined): number =>
  Object.values(record ?? {}).reduce<number>((total, count) => total + countOf(count), 0);

describe('indicator results', () => {
  test.prop([scenario], { numRuns: propertyRuns(100) })(
    'hold finite numbers only, shares in [0, 1], and a reason only next to a null value',
    (s) => {
      for (const result of resultsOf(s)) {
        for (const [path, n] of numbersIn(result)) {
          expect(Number.isFinite(n), `${result.indicatorId}${path}`).toBe(true);
        }
        if (SHARES.has(result.indicatorId)) expectShares(result);
        if (result.reason !== undefined) expect(result.value, result.indicatorId).toBeNull();
        for (const row of result.breakdown ?? []) {
          if (row.reason !== undefined)
            expect(row.value, `${result.indicatorId} ${row.key}`).toBeNull();
        }
      }
    },
  );

  test.prop([scenario], { numRuns: propertyRuns(100) })(
    'a summary computed from records adds up and passes the breakdown rules of a dataset',
    (s) => {
      const summary = summaryOf(s);
      const headcount = summary.headcount as number;
      // Every partition of the people counted adds up to the headcount exactly.
      expect(sum(summary.byGender)).toBe(headcount);
      expect(sum(summary.byCategory)).toBe(headcount);
      expect(sum(summary.byAgeBand)).toBe(headcount);
      if (summary.byEngagement !== undefined) expect(sum(summary.byEngagement)).toBe(headcount);
      expect(
        countOf(summary.local) + countOf(summary.nonLocal) + countOf(summary.localityUnknown),
      ).toBe(headcount);
      expect(
        countOf(summary.fromRegions) +
          countOf(summary.fromCapital) +
          countOf(summary.originUnknown),
      ).toBe(headcount);
      // And the dataset's rules, given the same gazetteer, find nothing wrong with its counts.
      const issues = validateDataset(
        {
          schemaVersion: '1.0',
          company: { id: 'miner', name: 'M', entityType: 'registeredEntity', commodities: [] },
          workforce: [{ ...summary, sourceIds: [] }],
        },
        { now: '2030-01-01', gazetteer: originGazetteer },
      ).issues;
      expect(issues.filter((issue) => issue.code.startsWith('workforce.'))).toEqual([]);
      expect(issues.filter((issue) => issue.code.startsWith('schema.'))).toEqual([]);
    },
  );
});
