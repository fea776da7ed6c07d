import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { LandRecord } from '../../model/landRecord.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { rehabilitationRatio, rehabilitationRatioIndicator } from './rehabilitationRatio.js';
import { safetyIndicators } from './safetyIndicators.js';

const land = (fields: object): LandRecord =>
  ({
    asOf: '2024-12-31',
    areaUnit: 'ha',
    sourceIds: ['src-1'],
    ...fields,
  }) as unknown as LandRecord;

describe('rehabilitationRatio (GRI 14.8, GRI G4 MM1)', () => {
  it('is registered as safety.rehabilitationRatio, a share', () => {
    expect(rehabilitationRatioIndicator.entry).toMatchObject({ unit: 'share' });
    expect(safetyIndicators).toContain(rehabilitationRatioIndicator);
  });

  it('divides the rehabilitated by the disturbed hectares over places giving both', () => {
    const result = rehabilitationRatio([
      land({ siteId: 'mine-a', disturbed: 70, rehabilitated: 10 }),
      land({ siteId: 'mine-b', areaUnit: 'km2', disturbed: 0.5, rehabilitated: 0.025 }),
      land({ siteId: 'mine-c', disturbed: 40 }),
    ]);
    // mine-a 10 / 70; mine-b 2.5 / 50 ha; mine-c gives no rehabilitated area: left out.
    // (10 + 2.5) / (70 + 50) = 12.5 / 120 = 0.10416…
    expect(result.value).toBe(0.10416666666666667);
    expect(result.ratio).toEqual({ numerator: 12.5, denominator: 120, value: 0.10416666666666667 });
    expect(rowValues(result)).toEqual({ 'mine-a': 10 / 70, 'mine-b': 0.05 });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is ZERO_DENOMINATOR when nothing is disturbed, MISSING_DATA when no place gives both', () => {
    expect(rehabilitationRatio([land({ disturbed: 0, rehabilitated: 0 })])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    expect(rehabilitationRatio([land({ disturbed: 5 })])).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('refuses more rehabilitated than disturbed land with INVALID_ARGUMENT', () => {
    expect(() => rehabilitationRatio([land({ disturbed: 5, rehabilitated: 6 })])).toThrow(
      /records\[0\]/,
    );
  });

  it('runs on a dataset, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), land: [land({ disturbed: 8, rehabilitated: 2 })] },
      { asOf: '2024-12-31' },
    );
    expect(rehabilitationRatioIndicator.fromDataset(context)).toMatchObject([{ value: 0.25 }]);
    expect(rehabilitationRatioIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
