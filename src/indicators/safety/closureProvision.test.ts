import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeSite } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import type { ClosurePlan } from '../../model/closurePlan.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { closureProvision, closureProvisionIndicator } from './closureProvision.js';
import { safetyIndicators } from './safetyIndicators.js';

const sites = [makeSite({ id: 'mine-a' }), makeSite({ id: 'mine-b' }), makeSite({ id: 'mine-c' })];
const plan = (siteId: string, amountMinor: number, currency = 'USD'): ClosurePlan =>
  ({
    siteId,
    asOf: '2024-12-31',
    hasPlan: true,
    provision: { amountMinor, currency },
    sourceIds: ['src-1'],
  }) as unknown as ClosurePlan;

describe('closureProvision (GRI 14.8)', () => {
  it('is registered as safety.closureProvision, money', () => {
    expect(closureProvisionIndicator.entry).toMatchObject({ unit: 'money' });
    expect(safetyIndicators).toContain(closureProvisionIndicator);
  });

  it('adds the provisions of one currency in minor units', () => {
    const result = closureProvision(
      { sites, plans: [plan('mine-a', 250_000_000), plan('mine-b', 50_000_000)] },
      { asOf: '2024-12-31' },
    );
    // USD 2,500,000.00 + USD 500,000.00 = USD 3,000,000.00 = 300,000,000 cents.
    expect(result).toMatchObject({ value: 300_000_000, currency: 'USD' });
    expect(result.money).toEqual([{ amountMinor: 300_000_000, currency: 'USD' }]);
    expect(result.notes).toEqual(['Operations without a stated closure provision: mine-c.']);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('never converts: two currencies give MULTIPLE_CURRENCIES, none gives MISSING_DATA', () => {
    const two = closureProvision(
      { sites, plans: [plan('mine-a', 100), plan('mine-b', 200, 'AZN')] },
      { asOf: '2024-12-31' },
    );
    expect(two).toMatchObject({ value: null, reason: 'MULTIPLE_CURRENCIES' });
    expect(two.money).toEqual([
      { amountMinor: 200, currency: 'AZN' },
      { amountMinor: 100, currency: 'USD' },
    ]);
    expect(closureProvision({ sites, plans: [] }, { asOf: '2024-12-31' })).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('runs on a dataset, or is dataAbsent', () => {
    const context = contextOf(
      { ...baseDataset(), closure: [plan('site-hill', 5)] },
      { asOf: '2024-12-31' },
    );
    expect(closureProvisionIndicator.fromDataset(context)).toMatchObject([{ value: 5 }]);
    expect(closureProvisionIndicator.fromDataset(contextOf(baseDataset()))).toMatchObject({
      status: 'dataAbsent',
    });
  });
});
