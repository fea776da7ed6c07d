// communityInvestment with amounts reported for a period, the publisher's own equivalents, bounds,
// "not stated" and further categories. The amounts are the published phrasings of a gold miner's
// community fund; the programs around them are made up for the tests.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { propertyRuns } from '../../../test/fixtures/propertyRuns.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Money } from '../../core/money.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import type { ReportedAmountSchema } from '../../model/reportedAmount.js';
import type { SocialProgramSchema } from '../../model/socialProgram.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityInvestment, communityInvestmentIndicator } from './communityInvestment.js';

type ReportedAmount = z.input<typeof ReportedAmountSchema>;
type ProgramInput = Partial<z.input<typeof SocialProgramSchema>>;

const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });
const kgs = (amountMinor: number): Money => ({ amountMinor, currency: 'KGS' });
const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });

// USD 781,000 = 78,100,000 cents; USD 12.388 million = 1,238,800,000 cents; USD 27.6 million =
// 2,760,000,000 cents; 50 million soms = 5,000,000,000 tyiyn; US$ 1.6 million = 160,000,000 cents.
const in2009: ReportedAmount = {
  basis: 'spent',
  period: { start: '2009' },
  value: usd(78_100_000),
  phrase: 'USD 781,000 in 2009',
  sourceIds: ['src-2009'],
};
const over2009to2013: ReportedAmount = {
  basis: 'spent',
  period: { start: '2009', end: '2013' },
  value: usd(1_238_800_000),
  phrase: 'USD 12.388 million over 2009-2013',
  sourceIds: ['src-2013'],
};
const toDate: ReportedAmount = {
  basis: 'cumulative',
  period: { start: '2009' },
  asOf: '2014',
  value: usd(2_760_000_000),
  phrase: 'USD 27.6 million to the development fund to date',
  sourceIds: ['src-2014'],
};
const budget: ReportedAmount = {
  basis: 'budgeted',
  period: { start: '2013' },
  value: kgs(5_000_000_000),
  equivalents: [usd(160_000_000)],
  phrase: 'a budget of 50 million soms or US$ 1.6 million',
  sourceIds: ['src-2013'],
};

const fundInput: ProgramInput = {
  id: 'fund',
  period: { start: '2009-01-01' },
  locations: [{ locationId: 'AZ-DAS' }],
  reportedAmounts: [in2009, over2009to2013, toDate, budget],
};
const fund = makeProgram(fundInput);

describe('communityInvestment with reported amounts: the worked examples', () => {
  it('in 2009: counts "USD 781,000 in 2009"; the 2009-2013 total runs past the year', () => {
    const investment = communityInvestment([fund], { period: year(2009), gazetteer: azGazetteer });
    expect([investment.value, investment.currency]).toEqual([78_100_000, 'USD']);
    expect(investment.detail.reportedAmounts.map((u) => [u.index, u.status])).toEqual([
      [0, 'counted'],
      [1, 'straddlesPeriod'],
    ]);
    expect(investment.notes).toEqual([
      'Amounts reported for a period inside the report period count as spending: fund: USD 781,000.00 in 2009 ("USD 781,000 in 2009").',
      'Amounts spent over a period that runs across an end of the report period are not counted and never prorated: fund: USD 12,388,000.00 from 2009 to 2013 ("USD 12.388 million over 2009-2013").',
    ]);
    expect(investment.breakdown?.filter((r) => 'year' in r.keys).map((r) => r.keys.year)).toEqual([
      '2009',
    ]);
    expect(investment.sourceIds).toEqual(['src-1', 'src-2009']);
    expect(IndicatorResultSchema.safeParse(investment).success).toBe(true);
  });

  it('over 2009-2013: the period total counts once, under its span of years, never split', () => {
    const investment = communityInvestment([fund], {
      period: { start: '2009-01-01', end: '2013-12-31' },
      gazetteer: azGazetteer,
    });
    // USD 12,388,000.00, not 12,388,000.00 + 781,000.00: the 2009 amount lies within it.
    expect(investment.value).toBe(1_238_800_000);
    expect(investment.breakdown?.filter((r) => 'year' in r.keys).map((r) => r.keys.year)).toEqual([
      '2009/2013',
    ]);
    expect(investment.detail.reportedAmounts.map((u) => u.status)).toEqual([
      'supersededByWider',
      'counted',
      'notSpending',
    ]);
    expect(investment.notes).toContain(
      'Reported amounts within a wider reported total that counts are not counted again: fund: USD 781,000.00 in 2009 ("USD 781,000 in 2009").',
    );
    expect(investment.notes).toContain(
      'Budgets and commitments are not spending and are reported apart: fund: KGS 50,000,000.00 in 2013 ("a budget of 50 million soms or US$ 1.6 million").',
    );
    expect(investment.notes).toContain(
      'Amounts reported for several years are shown under their span of years (first/last), never split into years: fund.',
    );
  });

  it('in 2014: "USD 27.6 million to date" is reported apart, since 2009 as of 2014', () => {
    const investment = communityInvestment([fund], { period: year(2014), gazetteer: azGazetteer });
    expect([investment.value, investment.reason]).toEqual([null, 'MISSING_DATA']);
    expect(investment.detail.reportedAmounts.map((u) => u.status)).toEqual(['cumulative']);
    expect(investment.notes).toEqual([
      'No disbursement or expenditure counts in the period.',
      'Cumulative totals are reported apart, since their start and as of their day, never split into years: fund: USD 27,600,000.00 since 2009, as of 2014 ("USD 27.6 million to the development fund to date").',
    ]);
  });

  it('supersedes the flows within a counted amount and names them', () => {
    const withFlows = makeProgram({
      ...fundInput,
      reportedAmounts: [in2009],
      spend: [
        { date: '2009-03-01', value: usd(10_000_000), kind: 'disbursement' },
        { date: '2010-02-01', value: usd(2_000_000), kind: 'expenditure' },
      ],
    });
    const investment = communityInvestment([withFlows], {
      period: { start: '2009-01-01', end: '2010-12-31' },
      gazetteer: azGazetteer,
    });
    // 78,100,000 (2009, holding the flow of March 2009) + 2,000,000 (February 2010) = 80,100,000.
    expect(investment.value).toBe(80_100_000);
    expect(investment.detail.supersededFlows).toEqual([
      { programId: 'fund', index: 0, date: '2009-03-01', value: usd(10_000_000), byAmount: 0 },
    ]);
    expect(investment.notes).toContain(
      'Flows within the period of a reported amount that counts are held by it and not counted again: fund (2009-03-01).',
    );
    expect(
      investment.breakdown?.filter((r) => 'year' in r.keys).map((r) => [r.keys.year, r.value]),
    ).toEqual([
      ['2009', 78_100_000],
      ['2010', 2_000_000],
    ]);
  });
});

describe('communityInvestment with the publisher’s own equivalents', () => {
  const spentInSoms = makeProgram({
    id: 'roads',
    period: { start: '2013-01-01', end: '2013-12-31' },
    reportedAmounts: [{ ...budget, basis: 'spent', phrase: '50 million soms (US$ 1.6 million)' }],
  });
  const flowInput: ProgramInput = {
    id: 'school',
    period: { start: '2013-01-01', end: '2013-12-31' },
    spend: [{ date: '2013-06-01', value: kgs(1_000_000), kind: 'expenditure' }],
  };
  const flowInSoms = makeProgram(flowInput);
  const rates = [{ from: 'KGS' as const, to: 'USD' as const, rate: '0.0205', date: '2013-01-01' }];

  it('uses the equivalent in the table’s currency before any rate, and says so', () => {
    const investment = communityInvestment([spentInSoms, flowInSoms], {
      period: year(2013),
      gazetteer: azGazetteer,
      fx: { currency: 'USD', rates },
    });
    // Roads: the published US$ 1.6 million = 160,000,000 cents (not 50 million soms × 0.0205 =
    // USD 1,025,000.00). School: KGS 10,000.00 × 0.0205 = USD 205.00 = 20,500 cents.
    // Total 160,000,000 + 20,500 = 160,020,500.
    expect([investment.value, investment.currency]).toEqual([160_020_500, 'USD']);
    expect(investment.detail.equivalentsUsed).toEqual([
      { programId: 'roads', value: kgs(5_000_000_000), equivalent: usd(160_000_000) },
    ]);
    expect(investment.detail.ratesUsed.map((r) => r.date)).toEqual(['2013-01-01']);
    expect(investment.notes).toContain(
      'The publisher’s own equivalents are used instead of the exchange-rate table: roads: KGS 50,000,000.00 as USD 1,600,000.00.',
    );
  });

  it('uses an equivalent on a flow too', () => {
    const flow = makeProgram({
      ...flowInput,
      spend: [
        {
          date: '2013-06-01',
          value: kgs(1_000_000),
          kind: 'expenditure',
          equivalents: [usd(21_000)],
        },
      ],
    });
    const investment = communityInvestment([flow], {
      period: year(2013),
      gazetteer: azGazetteer,
      fx: { currency: 'USD', rates },
    });
    // The published USD 210.00 = 21,000 cents, not the table's USD 205.00.
    expect(investment.value).toBe(21_000);
    expect(investment.detail.ratesUsed).toEqual([]);
  });

  it('needs a rate when no equivalent is in the table’s currency', () => {
    // The roads amount has a USD equivalent only; to AZN there is no rate for KGS.
    expect(() =>
      communityInvestment([spentInSoms], {
        period: year(2013),
        gazetteer: azGazetteer,
        fx: { currency: 'AZN', rates: [] },
      }),
    ).toThrow(ImpactError);
  });

  it('converts a reported amount at the latest rate on or before its last day', () => {
    const dollars = makeProgram({
      id: 'dollars',
      period: { start: '2013-01-01', end: '2013-12-31' },
      reportedAmounts: [{ ...in2009, period: { start: '2013' }, value: usd(100) }],
    });
    const investment = communityInvestment([dollars], {
      period: year(2013),
      gazetteer: azGazetteer,
      fx: {
        currency: 'AZN',
        rates: [
          { from: 'USD', to: 'AZN', rate: '1.7', date: '2013-06-30' },
          { from: 'USD', to: 'AZN', rate: '1.8', date: '2014-01-01' },
        ],
      },
    });
    // The last day of 2013 is 2013-12-31: the rate of 2013-06-30 applies, USD 1.00 × 1.7 = AZN 1.70.
    expect([investment.value, investment.currency]).toEqual([170, 'AZN']);
  });
});

describe('communityInvestment with amounts published as bounds', () => {
  it('gives bounds, never a central figure', () => {
    // "Over USD 1 million in 2009": at least USD 1,000,000.01 = 100,000,001 cents; and a flow of
    // USD 100.00 = 10,000 cents. The total is at least 100,000,001 + 10,000 = 100,010,001, no max.
    const over = makeProgram({
      id: 'over',
      period: { start: '2009-01-01', end: '2009-12-31' },
      reportedAmounts: [
        {
          ...in2009,
          value: { min: 100_000_001, currency: 'USD', phrase: 'over USD 1 million' },
        },
      ],
    });
    const flow = makeProgram({
      id: 'flow',
      period: { start: '2009-01-01', end: '2009-12-31' },
      spend: [{ date: '2009-05-01', value: usd(10_000), kind: 'expenditure' }],
    });
    const investment = communityInvestment([over, flow], {
      period: year(2009),
      gazetteer: azGazetteer,
    });
    expect([investment.value, investment.reason, investment.currency]).toEqual([
      null,
      'BOUNDED',
      'USD',
    ]);
    expect(investment.bounds).toEqual({ min: 100_010_001 });
    expect(investment.detail.total).toEqual([usd(10_000)]);
    expect(investment.detail.bounded).toEqual([{ min: 100_000_001, currency: 'USD' }]);
    expect(investment.detail.programIds).toEqual(['flow', 'over']);
    expect(investment.notes).toContain(
      'Some amounts are published as bounds, so the total is bounds, not one figure; bounded amounts: at least USD 1,000,000.01.',
    );
    expect(IndicatorResultSchema.safeParse(investment).success).toBe(true);
  });

  it('adds an upper bound when every bounded amount has one', () => {
    // Between USD 1.00 and USD 2.00 (100 to 200 cents), and USD 0.50 exact: 150 to 250.
    const between = makeProgram({
      id: 'between',
      period: { start: '2009-01-01', end: '2009-12-31' },
      reportedAmounts: [{ ...in2009, value: { min: 100, max: 200, currency: 'USD' } }],
      spend: [{ date: '2010-05-01', value: usd(50), kind: 'expenditure' }],
    });
    const investment = communityInvestment([between], {
      period: { start: '2009-01-01', end: '2010-12-31' },
      gazetteer: azGazetteer,
    });
    expect(investment.bounds).toEqual({ min: 150, max: 250 });
  });

  it('keeps currencies apart: bounds in one currency and money in another', () => {
    const between = makeProgram({
      id: 'between',
      period: { start: '2009-01-01', end: '2009-12-31' },
      reportedAmounts: [{ ...in2009, value: { min: 100, max: 200, currency: 'USD' } }],
      spend: [{ date: '2010-05-01', value: kgs(50), kind: 'expenditure' }],
    });
    const investment = communityInvestment([between], {
      period: { start: '2009-01-01', end: '2010-12-31' },
      gazetteer: azGazetteer,
    });
    expect([investment.value, investment.reason, investment.bounds]).toEqual([
      null,
      'MULTIPLE_CURRENCIES',
      undefined,
    ]);
  });
});

describe('communityInvestment: not stated, and further categories', () => {
  it('puts money whose obligation and form are not stated in their own rows', () => {
    const silent = makeProgram({
      id: 'silent',
      obligation: 'notStated',
      form: 'notStated',
      spend: [{ date: '2024-05-01', value: usd(500), kind: 'expenditure' }],
    });
    const investment = communityInvestment([silent], {
      period: year(2024),
      gazetteer: azGazetteer,
    });
    const keyed = (dimension: string) =>
      investment.breakdown
        ?.filter((r) => dimension in r.keys)
        .map((r) => [r.keys[dimension], r.value]);
    expect(keyed('obligation')).toEqual([['notStated', 500]]);
    expect(keyed('form')).toEqual([['notStated', 500]]);
    expect(investment.notes).toContain(
      'Money of programs whose sources do not say cash or in kind is shown as notStated.',
    );
    expect(investment.notes).toContain(
      'Programs whose sources do not say whether they are mandatory or voluntary are counted as community investment (nothing says they are mandatory) and shown as notStated: silent.',
    );
  });

  it('counts a program under its primary category only, and says so', () => {
    const school = makeProgram({
      id: 'school',
      category: 'education',
      categories: ['infrastructure', 'sportsAndHealth'],
      spend: [{ date: '2024-05-01', value: usd(500), kind: 'expenditure' }],
    });
    const investment = communityInvestment([school], {
      period: year(2024),
      gazetteer: azGazetteer,
    });
    expect(
      investment.breakdown
        ?.filter((r) => 'category' in r.keys)
        .map((r) => [r.keys.category, r.value]),
    ).toEqual([['education', 500]]);
    expect(investment.notes).toContain(
      'Programs with further categories count under their primary category only, so the categories add up to the total: school.',
    );
  });
});

describe('communityInvestment on a dataset with reported amounts', () => {
  it('is computed when programs report amounts but record no flow', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({
      ...p,
      spend: [],
      reportedAmounts: [{ ...in2009, period: { start: '2024' } }],
    }));
    const outcome = communityInvestmentIndicator.fromDataset(
      contextOf({ ...dataset, programs }, { asOf: '2024-12-31' }),
    );
    // The base dataset's report period is 2024: USD 781,000 "in 2024" counts.
    expect(outcome).toMatchObject([{ value: 78_100_000, currency: 'USD' }]);
  });
});

describe('communityInvestment with reported amounts: properties', () => {
  const yearOf = fc.integer({ min: 2008, max: 2012 });
  const amount = fc
    .tuple(yearOf, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 1_000_000 }))
    .map(([first, span, cents]) => ({
      basis: 'spent' as const,
      period: { start: String(first), end: String(first + span) },
      value: usd(cents),
      sourceIds: [],
    }));
  const flow = fc
    .tuple(yearOf, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1_000_000 }))
    .map(([y, month, cents]) => ({
      date: `${y}-${String(month).padStart(2, '0')}-15`,
      value: usd(cents),
      kind: 'expenditure' as const,
    }));

  test.prop(
    [fc.array(amount, { maxLength: 4 }), fc.array(flow, { maxLength: 6 }), yearOf, yearOf],
    { numRuns: propertyRuns(200) },
  )(
    'counts each dollar once: counted amounts plus the flows they do not hold',
    (amounts, flows, a, b) => {
      const [first, last] = a <= b ? [a, b] : [b, a];
      const period = { start: `${first}-01-01`, end: `${last}-12-31` };
      const program = makeProgram({
        id: 'p',
        period: { start: '2008-01-01' },
        reportedAmounts: amounts,
        spend: flows,
      });
      const investment = communityInvestment([program], { period, gazetteer: azGazetteer });
      const counted = investment.detail.reportedAmounts.filter((u) => u.status === 'counted');
      // Every generated amount is spent, from one year to another: its last year is its end.
      const endOf = (u: (typeof counted)[number]) =>
        'end' in u.amount.period ? (u.amount.period.end ?? '') : '';
      const held = (date: string) =>
        counted.some(
          (u) => `${u.amount.period.start}-01-01` <= date && date <= `${endOf(u)}-12-31`,
        );
      const free = flows.filter(
        (f) => f.date >= period.start && f.date <= period.end && !held(f.date),
      );
      const expected =
        counted.reduce((sum, u) => sum + (u.amount.value as Money).amountMinor, 0) +
        free.reduce((sum, f) => sum + f.value.amountMinor, 0);
      expect(investment.detail.total.reduce((sum, m) => sum + m.amountMinor, 0)).toBe(expected);
      // No two counted amounts share a day, and the year rows add up to the total.
      for (const [i, x] of counted.entries())
        for (const y of counted.slice(i + 1))
          expect(endOf(x) < y.amount.period.start || endOf(y) < x.amount.period.start).toBe(true);
      const years = (investment.breakdown ?? []).filter((r) => 'year' in r.keys);
      expect(years.reduce((sum, r) => sum + (r.value ?? 0), 0)).toBe(expected);
      expect(investment.detail.supersededFlows).toHaveLength(
        flows.filter((f) => f.date >= period.start && f.date <= period.end).length - free.length,
      );
    },
  );
});
