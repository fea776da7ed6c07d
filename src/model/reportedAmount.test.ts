import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import {
  isMoneyBounds,
  MoneyBoundsSchema,
  ReportedAmountSchema,
  ReportedPeriodSchema,
  reportedAmountDays,
} from './reportedAmount.js';

// The published phrasings, in minor units: USD 781,000 = 78,100,000 cents; USD 12.388 million =
// 12,388,000 × 100 = 1,238,800,000; USD 27.6 million = 2,760,000,000; 50 million soms =
// 5,000,000,000 tyiyn; US$ 1.6 million = 160,000,000 cents.
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

describe('ReportedAmountSchema', () => {
  it('accepts the four bases with the published words', () => {
    accepts(ReportedAmountSchema, {
      basis: 'spent',
      period: { start: '2009' },
      value: usd(78_100_000),
      phrase: 'USD 781,000 in 2009',
      sourceIds: ['src-2009'],
    });
    accepts(ReportedAmountSchema, {
      basis: 'spent',
      period: { start: '2009', end: '2013' },
      value: usd(1_238_800_000),
      phrase: 'USD 12.388 million over 2009-2013',
      sourceIds: [],
    });
    const toDate = accepts(ReportedAmountSchema, {
      basis: 'cumulative',
      period: { start: '2009' },
      asOf: '2014-04',
      value: usd(2_760_000_000),
      phrase: 'USD 27.6 million to the development fund to date',
      recipientId: 'development-fund',
      sourceIds: [],
    });
    expect(toDate.basis === 'cumulative' && toDate.asOf).toBe('2014-04');
    const budget = accepts(ReportedAmountSchema, {
      basis: 'budgeted',
      period: { start: '2013' },
      value: { amountMinor: 5_000_000_000, currency: 'KGS' },
      equivalents: [usd(160_000_000)],
      phrase: 'a budget of 50 million soms or US$ 1.6 million',
      sourceIds: [],
    });
    expect(budget.equivalents).toEqual([usd(160_000_000)]);
    accepts(ReportedAmountSchema, {
      basis: 'committed',
      period: { start: '2013-05', end: '2013-05-31' },
      value: { min: 100_000_001, currency: 'USD', phrase: 'over USD 1 million' },
      sourceIds: [],
    });
  });

  it('asks a cumulative amount, and only it, for asOf; its period has no end', () => {
    const base = { period: { start: '2009' }, value: usd(1), sourceIds: [] };
    rejects(ReportedAmountSchema, { ...base, basis: 'cumulative' }, ['asOf'], 'invalid_type');
    rejects(
      ReportedAmountSchema,
      { ...base, basis: 'spent', asOf: '2014' },
      [],
      'unrecognized_keys',
    );
    rejects(
      ReportedAmountSchema,
      { ...base, basis: 'cumulative', asOf: '2014', period: { start: '2009', end: '2013' } },
      ['period'],
      'unrecognized_keys',
    );
    rejects(ReportedAmountSchema, { ...base, basis: 'estimated' }, ['basis'], 'invalid_union');
  });

  it('rejects a period ending before it starts, an invented precision and float money', () => {
    const base = { basis: 'spent', value: usd(1), sourceIds: [] };
    rejects(
      ReportedAmountSchema,
      { ...base, period: { start: '2013', end: '2009' } },
      ['period', 'end'],
      'period.end_before_start',
    );
    rejects(
      ReportedAmountSchema,
      { ...base, period: { start: '2009-13' } },
      ['period', 'start'],
      'invalid_format',
    );
    expect(
      ReportedAmountSchema.safeParse({
        ...base,
        period: { start: '2009' },
        value: { amountMinor: 1.5, currency: 'USD' },
      }).success,
    ).toBe(false);
  });
});

describe('ReportedPeriodSchema', () => {
  it('compares the ends as written: a year before a month of it, never the reverse', () => {
    // '2009' <= '2009-06' as strings: January 2009 to June 2009.
    expect(ReportedPeriodSchema.safeParse({ start: '2009', end: '2009-06' }).success).toBe(true);
    expect(ReportedPeriodSchema.safeParse({ start: '2009-06', end: '2009' }).success).toBe(false);
  });
});

describe('MoneyBoundsSchema', () => {
  it('needs a bound, ordered, non-negative, in integer minor units', () => {
    accepts(MoneyBoundsSchema, {
      max: 5_000_000_000,
      currency: 'KGS',
      phrase: 'up to 50 million soms',
    });
    rejects(MoneyBoundsSchema, { currency: 'USD' }, [], 'bounds.empty');
    rejects(
      MoneyBoundsSchema,
      { min: 2, max: 1, currency: 'USD' },
      ['max'],
      'bounds.min_above_max',
    );
    rejects(MoneyBoundsSchema, { min: -1, currency: 'USD' }, ['min'], 'too_small');
    rejects(MoneyBoundsSchema, { min: 0.5, currency: 'USD' }, ['min'], 'invalid_type');
  });

  it('is told apart from exact money', () => {
    expect(isMoneyBounds({ min: 1, currency: 'USD' })).toBe(true);
    expect(isMoneyBounds({ amountMinor: 1, currency: 'USD' })).toBe(false);
  });
});

describe('reportedAmountDays', () => {
  const value = usd(1);
  it('covers every day of the years, months or days published', () => {
    expect(
      reportedAmountDays({ basis: 'spent', period: { start: '2009' }, value, sourceIds: [] }),
    ).toEqual({
      start: '2009-01-01',
      end: '2009-12-31',
    });
    expect(
      reportedAmountDays({
        basis: 'budgeted',
        period: { start: '2024-02', end: '2024-03-15' },
        value,
        sourceIds: [],
      }),
    ).toEqual({ start: '2024-02-01', end: '2024-03-15' });
    // Cumulative: from the start to the last day of asOf (April 2014 has 30 days).
    expect(
      reportedAmountDays({
        basis: 'cumulative',
        period: { start: '2009' },
        asOf: '2014-04',
        value,
        sourceIds: [],
      }),
    ).toEqual({ start: '2009-01-01', end: '2014-04-30' });
  });
});
