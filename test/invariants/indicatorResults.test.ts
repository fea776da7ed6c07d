// The indicator contract, checked on every registered indicator: each definition runs on
// generated datasets (as a report runs it) and every result it gives must hold to the contract of
// docs/indicator-contract.md. Nothing here lists indicators: a new registry line is checked too.
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Count } from '../../src/core/count.js';
import type { BreakdownRow } from '../../src/indicators/contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../src/indicators/contract/indicatorCatalogEntry.js';
import {
  type IndicatorResult,
  IndicatorResultSchema,
} from '../../src/indicators/contract/indicatorResult.js';
import { indicatorCatalog } from '../../src/indicators/indicatorCatalog.js';
import { indicatorRegistry } from '../../src/indicators/indicatorRegistry.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { baseDataset } from '../fixtures/baseDataset.js';
import { indicatorContextOf } from '../fixtures/indicatorContext.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';
import { originGazetteer } from '../fixtures/workforceOrigins2025.js';
import { contextOf, runRegistry, scenario, summaryOf } from './indicatorInputs.js';

/** Every number in a value, with its path. */
function numbersIn(value: unknown, path = '', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) numbersIn(item, `${path}/${i}`, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) numbersIn(item, `${path}/${key}`, out);
  }
  return out;
}

/** A share and its parts lie in [0, 1]. */
function expectShare(value: number | null | undefined, where: string): void {
  if (value === null || value === undefined) return;
  expect(value, where).toBeGreaterThanOrEqual(0);
  expect(value, where).toBeLessThanOrEqual(1);
}

/** The figures of a result or a row that are in its unit. */
function expectSharesIn(part: IndicatorResult | BreakdownRow, where: string): void {
  expectShare(part.value, where);
  expectShare(part.ratio?.value, `${where} ratio`);
  expectShare(part.bounds?.min, `${where} bounds.min`);
  expectShare(part.bounds?.max, `${where} bounds.max`);
}

/** `reason` is present exactly when `value` is null. */
function expectReasonIffNull(part: IndicatorResult | BreakdownRow, where: string): void {
  expect(part.reason === undefined, `${where}: reason present exactly when value is null`).toBe(
    part.value !== null,
  );
}

/** Every rule of the contract, for one result of an entry. */
function expectContract(entry: IndicatorCatalogEntry, result: IndicatorResult): void {
  const id = entry.id;
  expect(result.indicatorId).toBe(id);
  expect(result.title).toBe(entry.title);
  expect(result.unit).toBe(entry.unit);
  expect(result.standards).toEqual(entry.standards);
  for (const [path, n] of numbersIn(result)) expect(Number.isFinite(n), `${id}${path}`).toBe(true);
  expectReasonIffNull(result, id);
  if (entry.unit === 'share') expectSharesIn(result, id);
  if (entry.unit === 'quantity')
    expect(result.quantityUnit, `${id} quantityUnit`).toBeTypeOf('string');
  if (entry.unit === 'money' && result.value !== null)
    expect(result.currency, `${id} currency`).toBeTypeOf('string');
  if (entry.results === 'many')
    expect(Object.keys(result.keys ?? {}).sort(), `${id} keys`).toEqual(
      [...(entry.resultKeys ?? [])].sort(),
    );
  else expect(result.keys, `${id} has no keys`).toBeUndefined();
  for (const row of result.breakdown ?? []) {
    const where = `${id} ${JSON.stringify(row.keys)}`;
    expect(Object.keys(row.keys).length, `${where}: a row has keys`).toBeGreaterThan(0);
    for (const dimension of Object.keys(row.keys))
      expect(
        entry.dimensions,
        `${where}: dimension ${dimension} is in the catalog entry`,
      ).toContain(dimension);
    expectReasonIffNull(row, where);
    if (entry.unit === 'share') expectSharesIn(row, where);
  }
  expect(IndicatorResultSchema.safeParse(JSON.parse(JSON.stringify(result))).success, id).toBe(
    true,
  );
}

describe('every registered indicator', () => {
  it('has a unique id of the form <family>.<functionName>', () => {
    const ids = indicatorCatalog.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of indicatorCatalog)
      expect(entry.id).toBe(`${entry.family}.${entry.functionName}`);
    expect(indicatorCatalog.length).toBe(indicatorRegistry.length);
  });

  it('gives results or an absence, never a failure, on the base dataset', () => {
    const context = indicatorContextOf(baseDataset(), {
      asOf: '2024-12-31',
      period: { start: '2024-01-01', end: '2024-12-31' },
      localityPolicy: { kind: 'sameDistrict' },
      territoryIds: ['XX-D1'],
    });
    for (const run of runRegistry(context)) {
      expect(run.error, run.definition.entry.id).toBeUndefined();
      for (const result of run.results) expectContract(run.definition.entry, result);
    }
  });

  test.prop([scenario], { numRuns: propertyRuns(100) })(
    'holds to the result contract on generated datasets',
    (s) => {
      for (const run of runRegistry(contextOf(s))) {
        if (run.error !== undefined) throw run.error;
        if (run.definition.entry.results === 'one' && !run.absent)
          expect(run.results.length, run.definition.entry.id).toBe(1);
        for (const result of run.results) expectContract(run.definition.entry, result);
      }
    },
    60_000,
  );
});

const countOf = (count: Count | undefined): number => (typeof count === 'number' ? count : 0);
const sum = (record: Readonly<Record<string, Count | undefined>> | undefined): number =>
  Object.values(record ?? {}).reduce<number>((total, count) => total + countOf(count), 0);

describe('a workforce summary computed from records', () => {
  test.prop([scenario], { numRuns: propertyRuns(100) })(
    'adds up and passes the breakdown rules of a dataset',
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
