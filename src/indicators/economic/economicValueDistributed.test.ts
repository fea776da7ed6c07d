import { describe, expect, it } from 'vitest';
import type { CurrencyCode } from '../../core/currencies.js';
import type { FxTable } from '../../core/fxTable.js';
import { isImpactError } from '../../core/ImpactError.js';
import type { CompanyId, SourceId } from '../../core/ids.js';
import type { FinancialSummary } from '../../model/financialSummary.js';
import type { ReportedAmount } from '../../model/reportedAmount.js';
import { economicValueDistributed } from './economicValueDistributed.js';

const spent = (amountMinor: number, currency = 'AZN', start = '2021'): ReportedAmount => ({
  basis: 'spent',
  period: { start },
  value: { amountMinor, currency: currency as CurrencyCode },
  sourceIds: ['src-b' as SourceId],
});

const summary: FinancialSummary = {
  id: 'fin-2021',
  companyId: 'miner' as CompanyId,
  revenue: spent(100_000),
  operatingCosts: spent(60_000),
  wagesAndBenefits: spent(20_000),
  paymentsToProvidersOfCapital: spent(5_000),
  paymentsToGovernments: spent(8_000),
  communityInvestments: spent(2_000),
  sourceIds: ['src-a' as SourceId],
};
const usdToAzn = {
  currency: 'AZN',
  rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2021-12-31' }],
} as FxTable;
const year2021 = { period: { start: '2021-01-01', end: '2021-12-31' } };

describe('economicValueDistributed', () => {
  it('gives GRI 201-1 value retained = generated − distributed, in minor units', () => {
    // EVD = 60,000 + 20,000 + 5,000 + 8,000 + 2,000 = 95,000; retained = 100,000 − 95,000 = 5,000.
    const result = economicValueDistributed(summary, year2021);
    expect([result.value, result.currency, result.keys]).toEqual([
      5_000,
      'AZN',
      { summaryId: 'fin-2021' },
    ]);
    expect(result.detail.distributed).toEqual({ min: 95_000, max: 95_000 });
    expect(result.breakdown?.map((r) => [r.keys.component, r.value])).toEqual([
      ['revenue', 100_000],
      ['operatingCosts', 60_000],
      ['wagesAndBenefits', 20_000],
      ['paymentsToProvidersOfCapital', 5_000],
      ['paymentsToGovernments', 8_000],
      ['communityInvestments', 2_000],
      ['economicValueDistributed', 95_000],
      ['economicValueRetained', 5_000],
    ]);
    expect(result.sourceIds).toEqual(['src-a', 'src-b']);
  });

  it('keeps a negative value retained (GRI 201-1: no clamp)', () => {
    // Revenue 90,000; distributed 95,000; retained = 90,000 − 95,000 = −5,000.
    expect(economicValueDistributed({ ...summary, revenue: spent(90_000) }).value).toBe(-5_000);
  });

  it('keeps bounds as bounds: retained from generated.min − distributed.max to generated.max − distributed.min', () => {
    // Revenue "over 100,000" = [100,001, ∞); wages "up to 25,000" = [0, 25,000].
    // Distributed = [60,000 + 0 + 5,000 + 8,000 + 2,000, 60,000 + 25,000 + 5,000 + 8,000 + 2,000]
    //             = [75,000, 100,000]; retained = [100,001 − 100,000, ∞ − 75,000] = [1, ∞).
    const bounded: FinancialSummary = {
      ...summary,
      revenue: { ...spent(0), value: { min: 100_001, currency: 'AZN' } },
      wagesAndBenefits: { ...spent(0), value: { max: 25_000, currency: 'AZN' } },
    };
    const result = economicValueDistributed(bounded);
    expect([result.value, result.reason, result.bounds]).toEqual([null, 'BOUNDED', { min: 1 }]);
    expect(result.detail.distributed).toEqual({ min: 75_000, max: 100_000 });
  });

  it('never adds currencies without a table, and converts with an explicit table', () => {
    // Revenue USD 1,000.00 = 100,000 cents; the rest in AZN.
    const mixed = { ...summary, revenue: spent(100_000, 'USD') };
    const without = economicValueDistributed(mixed);
    expect([without.value, without.reason]).toEqual([null, 'MULTIPLE_CURRENCIES']);
    // USD→AZN 1.7 on 2021-12-31: 100,000 cents × 1.7 = 170,000 qəpik;
    // retained = 170,000 − 95,000 = 75,000.
    const fx = usdToAzn;
    const converted = economicValueDistributed(mixed, { fx });
    expect([converted.value, converted.currency]).toEqual([75_000, 'AZN']);
  });

  it('uses the publisher’s own equivalent before the exchange-rate table', () => {
    // Revenue USD 1,000.00 "or AZN 1,800.00": 180,000 − 95,000 = 85,000.
    const withEquivalent = {
      ...summary,
      revenue: {
        ...spent(100_000, 'USD'),
        equivalents: [{ amountMinor: 180_000, currency: 'AZN' as CurrencyCode }],
      },
    };
    const fx = usdToAzn;
    expect(economicValueDistributed(withEquivalent, { fx }).value).toBe(85_000);
  });

  it('never splits a cumulative figure into years, nor counts budgets', () => {
    const cumulative: FinancialSummary = {
      ...summary,
      paymentsToGovernments: {
        basis: 'cumulative',
        period: { start: '2016' },
        asOf: '2021',
        value: { amountMinor: 3_000_000, currency: 'AZN' },
        sourceIds: [],
      },
      communityInvestments: { ...spent(2_000), basis: 'budgeted' },
    };
    const result = economicValueDistributed(cumulative, year2021);
    expect([result.value, result.reason]).toEqual([null, 'MISSING_DATA']);
    expect(result.detail.components.map((c) => c.use)).toEqual([
      'counted',
      'counted',
      'counted',
      'counted',
      'cumulative',
      'notSpending',
    ]);
    expect(result.notes).toContain(
      'paymentsToGovernments: a cumulative total, never split into years.',
    );
  });

  it('leaves out amounts of other periods or across an end of the period', () => {
    const other = { ...summary, revenue: spent(100_000, 'AZN', '2020') };
    expect(economicValueDistributed(other, year2021).detail.components[0]?.use).toBe(
      'outsidePeriod',
    );
    const across = {
      ...summary,
      revenue: { ...spent(100_000), period: { start: '2021', end: '2022' } },
    };
    expect(economicValueDistributed(across, year2021).detail.components[0]?.use).toBe(
      'straddlesPeriod',
    );
  });

  it('refuses a malformed summary', () => {
    expect(() =>
      economicValueDistributed({ ...summary, revenue: spent(1.5) } as FinancialSummary),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    try {
      economicValueDistributed(
        { ...summary, revenue: spent(100_000, 'USD') },
        {
          fx: { currency: 'AZN', rates: [] } as FxTable,
        },
      );
    } catch (error) {
      expect(isImpactError(error, 'MISSING_FX_RATE')).toBe(true);
    }
  });
});
