// Invariants of indicator results on generated inputs: finite numbers only, shares in [0, 1], a
// null-reason only next to a null value, parts that add up to their whole.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Count } from '../../src/core/count.js';
import { azGazetteer } from '../../src/data/az/index.js';
import { depositPipeline } from '../../src/indicators/deposits/depositPipeline.js';
import type { IndicatorResult } from '../../src/indicators/indicatorResult.js';
import { netEmploymentChange } from '../../src/indicators/workforce/netEmploymentChange.js';
import { newHireRate } from '../../src/indicators/workforce/newHireRate.js';
import { turnoverRate } from '../../src/indicators/workforce/turnoverRate.js';
import type { Employee } from '../../src/model/employee.js';
import { validateDataset } from '../../src/model/validateDataset.js';
import { employeeRecord, isoDate } from '../fixtures/arbitraries.js';
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

  test.prop([
    fc.array(employeeRecord, { maxLength: 40 }) as fc.Arbitrary<Employee[]>,
    fc
      .tuple(isoDate, isoDate)
      .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
    fc.constantFrom('gender', 'ageBand', 'category', 'site', 'contract') as fc.Arbitrary<
      'gender' | 'ageBand' | 'category' | 'site' | 'contract'
    >,
  ])(
    'rates broken down over the total headcount add up to the total rate; net change = hires − leavers',
    (employees, period, dimension) => {
      for (const rate of [newHireRate, turnoverRate]) {
        const result = rate(employees, { period, breakdown: [dimension] });
        const events = (result.breakdown ?? []).reduce(
          (total, row) => total + (row.ratio?.numerator ?? 0),
          0,
        );
        expect(events).toBe(result.ratio?.numerator);
        for (const row of result.breakdown ?? []) {
          expect(row.ratio?.denominator).toBe(result.ratio?.denominator);
        }
      }
      const change = netEmploymentChange(employees, { period });
      expect(change.end - change.start).toBe(change.hires - change.leavers);
      expect(change.net).toBe(change.end - change.start);
    },
  );

  test.prop([scenario], { numRuns: propertyRuns(100) })(
    'the stage and region rows of the deposit pipeline each add up to the number of deposits',
    (s) => {
      const { result } = depositPipeline(s.deposits, { asOf: s.asOf, gazetteer: azGazetteer });
      for (const dimension of ['stage', 'economicRegion']) {
        const rows = (result.breakdown ?? []).filter((row) => row.dimension === dimension);
        expect(
          rows.reduce((total, row) => total + (row.count ?? 0), 0),
          dimension,
        ).toBe(result.value);
      }
      expect(result.value).toBe(s.deposits.length);
    },
  );
});
