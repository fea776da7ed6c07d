import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { GrievanceRecord } from '../../model/grievanceRecord.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import {
  grievanceResolutionRate,
  grievanceResolutionRateIndicator,
} from './grievanceResolutionRate.js';
import { safetyIndicators } from './safetyIndicators.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const record = (fields: object): GrievanceRecord =>
  ({ period: year, received: 0, sourceIds: ['src-1'], ...fields }) as unknown as GrievanceRecord;

describe('grievanceResolutionRate (GRI 2-25, GRI 14.10)', () => {
  it('is registered as safety.grievanceResolutionRate, a share', () => {
    expect(grievanceResolutionRateIndicator.entry).toMatchObject({
      unit: 'share',
      dimensions: ['site'],
    });
    expect(safetyIndicators).toContain(grievanceResolutionRateIndicator);
  });

  it('divides the grievances resolved by those received, with rows by site', () => {
    const result = grievanceResolutionRate([
      record({ siteId: 'mine-a', received: 12, resolved: 9 }),
      record({ siteId: 'mine-b', received: 10, resolved: 7 }),
    ]);
    // (9 + 7) / (12 + 10) = 16 / 22 = 0.72727…; mine-a 9 / 12 = 0.75, mine-b 7 / 10 = 0.7.
    expect(result.value).toBe(0.7272727272727273);
    expect(result.ratio).toEqual({ numerator: 16, denominator: 22, value: 0.7272727272727273 });
    expect(rowValues(result)).toEqual({ 'mine-a': 0.75, 'mine-b': 0.7 });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('gives bounds within [0, 1] for bounded counts', () => {
    const result = grievanceResolutionRate([
      record({ received: { min: 10, max: 20 }, resolved: 5 }),
    ]);
    // 5 resolved of 10 to 20 received: [5 / 20, 5 / 10] = [0.25, 0.5].
    expect(result).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 0.25, max: 0.5 },
    });
    // "at least 2" resolved of "at least 4" received: [0, 1] at most.
    expect(
      grievanceResolutionRate([record({ received: { min: 4 }, resolved: { min: 2 } })]).bounds,
    ).toEqual({ min: 0, max: 1 });
  });

  it('is null with ZERO_DENOMINATOR without grievances and MISSING_DATA without resolved', () => {
    expect(grievanceResolutionRate([record({ received: 0, resolved: 0 })])).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    const missing = grievanceResolutionRate([record({ siteId: 'mine-a', received: 3 })]);
    expect(missing).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(missing.notes).toEqual([
      'Resolved grievances not reported: mine-a 2024-01-01..2024-12-31.',
    ]);
  });

  it('throws INVALID_ARGUMENT when more are resolved than received', () => {
    expect(() => grievanceResolutionRate([record({ received: 2, resolved: 3 })])).toThrow(
      'records[0]: more resolved than received',
    );
  });

  it('runs on a dataset within the report period, or is dataAbsent', () => {
    const grievances = [
      record({ received: 12, resolved: 9 }),
      record({ period: { start: '2023-01-01', end: '2023-12-31' }, received: 1, resolved: 0 }),
    ];
    const context = contextOf({ ...baseDataset(), grievances }, { asOf: '2024-12-31' });
    // 2024 only: 9 / 12.
    expect(grievanceResolutionRateIndicator.fromDataset(context)).toMatchObject([{ value: 0.75 }]);
    expect(grievanceResolutionRateIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
