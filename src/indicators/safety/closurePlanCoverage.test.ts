import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeSite } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { rowValues } from '../../../test/fixtures/safetyRecords.js';
import type { ClosurePlan } from '../../model/closurePlan.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { closurePlanCoverage, closurePlanCoverageIndicator } from './closurePlanCoverage.js';
import { safetyIndicators } from './safetyIndicators.js';

const sites = [
  makeSite({ id: 'mine-a' }),
  makeSite({ id: 'mine-b' }),
  makeSite({ id: 'plant', kind: 'processingPlant' }),
  makeSite({ id: 'office', kind: 'office' }),
];
const plan = (fields: object): ClosurePlan =>
  ({
    siteId: 'mine-a',
    asOf: '2024-12-31',
    hasPlan: true,
    sourceIds: ['src-1'],
    ...fields,
  }) as unknown as ClosurePlan;

describe('closurePlanCoverage (GRI 14.8, GRI G4 MM10)', () => {
  it('is registered as safety.closurePlanCoverage, a share', () => {
    expect(closurePlanCoverageIndicator.entry).toMatchObject({ unit: 'share' });
    expect(safetyIndicators).toContain(closurePlanCoverageIndicator);
  });

  it('divides the operations with a plan by the operations, each by its latest record', () => {
    const plans = [
      plan({ siteId: 'mine-a' }),
      plan({ siteId: 'mine-b', asOf: '2023', hasPlan: true }),
      plan({ siteId: 'mine-b', asOf: '2024-06', hasPlan: false }),
      plan({ siteId: 'office', hasPlan: true }),
    ];
    const result = closurePlanCoverage({ sites, plans }, { asOf: '2024-12-31' });
    // Operations: mine-a, mine-b, plant (the office is not one) = 3. mine-a has a plan; mine-b's
    // latest record (2024-06) says none; the plant has no record. 1 / 3.
    expect(result.value).toBe(1 / 3);
    expect(rowValues(result)).toEqual({ 'mine-a': 1, 'mine-b': 0, plant: 0 });
    expect(result.notes).toEqual([
      'Operations without a closure record on or before 2024-12-31: plant.',
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('is ZERO_DENOMINATOR without operations', () => {
    expect(closurePlanCoverage({ sites: [], plans: [] }, { asOf: '2024-12-31' })).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });

  it('runs on a dataset, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), closure: [plan({ siteId: 'site-hill' })] },
      { asOf: '2024-12-31' },
    );
    expect(closurePlanCoverageIndicator.fromDataset(context)).toMatchObject([{ value: 1 }]);
    expect(closurePlanCoverageIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
