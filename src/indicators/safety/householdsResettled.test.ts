import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { LandRecord } from '../../model/landRecord.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { householdsResettled, householdsResettledIndicator } from './householdsResettled.js';
import { safetyIndicators } from './safetyIndicators.js';

const land = (fields: object): LandRecord =>
  ({ asOf: '2024', areaUnit: 'ha', sourceIds: ['src-1'], ...fields }) as unknown as LandRecord;

describe('householdsResettled (GRI 14.12, IFC PS 5)', () => {
  it('is registered as safety.householdsResettled, a count', () => {
    expect(householdsResettledIndicator.entry).toMatchObject({
      unit: 'count',
      dimensions: ['households'],
    });
    expect(safetyIndicators).toContain(householdsResettledIndicator);
  });

  it('counts the physically displaced households, with the economically displaced and compensated in rows', () => {
    const result = householdsResettled([
      land({
        siteId: 'mine-a',
        householdsPhysicallyDisplaced: 4,
        householdsEconomicallyDisplaced: 11,
        householdsCompensated: 15,
      }),
      land({
        siteId: 'mine-b',
        householdsPhysicallyDisplaced: 2,
        householdsEconomicallyDisplaced: 0,
        householdsCompensated: 1,
      }),
    ]);
    // Physically 4 + 2 = 6; economically 11 + 0 = 11; compensated 15 + 1 = 16.
    expect(result.value).toBe(6);
    expect(rowValues(result)).toEqual({
      physicallyDisplaced: 6,
      economicallyDisplaced: 11,
      compensated: 16,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('keeps bounds: "over 30" households and 2 more are at least 32', () => {
    const result = householdsResettled([
      land({ siteId: 'mine-a', householdsPhysicallyDisplaced: { min: 31, phrase: 'over 30' } }),
      land({ siteId: 'mine-b', householdsPhysicallyDisplaced: 2 }),
    ]);
    expect(result).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 33 } });
  });

  it('is MISSING_DATA when no record states displaced households', () => {
    expect(householdsResettled([land({ disturbed: 3 })])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('runs on a dataset, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), land: [land({ householdsPhysicallyDisplaced: 3 })] },
      { asOf: '2024-12-31' },
    );
    expect(householdsResettledIndicator.fromDataset(context)).toMatchObject([{ value: 3 }]);
    expect(householdsResettledIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
