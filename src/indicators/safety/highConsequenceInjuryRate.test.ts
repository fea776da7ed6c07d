import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { employees2024, rowValues, year2024 } from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import {
  highConsequenceInjuryRate,
  highConsequenceInjuryRateIndicator,
} from './highConsequenceInjuryRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('highConsequenceInjuryRate (GRI 403-9-a-ii, -b-ii)', () => {
  it('is registered as safety.highConsequenceInjuryRate, a ratio', () => {
    expect(
      IndicatorCatalogEntrySchema.parse(highConsequenceInjuryRateIndicator.entry),
    ).toMatchObject({
      id: 'safety.highConsequenceInjuryRate',
      unit: 'ratio',
    });
    expect(highConsequenceInjuryRateIndicator.compute).toBe(highConsequenceInjuryRate);
    expect(safetyIndicators).toContain(highConsequenceInjuryRateIndicator);
  });

  it('per 200,000 hours by default, fatalities excluded', () => {
    const result = highConsequenceInjuryRate(year2024, {});
    // (1 + 1) high-consequence injuries × 200,000 / 2,000,000 = 0.2; employees 1 × 200,000 / 1,450,000; non-employees 1 × 200,000 / 550,000.
    expect(result.value).toBe(0.2);
    expect(rowValues(result)).toEqual({
      employees: 0.13793103448275862,
      nonEmployees: 0.36363636363636365,
      'mine-a': 0.2,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('per 1,000,000 hours when chosen', () => {
    const result = highConsequenceInjuryRate(year2024, { basis: 1_000_000 });
    // 2 × 1,000,000 / 2,000,000 = 1.
    expect(result.value).toBe(1);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is null with MISSING_DATA when a record does not report highConsequenceInjuries, and ZERO_DENOMINATOR for no hours', () => {
    const { highConsequenceInjuries: _, ...silent } = employees2024;
    expect(highConsequenceInjuryRate([silent])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(highConsequenceInjuryRate([{ ...employees2024, hoursWorked: 0 }])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent without safety records', () => {
    const context = contextOf({ ...baseDataset(), safety: year2024 }, { asOf: '2024-12-31' });
    expect(highConsequenceInjuryRateIndicator.fromDataset(context)).toEqual([
      highConsequenceInjuryRate(year2024, { period: context.period }),
    ]);
    expect(highConsequenceInjuryRateIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
