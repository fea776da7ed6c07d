import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { LandRecord } from '../../model/landRecord.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { landDisturbed, landDisturbedIndicator } from './landDisturbed.js';
import { safetyIndicators } from './safetyIndicators.js';

const land = (fields: object): LandRecord =>
  ({
    asOf: '2024-12-31',
    areaUnit: 'ha',
    sourceIds: ['src-1'],
    ...fields,
  }) as unknown as LandRecord;

describe('landDisturbed (GRI 14.8, GRI G4 MM1)', () => {
  it('is registered as safety.landDisturbed, a quantity', () => {
    expect(landDisturbedIndicator.entry).toMatchObject({ unit: 'quantity' });
    expect(safetyIndicators).toContain(landDisturbedIndicator);
  });

  it('adds the latest disturbed area of each place in hectares', () => {
    const result = landDisturbed(
      [
        land({ siteId: 'mine-a', asOf: '2023', disturbed: 90 }),
        land({ siteId: 'mine-a', disturbed: 120 }),
        land({ siteId: 'mine-b', areaUnit: 'km2', disturbed: 0.35 }),
        land({ depositId: 'dep-x', leased: 10 }),
        land({ siteId: 'mine-c', asOf: '2025-06', disturbed: 1000 }),
      ],
      { asOf: '2024-12-31' },
    );
    // mine-a's latest on or before 2024-12-31: 120 ha; mine-b 0.35 km² = 35 ha; mine-c only in
    // 2025: left out; dep-x states no disturbed area. 120 + 35 = 155 ha.
    expect(result.value).toBe(155);
    expect(result.quantityUnit).toBe('ha');
    expect(rowValues(result)).toEqual({ 'mine-a': 120, 'mine-b': 35 });
    expect(result.notes).toEqual(['No disturbed area in the latest record of: dep-x.']);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is MISSING_DATA when no place states a disturbed area', () => {
    expect(landDisturbed([land({ owned: 5 })])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('throws INVALID_DATE for an asOf that is not a day', () => {
    expect(() => landDisturbed([], { asOf: '2024' as never })).toThrow(/asOf/);
  });

  it('runs on a dataset on the report day, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), land: [land({ disturbed: 7 })] },
      { asOf: '2024-12-31' },
    );
    expect(landDisturbedIndicator.fromDataset(context)).toMatchObject([{ value: 7 }]);
    expect(landDisturbedIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
