import { describe, expect, it } from 'vitest';
import { spent, usdToAzn, year2021 } from '../../../test/fixtures/economicAmounts.js';
import type { CompanyId, OrganizationId } from '../../core/ids.js';
import type { GovernmentPayment } from '../../model/governmentPayment.js';
import { paymentsToGovernments } from './paymentsToGovernments.js';

const payment = (id: string, fields: Partial<GovernmentPayment>): GovernmentPayment => ({
  id,
  companyId: 'miner' as CompanyId,
  stream: 'Corporate income tax',
  gfsCode: '1112E1',
  recipientId: 'tax-office' as OrganizationId,
  level: 'national',
  form: 'cash',
  country: 'AZ',
  amount: spent(1_000_000),
  ...fields,
});

const payments: GovernmentPayment[] = [
  payment('cit', {}),
  payment('royalty', {
    stream: 'Royalties',
    gfsCode: '1415E',
    amount: spent(250_000),
    siteId: 'site-a' as never,
  }),
  payment('local-fee', {
    stream: 'Land fee',
    gfsCode: undefined,
    recipientId: undefined,
    recipientName: 'District executive authority',
    level: 'subnational',
    amount: spent(50_000),
  }),
];

describe('paymentsToGovernments', () => {
  it('totals the payments of the period and lists each stream (EITI 4.1)', () => {
    // 1,000,000 + 250,000 + 50,000 = 1,300,000 qəpik (AZN 13,000.00).
    const result = paymentsToGovernments(payments, { period: year2021 });
    expect([result.value, result.currency]).toEqual([1_300_000, 'AZN']);
    expect(result.breakdown?.map((r) => [r.keys, r.value, r.count])).toEqual([
      [
        {
          stream: 'Corporate income tax',
          gfsCode: '1112E1',
          recipient: 'tax-office',
          level: 'national',
        },
        1_000_000,
        1,
      ],
      [
        {
          stream: 'Land fee',
          gfsCode: 'none',
          recipient: 'District executive authority',
          level: 'subnational',
        },
        50_000,
        1,
      ],
      [
        { stream: 'Royalties', gfsCode: '1415E', recipient: 'tax-office', level: 'national' },
        250_000,
        1,
      ],
    ]);
  });

  it('names the GFSM 2014 category of each code and the project (EITI 4.7)', () => {
    const rows = paymentsToGovernments(payments).detail.payments;
    expect(rows.map((r) => [r.paymentId, r.gfsCategory, r.project])).toEqual([
      ['cit', 'Payable by corporations and other enterprises', undefined],
      ['local-fee', undefined, undefined],
      ['royalty', 'Rent', 'site-a'],
    ]);
  });

  it('never sums across currencies without a table (GRI 207-4 per jurisdiction)', () => {
    const mixed = [...payments, payment('usd', { amount: spent(10_000, 'USD') })];
    const result = paymentsToGovernments(mixed);
    expect([result.value, result.reason]).toEqual([null, 'MULTIPLE_CURRENCIES']);
    expect(result.money).toEqual([
      { amountMinor: 1_300_000, currency: 'AZN' },
      { amountMinor: 10_000, currency: 'USD' },
    ]);
    // With USD→AZN 1.7: 10,000 cents × 1.7 = 17,000 qəpik; 1,300,000 + 17,000 = 1,317,000.
    expect(paymentsToGovernments(mixed, { fx: usdToAzn }).value).toBe(1_317_000);
  });

  it('keeps bounds as bounds', () => {
    // "Over AZN 100.00" = at least 10,001 qəpik, added to the exact 1,300,000: [1,310,001, ∞).
    const bounded = [
      ...payments,
      payment('bonus', {
        amount: { ...spent(0), value: { min: 10_001, currency: 'AZN' as never } },
      }),
    ];
    const result = paymentsToGovernments(bounded);
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 1_310_001 },
    ]);
  });

  it('lists a cumulative total apart, never split into years', () => {
    const since2016 = payment('since-2016', {
      amount: {
        basis: 'cumulative',
        period: { start: '2016' },
        asOf: '2021-08',
        value: { amountMinor: 3_160_000_000, currency: 'AZN' as never },
        sourceIds: [],
      },
    });
    const result = paymentsToGovernments([...payments, since2016], { period: year2021 });
    expect(result.value).toBe(1_300_000);
    expect(result.detail.notCounted).toEqual([{ paymentId: 'since-2016', use: 'cumulative' }]);
    expect(result.notes).toContain('Cumulative totals are listed apart, never split into years.');
  });

  it('filters by country and gives MISSING_DATA without payments', () => {
    expect(paymentsToGovernments(payments, { country: 'ML' })).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
    });
  });

  it('refuses a malformed payment or a repeated id', () => {
    expect(() => paymentsToGovernments([payment('x', { gfsCode: '9999' })])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => paymentsToGovernments([payment('x', {}), payment('x', {})])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
