import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { employees2024, rowValues, year2024 } from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { nearMissFrequencyRate, nearMissFrequencyRateIndicator } from './nearMissFrequencyRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('nearMissFrequencyRate (SASB EM-MM-320a.1 (3))', () => {
  it('is registered as safety.nearMissFrequencyRate, a ratio', () => {
    expect(IndicatorCatalogEntrySchema.parse(nearMissFrequencyRateIndicator.entry)).toMatchObject({
      id: 'safety.nearMissFrequencyRate',
      unit: 'ratio',
    });
    expect(nearMissFrequencyRateIndicator.compute).toBe(nearMissFrequencyRate);
    expect(safetyIndicators).toContain(nearMissFrequencyRateIndicator);
  });

  it('counts near misses per 200,000 hours, full-time and contract employees apart', () => {
    const result = nearMissFrequencyRate(year2024, {});
    // (20 + 5) near misses × 200,000 / 2,000,000 = 2.5; employees 20 × 200,000 / 1,450,000; contractors 5 × 200,000 / 550,000.
    expect(result.value).toBe(2.5);
    expect(rowValues(result)).toEqual({
      employees: 2.7586206896551726,
      nonEmployees: 1.8181818181818181,
      'mine-a': 2.5,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps the basis of 200,000 hours the standard fixes', () => {
    const result = nearMissFrequencyRate(year2024, { basis: 1_000_000 });
    // The basis option is ignored.
    expect(result.value).toBe(2.5);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is null with MISSING_DATA when a record does not report nearMisses, and ZERO_DENOMINATOR for no hours', () => {
    const { nearMisses: _, ...silent } = employees2024;
    expect(nearMissFrequencyRate([silent])).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(nearMissFrequencyRate([{ ...employees2024, hoursWorked: 0 }])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent without safety records', () => {
    const context = contextOf({ ...baseDataset(), safety: year2024 }, { asOf: '2024-12-31' });
    expect(nearMissFrequencyRateIndicator.fromDataset(context)).toEqual([
      nearMissFrequencyRate(year2024, { period: context.period }),
    ]);
    expect(nearMissFrequencyRateIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
