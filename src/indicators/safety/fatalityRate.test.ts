import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { employees2024, rowValues, year2024 } from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { fatalityRate, fatalityRateIndicator } from './fatalityRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('fatalityRate (GRI 403-9-a-i, -b-i; SASB EM-MM-320a.1)', () => {
  it('is registered as safety.fatalityRate, a ratio', () => {
    expect(IndicatorCatalogEntrySchema.parse(fatalityRateIndicator.entry)).toMatchObject({
      id: 'safety.fatalityRate',
      unit: 'ratio',
    });
    expect(fatalityRateIndicator.compute).toBe(fatalityRate);
    expect(safetyIndicators).toContain(fatalityRateIndicator);
  });

  it('per 200,000 hours by default', () => {
    const result = fatalityRate(year2024, {});
    // (1 + 0) fatalities × 200,000 / 2,000,000 hours = 0.1; employees 1 × 200,000 / 1,450,000; non-employees 0.
    expect(result.value).toBe(0.1);
    expect(rowValues(result)).toEqual({
      employees: 0.13793103448275862,
      nonEmployees: 0,
      'mine-a': 0.1,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('per 1,000,000 hours when chosen', () => {
    const result = fatalityRate(year2024, { basis: 1_000_000 });
    // 1 × 1,000,000 / 2,000,000 = 0.5.
    expect(result.value).toBe(0.5);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is null with MISSING_DATA when a record does not report fatalities, and ZERO_DENOMINATOR for no hours', () => {
    const { fatalities: _, ...silent } = employees2024;
    expect(fatalityRate([silent])).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(fatalityRate([{ ...employees2024, hoursWorked: 0 }])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent without safety records', () => {
    const context = contextOf({ ...baseDataset(), safety: year2024 }, { asOf: '2024-12-31' });
    expect(fatalityRateIndicator.fromDataset(context)).toEqual([
      fatalityRate(year2024, { period: context.period }),
    ]);
    expect(fatalityRateIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
