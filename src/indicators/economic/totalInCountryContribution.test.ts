import { describe, expect, it } from 'vitest';
import { spent, usdToAzn, year2021 } from '../../../test/fixtures/economicAmounts.js';
import type { CompanyId, SourceId } from '../../core/ids.js';
import type { FinancialSummary } from '../../model/financialSummary.js';
import type { GovernmentPayment } from '../../model/governmentPayment.js';
import type { ProcurementSummary } from '../../model/procurementSummary.js';
import { totalInCountryContribution } from './totalInCountryContribution.js';

const financial: FinancialSummary = {
  id: 'fin-2021',
  companyId: 'miner' as CompanyId,
  wagesAndBenefits: spent(40_000),
  paymentsToGovernments: spent(99_999),
  communityInvestments: spent(10_000),
  sourceIds: ['src-fin' as SourceId],
};
const procurement: ProcurementSummary = {
  id: 'proc-2021',
  companyId: 'miner' as CompanyId,
  byLocality: [
    { locality: 'local', spend: spent(30_000) },
    { locality: 'national', spend: spent(70_000) },
  ],
  sourceIds: ['src-proc' as SourceId],
};
const payment = (id: string, amountMinor: number, country = 'AZ'): GovernmentPayment => ({
  id,
  companyId: 'miner' as CompanyId,
  stream: 'Taxes',
  level: 'national',
  form: 'cash',
  country,
  amount: spent(amountMinor),
});

describe('totalInCountryContribution', () => {
  it('adds wages, local procurement, payments to governments and community investment, each shown', () => {
    // Payment records of AZ: 15,000 + 5,000 = 20,000 (the record to ML is left out).
    // 40,000 + 30,000 + 20,000 + 10,000 = 100,000.
    const payments = [
      payment('tax', 15_000),
      payment('fee', 5_000),
      payment('abroad', 7_000, 'ML'),
    ];
    const result = totalInCountryContribution(
      { financial, procurement, payments },
      { period: year2021, country: 'AZ' },
    );
    expect([result.value, result.currency]).toEqual([100_000, 'AZN']);
    expect(result.breakdown?.map((r) => [r.keys.component, r.value])).toEqual([
      ['wagesAndBenefits', 40_000],
      ['localProcurement', 30_000],
      ['paymentsToGovernments', 20_000],
      ['communityInvestments', 10_000],
    ]);
    expect(result.detail.components[2]?.from).toBe('paymentRecords');
    expect(result.notes).toHaveLength(3);
  });

  it('takes payments to governments from the summary when there are no payment records', () => {
    // 40,000 + 30,000 + 99,999 + 10,000 = 179,999.
    const result = totalInCountryContribution({ financial, procurement });
    expect(result.value).toBe(179_999);
    expect(result.detail.components[2]?.from).toBe('financialSummary');
  });

  it('leaves the total unknown when a component is missing, showing the others', () => {
    const result = totalInCountryContribution({ financial });
    expect([result.value, result.reason, result.money]).toEqual([null, 'MISSING_DATA', undefined]);
    expect(result.notes[0]).toBe('localProcurement: not reported for the period.');
    expect(result.breakdown?.[0]?.value).toBe(40_000);
  });

  it('never adds currencies without a table; converts with one', () => {
    const usdWages = { ...financial, wagesAndBenefits: spent(10_000, 'USD') };
    expect(totalInCountryContribution({ financial: usdWages, procurement }).reason).toBe(
      'MULTIPLE_CURRENCIES',
    );
    // USD 100.00 × 1.7 = 17,000 qəpik; 17,000 + 30,000 + 99,999 + 10,000 = 156,999.
    expect(
      totalInCountryContribution({ financial: usdWages, procurement }, { fx: usdToAzn }).value,
    ).toBe(156_999);
  });

  it('keeps bounds as bounds', () => {
    // Wages "over AZN 300.00" = [30,001, ∞) + 30,000 + 99,999 + 10,000 = [170,000, ∞).
    const bounded = {
      ...financial,
      wagesAndBenefits: { ...spent(0), value: { min: 30_001, currency: 'AZN' as never } },
    };
    expect(totalInCountryContribution({ financial: bounded, procurement })).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 170_000 },
    });
  });
});
