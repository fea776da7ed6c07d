import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  contractors2024,
  employees2024,
  rowValues,
  YEAR_2024,
  year2024,
} from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { recordableInjuryRate, recordableInjuryRateIndicator } from './recordableInjuryRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('recordableInjuryRate: the catalog entry', () => {
  it('is safety.recordableInjuryRate, a ratio with rows by workers and site (GRI 403-9-a-iii, -b-iii)', () => {
    expect(IndicatorCatalogEntrySchema.parse(recordableInjuryRateIndicator.entry)).toMatchObject({
      id: 'safety.recordableInjuryRate',
      unit: 'ratio',
      dimensions: ['workers', 'site'],
      standards: ['GRI 403-9', 'GRI 14.16'],
    });
    expect(recordableInjuryRateIndicator.compute).toBe(recordableInjuryRate);
    expect(safetyIndicators).toContain(recordableInjuryRateIndicator);
  });
});

describe('recordableInjuryRate (GRI 403-9-a-iii and -b-iii)', () => {
  it('is per 200,000 hours by default, employees and non-employees apart in rows', () => {
    const result = recordableInjuryRate(year2024);
    // (3 + 1) recordable injuries × 200,000 / (1,450,000 + 550,000) hours = 800,000 / 2,000,000 = 0.4.
    expect(result.value).toBe(0.4);
    expect(result.definitions.basis).toBe(200_000);
    // Employees: 3 × 200,000 / 1,450,000 = 0.41379…; non-employees: 1 × 200,000 / 550,000 = 0.36363…
    expect(rowValues(result)).toEqual({
      employees: 0.41379310344827586,
      nonEmployees: 0.36363636363636365,
      'mine-a': 0.4,
    });
    expect(result.breakdown?.[0]?.count).toBe(3);
    expect(result.sourceIds).toEqual(['src-contractor-log', 'src-report']);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('states the basis of 1,000,000 hours when chosen (GRI 403-9-e)', () => {
    const result = recordableInjuryRate(year2024, { basis: 1_000_000 });
    // 4 × 1,000,000 / 2,000,000 = 2; employees 3 × 1,000,000 / 1,450,000 = 2.06896…;
    // non-employees 1 × 1,000,000 / 550,000 = 1.81818…
    expect(result.value).toBe(2);
    expect(result.definitions.basis).toBe(1_000_000);
    expect(rowValues(result)).toMatchObject({
      employees: 2.0689655172413794,
      nonEmployees: 1.8181818181818181,
    });
  });

  it('keeps a bound a bound: "fewer than 5" employee injuries give bounds, no central figure', () => {
    const bounded = { ...employees2024, recordableInjuries: { max: 4, phrase: 'fewer than 5' } };
    const result = recordableInjuryRate([bounded, contractors2024]);
    // Cases in [0 + 1, 4 + 1] = [1, 5] over 2,000,000 hours: [1 × 200,000 / 2,000,000,
    // 5 × 200,000 / 2,000,000] = [0.1, 0.5].
    expect(result).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 0.1, max: 0.5 },
    });
    // Employees alone: [0, 4 × 200,000 / 1,450,000] = [0, 0.55172…].
    expect(result.breakdown?.[0]).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 0, max: 0.5517241379310345 },
    });
    expect(result.breakdown?.[0]?.count).toBeUndefined();
  });

  it('has no upper bound when the hours may be 0 or the count is unbounded above', () => {
    const result = recordableInjuryRate([
      { ...employees2024, hoursWorked: { max: 100 }, recordableInjuries: { min: 2 } },
    ]);
    // At least 2 cases in at most 100 hours: at least 2 × 200,000 / 100 = 4,000; no maximum.
    expect(result).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 4000 } });
    expect(result.bounds?.max).toBeUndefined();
  });

  it('is null with ZERO_DENOMINATOR for zero hours and MISSING_DATA for unreported hours, never NaN', () => {
    const zero = recordableInjuryRate([
      { ...employees2024, hoursWorked: 0, recordableInjuries: 0 },
    ]);
    expect(zero).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
    const { hoursWorked: _, ...withoutHours } = employees2024;
    const missing = recordableInjuryRate([withoutHours, contractors2024]);
    expect(missing).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(missing.notes[0]).toBe(
      'Not reported (a count or the hours worked): employees mine-a 2024-01-01..2024-12-31.',
    );
    // The contractors' row still has its rate: 1 × 200,000 / 550,000.
    expect(rowValues(missing).nonEmployees).toBe(0.36363636363636365);
    expect(recordableInjuryRate([])).toMatchObject({ value: null, reason: 'MISSING_DATA' });
  });

  it('counts only records within the period and notes approximate figures', () => {
    const previous = { ...employees2024, period: { start: '2023-01-01', end: '2023-12-31' } };
    const about = {
      ...employees2024,
      hoursWorked: { approximately: 1_450_000, phrase: 'about 1.45 million hours' },
    };
    const result = recordableInjuryRate([previous, about], { period: YEAR_2024 });
    // 2024 only: 3 × 200,000 / 1,450,000, the approximate hours taken as the value.
    expect(result.value).toBe(0.41379310344827586);
    expect(result.notes).toEqual([
      'approximate: a figure was published as "about 1.45 million hours" (taken as the value).',
      '1 record(s) outside the period left out.',
    ]);
  });

  it('throws INVALID_ARGUMENT for another basis or a malformed record', () => {
    expect(() => recordableInjuryRate(year2024, { basis: 100 as never })).toThrow(
      'basis must be 200000 or 1000000, not 100',
    );
    expect(() =>
      recordableInjuryRate([{ ...employees2024, workers: 'visitors' as never }]),
    ).toThrow(/records\[0\]/);
  });
});

describe('recordableInjuryRate on a dataset', () => {
  it('reads the safety records within the report period, or is dataAbsent', () => {
    const dataset = { ...baseDataset(), sites: [], safety: year2024 };
    const outcome = recordableInjuryRateIndicator.fromDataset(
      contextOf(dataset, { asOf: '2024-12-31' }),
    );
    expect(outcome).toMatchObject([{ value: 0.4, definitions: { period: YEAR_2024 } }]);
    expect(
      recordableInjuryRateIndicator.fromDataset(contextOf(baseDataset(), { asOf: '2024-12-31' })),
    ).toEqual({ status: 'dataAbsent', detail: 'The dataset has no safety records.' });
  });
});
