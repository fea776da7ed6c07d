import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { makeProgram } from '../../../../test/fixtures/builders.js';
import type { Money } from '../../../core/money.js';
import type { ReportedAmountSchema } from '../../../model/reportedAmount.js';
import type { SpendSchema } from '../../../model/socialProgram.js';
import { programMoney } from './programMoney.js';

type ReportedAmount = z.input<typeof ReportedAmountSchema>;

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });

// The published phrasings of a gold miner's community fund, in cents (USD 1.00 = 100):
// USD 781,000 = 78,100,000; USD 12.388 million = 12,388,000 × 100 = 1,238,800,000;
// USD 27.6 million = 27,600,000 × 100 = 2,760,000,000.
const in2009: ReportedAmount = {
  basis: 'spent',
  period: { start: '2009' },
  value: usd(78_100_000),
  phrase: 'USD 781,000 in 2009',
  sourceIds: [],
};
const over2009to2013: ReportedAmount = {
  basis: 'spent',
  period: { start: '2009', end: '2013' },
  value: usd(1_238_800_000),
  phrase: 'USD 12.388 million over 2009-2013',
  sourceIds: [],
};
const toDate: ReportedAmount = {
  basis: 'cumulative',
  period: { start: '2009' },
  asOf: '2014',
  value: usd(2_760_000_000),
  phrase: 'USD 27.6 million to the development fund to date',
  sourceIds: [],
};

/** A program of 2009 to 2014 with the given amounts and flows. */
function fund(reportedAmounts: ReportedAmount[], spend: z.input<typeof SpendSchema>[] = []) {
  return makeProgram({
    id: 'fund',
    period: { start: '2009-01-01', end: '2014-12-31' },
    reportedAmounts,
    spend,
  });
}

const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

describe('programMoney: a spent amount and the report period', () => {
  it('counts an amount for a period inside the report period', () => {
    // "In 2009" covers 2009-01-01 to 2009-12-31, inside the report year 2009.
    const money = programMoney(fund([in2009]), year(2009));
    expect(money.counted.map((c) => [c.value, c.year, c.rateDate])).toEqual([
      [usd(78_100_000), '2009', '2009-12-31'],
    ]);
    expect(money.uses.map((u) => u.status)).toEqual(['counted']);
  });

  it('does not count an amount that straddles the report period, and never prorates it', () => {
    // 2009 to 2013 runs past the report year 2010 at both ends: not counted, not a fifth of it.
    const money = programMoney(fund([over2009to2013]), year(2010));
    expect(money.counted).toEqual([]);
    expect(money.uses.map((u) => u.status)).toEqual(['straddlesPeriod']);
  });

  it('leaves out an amount wholly outside the report period', () => {
    const money = programMoney(fund([in2009]), year(2011));
    expect(money.counted).toEqual([]);
    expect(money.uses).toEqual([]);
  });

  it('counts the wider of two nested amounts, and supersedes the narrower', () => {
    // Report period 2009-2013 holds both; 2009 lies within 2009-2013: only the USD 12.388 million.
    const money = programMoney(fund([in2009, over2009to2013]), {
      start: '2009-01-01',
      end: '2013-12-31',
    });
    expect(money.counted.map((c) => c.value)).toEqual([usd(1_238_800_000)]);
    expect(money.counted[0]?.year).toBe('2009/2013');
    expect(money.uses.map((u) => [u.index, u.status])).toEqual([
      [0, 'supersededByWider'],
      [1, 'counted'],
    ]);
  });

  it('counts the narrower amount when the wider one straddles the report period', () => {
    const money = programMoney(fund([in2009, over2009to2013]), year(2009));
    expect(money.counted.map((c) => c.value)).toEqual([usd(78_100_000)]);
    expect(money.uses.map((u) => u.status)).toEqual(['counted', 'straddlesPeriod']);
  });

  it('counts neither of two amounts whose periods overlap without one holding the other', () => {
    const first: ReportedAmount = { ...in2009, period: { start: '2009', end: '2010' } };
    const second: ReportedAmount = { ...in2009, period: { start: '2010', end: '2011' } };
    const inside: ReportedAmount = { ...in2009, period: { start: '2010-03' } };
    const money = programMoney(fund([first, second, inside]), {
      start: '2009-01-01',
      end: '2011-12-31',
    });
    expect(money.counted).toEqual([]);
    // March 2010 lies within both, which count neither: it is not superseded by a counted one.
    expect(money.uses.map((u) => u.status)).toEqual([
      'overlapsAnother',
      'overlapsAnother',
      'overlapsAnother',
    ]);
  });

  it('counts neither of two amounts for the same period', () => {
    const money = programMoney(fund([in2009, { ...in2009, value: usd(1) }]), year(2009));
    expect(money.counted).toEqual([]);
    expect(money.uses.map((u) => u.status)).toEqual(['overlapsAnother', 'overlapsAnother']);
  });
});

describe('programMoney: flows and reported amounts together', () => {
  const flows: z.input<typeof SpendSchema>[] = [
    { date: '2009-03-01', value: usd(10_000_000), kind: 'disbursement' },
    { date: '2009-07-01', value: usd(5_000_000), kind: 'expenditure' },
    { date: '2009-08-01', value: usd(99_999_999), kind: 'commitment' },
    { date: '2010-02-01', value: usd(2_000_000), kind: 'expenditure' },
  ];

  it('supersedes the flows within a counted amount, and counts the others', () => {
    // Report period 2009-2010: "in 2009" counts and holds the flows of March and July 2009; the
    // flow of February 2010 counts on its own; the commitment is never spending.
    const money = programMoney(fund([in2009], flows), { start: '2009-01-01', end: '2010-12-31' });
    expect(money.counted.map((c) => c.value)).toEqual([usd(2_000_000), usd(78_100_000)]);
    expect(money.superseded.map((f) => [f.index, f.date, f.byAmount])).toEqual([
      [0, '2009-03-01', 0],
      [1, '2009-07-01', 0],
    ]);
    expect(money.commitments).toBe(true);
  });

  it('counts the flows within an amount that is not counted', () => {
    // Report year 2009: "2009 to 2013" straddles it and is not counted, so the flows dated in 2009
    // are the only money of the year: USD 100,000.00 + USD 50,000.00.
    const money = programMoney(fund([over2009to2013], flows), year(2009));
    expect(money.counted.map((c) => c.value)).toEqual([usd(10_000_000), usd(5_000_000)]);
    expect(money.superseded).toEqual([]);
  });
});

describe('programMoney: what never counts', () => {
  it('reports a cumulative total apart, as of its day, never split into years', () => {
    // As of 2014, since 2009: it concerns the report year 2014 and no other.
    expect(programMoney(fund([toDate]), year(2014)).uses.map((u) => u.status)).toEqual([
      'cumulative',
    ]);
    expect(programMoney(fund([toDate]), year(2014)).counted).toEqual([]);
    expect(programMoney(fund([toDate]), year(2012)).uses).toEqual([]);
  });

  it('reports budgets and commitments apart', () => {
    // "A budget of 50 million soms or US$ 1.6 million": KGS 50,000,000 = 5,000,000,000 tyiyn;
    // USD 1,600,000 = 160,000,000 cents.
    const budget: ReportedAmount = {
      basis: 'budgeted',
      period: { start: '2013' },
      value: { amountMinor: 5_000_000_000, currency: 'KGS' },
      equivalents: [usd(160_000_000)],
      phrase: 'a budget of 50 million soms or US$ 1.6 million',
      sourceIds: [],
    };
    const committed: ReportedAmount = { ...budget, basis: 'committed' };
    const money = programMoney(fund([budget, committed]), year(2013));
    expect(money.counted).toEqual([]);
    expect(money.uses.map((u) => u.status)).toEqual(['notSpending', 'notSpending']);
  });

  it('reads an open-ended report period as running on', () => {
    const money = programMoney(fund([in2009, over2009to2013]), { start: '2009-01-01' });
    expect(money.counted.map((c) => c.value)).toEqual([usd(1_238_800_000)]);
  });
});
