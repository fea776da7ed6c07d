import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { workforce2024 } from '../../../test/fixtures/workforce2024.js';
import * as workforce from '../../index.js';
import { type BreakdownRow, type RowKeys, reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { diversityComposition, diversityCompositionIndicator } from './diversityComposition.js';

/** The row with exactly these keys. */
function rowWith(
  rows: readonly BreakdownRow[] | undefined,
  keys: RowKeys,
): BreakdownRow | undefined {
  const names = Object.keys(keys);
  return rows?.find(
    (row) =>
      Object.keys(row.keys).length === names.length &&
      names.every((name) => row.keys[name] === keys[name]),
  );
}

describe('diversityComposition', () => {
  it('gives each category by gender and age band', () => {
    const result = diversityComposition(workforce2024, { asOf: '2024-12-31' });
    // Active employees: e1 (F, worker, 30-50), e3 (M, worker, <30), e5 (M, manager, 30-50),
    // e6 (M, senior management, >50), e9 (F, worker, 30-50) = 5. No specialist is active.
    expect(result.detail).toEqual({ headcount: 5 });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BREAKDOWN_ONLY');
    expect(result.unit).toBe('share');
    const rows = result.breakdown;
    // Workers: 3 — female e1, e9 = 2/3; male e3 = 1/3; <30 e3 = 1/3; 30-50 e1, e9 = 2/3.
    expect(rowWith(rows, { category: 'worker', gender: 'female' })?.value).toBeCloseTo(2 / 3, 12);
    expect(rowWith(rows, { category: 'worker', gender: 'male' })?.value).toBeCloseTo(1 / 3, 12);
    expect(rowWith(rows, { category: 'worker', ageBand: '<30' })?.value).toBeCloseTo(1 / 3, 12);
    expect(rowWith(rows, { category: 'worker', ageBand: '30-50' })?.value).toBeCloseTo(2 / 3, 12);
    expect(
      rowWith(rows, { category: 'worker', gender: 'female', ageBand: '30-50' })?.value,
    ).toBeCloseTo(2 / 3, 12);
    expect(rowWith(rows, { category: 'seniorManagement', gender: 'male' })?.value).toBe(1);
    expect(rowWith(rows, { category: 'seniorManagement', ageBand: '>50' })?.value).toBe(1);
    expect(rows?.some((r) => r.keys.category === 'specialist')).toBe(false);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('orders the rows of a category: genders, age bands, then both, with their counts', () => {
    const result = diversityComposition(workforce2024, { asOf: '2024-12-31' });
    // Managers: e5 alone (male, 30-50): 1 / 1 in every row.
    expect(
      result.breakdown
        ?.filter((r) => r.keys.category === 'manager')
        .map((r) => [r.keys, r.count, r.value]),
    ).toEqual([
      [{ category: 'manager', gender: 'male' }, 1, 1],
      [{ category: 'manager', ageBand: '30-50' }, 1, 1],
      [{ category: 'manager', gender: 'male', ageBand: '30-50' }, 1, 1],
    ]);
  });
});

describe('diversityComposition definitions and limits', () => {
  it('names the date, the employee population and the age bands, with no notes', () => {
    const result = diversityComposition(workforce2024, { asOf: '2024-12-31' });
    // includeContractors is not set, so only employees are counted.
    expect(result.definitions).toEqual({
      asOf: '2024-12-31',
      population: 'employees',
      ageBands: 'year(asOf) − birthYear: <30, 30-50, >50',
    });
    expect(result.notes).toEqual([]);
  });

  it('includes contractors in the composition when asked', () => {
    // 5 employees + e10 active on 2024-12-31.
    const result = diversityComposition(workforce2024, {
      asOf: '2024-12-31',
      includeContractors: true,
    });
    expect(result.detail.headcount).toBe(6);
  });

  it('is ZERO_DENOMINATOR, with no rows, when nobody is active', () => {
    // Everyone of the fixture was hired after 2010-01-01.
    const result = diversityComposition(workforce2024, { asOf: '2010-01-01' });
    expect(result).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
      detail: { headcount: 0 },
    });
    expect(result.breakdown).toBeUndefined();
  });

  // "2024-12-1" sorts after "2024-12-01" … "2024-12-09" and before "2024-12-10": compared as a
  // string it used to count the wrong people without a word (regression).
  it('throws INVALID_DATE when asOf is not a calendar date', () => {
    expect(() => diversityComposition(workforce2024, { asOf: '2024-12-1' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-12-1"',
    );
  });

  test.prop([fc.array(employeeRecord, { maxLength: 60 })])(
    'gives shares within a category and dimension that sum to 1',
    (records) => {
      const result = diversityComposition(records, { asOf: '2024-12-31' });
      const sums = new Map<string, number>();
      for (const row of result.breakdown ?? []) {
        const { category, ...groups } = row.keys;
        const group = `${category}:${Object.keys(groups).join('×')}`;
        sums.set(group, (sums.get(group) ?? 0) + (row.value ?? 0));
        expect(reasonIffNull(row)).toBe(true);
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(row.value).toBeLessThanOrEqual(1);
      }
      for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 9);
    },
  );
});

describe('diversityCompositionIndicator', () => {
  it('is catalogued as workforce.diversityComposition, shares under GRI 405-1', () => {
    const { entry } = diversityCompositionIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.diversityComposition',
      functionName: 'diversityComposition',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      dimensions: ['category', 'gender', 'ageBand'],
      standards: ['GRI 405-1'],
    });
    expect(diversityCompositionIndicator.compute).toBe(workforce.diversityComposition);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the records on the report date', () => {
    const outcome = diversityCompositionIndicator.fromDataset(
      indicatorContextOf(baseDataset(), { asOf: '2024-12-31' }),
    );
    // e-1, a female specialist born in 1990 (34: 30-50), is the one employee there: 1 / 1.
    // e-2 is a contractor, and left in June.
    expect(outcome).toEqual([
      expect.objectContaining({
        value: null,
        reason: 'BREAKDOWN_ONLY',
        detail: { headcount: 1 },
        breakdown: [
          expect.objectContaining({ keys: { category: 'specialist', gender: 'female' }, value: 1 }),
          expect.objectContaining({ keys: { category: 'specialist', ageBand: '30-50' }, value: 1 }),
          expect.objectContaining({
            keys: { category: 'specialist', gender: 'female', ageBand: '30-50' },
            value: 1,
          }),
        ],
      }),
    ]);
  });

  it('says that the data is absent without employee records', () => {
    const dataset = { ...baseDataset(), employees: [] };
    expect(diversityCompositionIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no employee records.',
    });
  });
});
