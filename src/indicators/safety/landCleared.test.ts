import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import type { LandRecord } from '../../model/landRecord.js';
import { landCleared, landClearedIndicator } from './landCleared.js';
import { safetyIndicators } from './safetyIndicators.js';

const tutxun = {
  depositId: 'dep-tutxun',
  asOf: '2022',
  areaUnit: 'km2',
  cleared: 8.29,
  sourceIds: ['src-azergold-tutxun'],
} as unknown as LandRecord;

describe('landCleared (mine clearance, GRI 14.12 context)', () => {
  it('is registered as safety.landCleared', () => {
    expect(safetyIndicators).toContain(landClearedIndicator);
  });

  it('converts km² to hectares exactly: 8.29 km² is 829 ha, not 828.9999…', () => {
    // 8.29 × 100 in binary floating point is 828.9999999999999; the decimal shift gives 829.
    const result = landCleared([tutxun]);
    expect(result.value).toBe(829);
    expect(result.breakdown).toEqual([{ keys: { deposit: 'dep-tutxun' }, value: 829 }]);
    expect(result.sourceIds).toEqual(['src-azergold-tutxun']);
    // A record dated "2022" ends on 2022-12-31: not yet on 2022-06-30.
    expect(landCleared([tutxun], { asOf: '2022-06-30' })).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('runs on a dataset only when a record states a cleared area', () => {
    const context = contextOf({ ...baseDataset(), land: [tutxun] }, { asOf: '2024-12-31' });
    expect(landClearedIndicator.fromDataset(context)).toMatchObject([{ value: 829 }]);
    const none = contextOf({ ...baseDataset(), land: [{ ...tutxun, cleared: undefined }] });
    expect(landClearedIndicator.fromDataset(none)).toMatchObject({ status: 'dataAbsent' });
  });
});
