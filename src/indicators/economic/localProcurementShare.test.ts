import { describe, expect, it } from 'vitest';
import { spent, usdToAzn, year2021 } from '../../../test/fixtures/economicAmounts.js';
import type { CurrencyCode } from '../../core/currencies.js';
import type { CompanyId, SiteId, SourceId } from '../../core/ids.js';
import type { ProcurementSummary } from '../../model/procurementSummary.js';
import { localProcurementShare } from './localProcurementShare.js';

const summary: ProcurementSummary = {
  id: 'proc-2021',
  companyId: 'miner' as CompanyId,
  siteId: 'site-a' as SiteId,
  localDefinition: 'suppliers registered in the district of the mine',
  total: spent(12_000_000, 'USD'),
  byLocality: [
    { locality: 'local', spend: spent(3_000_000, 'USD') },
    { locality: 'national', spend: spent(5_000_000, 'USD') },
    { locality: 'foreign', spend: spent(4_000_000, 'USD') },
  ],
  sourceIds: ['src-report' as SourceId],
};

describe('localProcurementShare', () => {
  it('gives the GRI 204-1 share: local spend / total procurement spend', () => {
    // 3,000,000 / 12,000,000 = 0.25; national 5/12, foreign 4/12 = 1/3.
    const result = localProcurementShare(summary, { period: year2021 });
    expect([result.value, result.ratio, result.keys]).toEqual([
      0.25,
      { numerator: 3_000_000, denominator: 12_000_000, value: 0.25 },
      { summaryId: 'proc-2021' },
    ]);
    expect(result.breakdown?.map((r) => [r.keys.locality, r.value])).toEqual([
      ['local', 0.25],
      ['national', 5 / 12],
      ['foreign', 1 / 3],
    ]);
    expect(result.definitions).toMatchObject({
      local: 'suppliers registered in the district of the mine',
      location: 'site-a',
    });
  });

  it('derives the total from the localities when none is published (GRI 204-1)', () => {
    // 3,000,000 / (3,000,000 + 5,000,000 + 4,000,000) = 0.25.
    const { total: _total, ...withoutTotal } = summary;
    expect(localProcurementShare(withoutTotal).value).toBe(0.25);
    const partial = { ...withoutTotal, byLocality: summary.byLocality.slice(0, 2) };
    // Local and national only, no total: 3,000,000 / 8,000,000 = 0.375 (every published locality).
    expect(localProcurementShare(partial).value).toBe(0.375);
  });

  it('keeps bounds as bounds', () => {
    // Local "over USD 25,000.00" = [2,500,001, ∞) cents of a total "up to USD 100,000.00" = [0, 10,000,000]:
    // from 2,500,001 / 10,000,000 = 0.2500001 to 1.
    const bounded: ProcurementSummary = {
      ...summary,
      total: { ...spent(0, 'USD'), value: { max: 10_000_000, currency: 'USD' as CurrencyCode } },
      byLocality: [
        {
          locality: 'local',
          spend: { ...spent(0, 'USD'), value: { min: 2_500_001, currency: 'USD' as CurrencyCode } },
        },
      ],
    };
    const result = localProcurementShare(bounded);
    expect([result.value, result.reason, result.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 0.2500001, max: 1 },
    ]);
  });

  it('never divides across currencies without a table, and converts with one', () => {
    const mixed = {
      ...summary,
      byLocality: [{ locality: 'local' as const, spend: spent(5_100_000, 'AZN') }],
    };
    expect(localProcurementShare(mixed)).toMatchObject({
      value: null,
      reason: 'MULTIPLE_CURRENCIES',
    });
    // Total USD 120,000.00 × 1.7 = AZN 204,000.00 = 20,400,000 qəpik; 5,100,000 / 20,400,000 = 0.25.
    expect(localProcurementShare(mixed, { fx: usdToAzn }).value).toBe(0.25);
  });

  it('gives ZERO_DENOMINATOR for a zero total and MISSING_DATA without local spend', () => {
    const zero = {
      ...summary,
      total: spent(0, 'USD'),
      byLocality: [{ locality: 'local' as const, spend: spent(0, 'USD') }],
    };
    expect(localProcurementShare(zero)).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
    const noLocal = { ...summary, byLocality: summary.byLocality.slice(1) };
    expect(localProcurementShare(noLocal)).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    // An amount for 2020 is not counted in 2021.
    const other = {
      ...summary,
      total: spent(12_000_000, 'USD', '2020'),
      byLocality: [{ locality: 'local' as const, spend: spent(1, 'USD', '2020') }],
    };
    expect(localProcurementShare(other, { period: year2021 }).reason).toBe('MISSING_DATA');
  });

  it('refuses a local spend above the total and a repeated locality', () => {
    const above = { ...summary, total: spent(1_000_000, 'USD') };
    expect(() => localProcurementShare(above)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const twice = {
      ...summary,
      byLocality: [summary.byLocality[0], summary.byLocality[0]],
    } as ProcurementSummary;
    expect(() => localProcurementShare(twice)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
