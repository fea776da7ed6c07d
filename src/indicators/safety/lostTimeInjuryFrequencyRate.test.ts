import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { employees2024, rowValues, year2024 } from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import {
  lostTimeInjuryFrequencyRate,
  lostTimeInjuryFrequencyRateIndicator,
} from './lostTimeInjuryFrequencyRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('lostTimeInjuryFrequencyRate (LTIFR)', () => {
  it('is registered as safety.lostTimeInjuryFrequencyRate, a ratio', () => {
    expect(
      IndicatorCatalogEntrySchema.parse(lostTimeInjuryFrequencyRateIndicator.entry),
    ).toMatchObject({
      id: 'safety.lostTimeInjuryFrequencyRate',
      unit: 'ratio',
    });
    expect(lostTimeInjuryFrequencyRateIndicator.compute).toBe(lostTimeInjuryFrequencyRate);
    expect(safetyIndicators).toContain(lostTimeInjuryFrequencyRateIndicator);
  });

  it('per 1,000,000 hours by default', () => {
    const result = lostTimeInjuryFrequencyRate(year2024, {});
    // (3 + 2) lost-time injuries × 1,000,000 / 2,000,000 = 2.5; employees 3 × 1,000,000 / 1,450,000; non-employees 2 × 1,000,000 / 550,000.
    expect(result.value).toBe(2.5);
    expect(rowValues(result)).toEqual({
      employees: 2.0689655172413794,
      nonEmployees: 3.6363636363636362,
      'mine-a': 2.5,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('per 200,000 hours when chosen', () => {
    const result = lostTimeInjuryFrequencyRate(year2024, { basis: 200_000 });
    // 5 × 200,000 / 2,000,000 = 0.5.
    expect(result.value).toBe(0.5);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is null with MISSING_DATA when a record does not report lostTimeInjuries, and ZERO_DENOMINATOR for no hours', () => {
    const { lostTimeInjuries: _, ...silent } = employees2024;
    expect(lostTimeInjuryFrequencyRate([silent])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(lostTimeInjuryFrequencyRate([{ ...employees2024, hoursWorked: 0 }])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent without safety records', () => {
    const context = contextOf({ ...baseDataset(), safety: year2024 }, { asOf: '2024-12-31' });
    expect(lostTimeInjuryFrequencyRateIndicator.fromDataset(context)).toEqual([
      lostTimeInjuryFrequencyRate(year2024, { period: context.period }),
    ]);
    expect(
      lostTimeInjuryFrequencyRateIndicator.fromDataset(contextOf(baseDataset())),
    ).toMatchObject({ status: 'dataAbsent' });
  });
});
