import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { employees2024, rowValues, year2024 } from '../../../test/fixtures/safetyRecords.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { allIncidenceRate, allIncidenceRateIndicator } from './allIncidenceRate.js';
import { safetyIndicators } from './safetyIndicators.js';

describe('allIncidenceRate (SASB EM-MM-320a.1 (1))', () => {
  it('is registered as safety.allIncidenceRate, a ratio', () => {
    expect(IndicatorCatalogEntrySchema.parse(allIncidenceRateIndicator.entry)).toMatchObject({
      id: 'safety.allIncidenceRate',
      unit: 'ratio',
    });
    expect(allIncidenceRateIndicator.compute).toBe(allIncidenceRate);
    expect(safetyIndicators).toContain(allIncidenceRateIndicator);
  });

  it('counts injuries and illnesses per 200,000 hours, full-time and contract employees apart', () => {
    const result = allIncidenceRate(year2024, {});
    // (4 recordable injuries + 2 illnesses) × 200,000 / 2,000,000 = 0.6; employees (3 + 1) × 200,000 / 1,450,000; contractors (1 + 1) × 200,000 / 550,000.
    expect(result.value).toBe(0.6);
    expect(rowValues(result)).toEqual({
      employees: 0.5517241379310345,
      nonEmployees: 0.7272727272727273,
      'mine-a': 0.6,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps the basis of 200,000 hours the standard fixes', () => {
    const result = allIncidenceRate(year2024, { basis: 1_000_000 });
    // The basis option is ignored: still 6 × 200,000 / 2,000,000.
    expect(result.value).toBe(0.6);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is null with MISSING_DATA when a record does not report occupationalIllnesses, and ZERO_DENOMINATOR for no hours', () => {
    const { occupationalIllnesses: _, ...silent } = employees2024;
    expect(allIncidenceRate([silent])).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(allIncidenceRate([{ ...employees2024, hoursWorked: 0 }])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent without safety records', () => {
    const context = contextOf({ ...baseDataset(), safety: year2024 }, { asOf: '2024-12-31' });
    expect(allIncidenceRateIndicator.fromDataset(context)).toEqual([
      allIncidenceRate(year2024, { period: context.period }),
    ]);
    expect(allIncidenceRateIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
