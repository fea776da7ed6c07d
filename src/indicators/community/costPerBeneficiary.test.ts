import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import { costPerBeneficiary, costPerBeneficiaryIndicator } from './costPerBeneficiary.js';

const year = { start: '2024-01-01', end: '2024-12-31' };
const azn = (amountMinor: number) => ({ amountMinor, currency: 'AZN' as const });

describe('costPerBeneficiary: the catalog entry', () => {
  it('is community.costPerBeneficiary, unit money, rows by program and currency', () => {
    expect(IndicatorCatalogEntrySchema.parse(costPerBeneficiaryIndicator.entry)).toMatchObject({
      id: 'community.costPerBeneficiary',
      family: 'community',
      functionName: 'costPerBeneficiary',
      unit: 'money',
      results: 'one',
      dimensions: ['program', 'currency'],
    });
    expect(costPerBeneficiaryIndicator.compute).toBe(costPerBeneficiary);
    expect(communityIndicators).toContain(costPerBeneficiaryIndicator);
  });
});

describe('costPerBeneficiary', () => {
  it('divides spending by beneficiaries per program and overall', () => {
    const programs = [
      makeProgram({
        id: 'a',
        beneficiaries: { count: 40, unit: 'person', estimated: false },
        spend: [
          { date: '2024-03-01', value: azn(80_000), kind: 'expenditure' },
          { date: '2024-04-01', value: azn(20_000), kind: 'disbursement' },
          { date: '2024-05-01', value: azn(999_999), kind: 'commitment' },
        ],
      }),
      makeProgram({
        id: 'b',
        beneficiaries: { count: 60, unit: 'person', estimated: false },
        spend: [{ date: '2024-06-01', value: azn(50_000), kind: 'expenditure' }],
      }),
    ];
    const result = costPerBeneficiary(programs, { period: year });
    // a: (80,000 + 20,000) / 40 = 2,500 minor units (AZN 25.00); b: 50,000 / 60 = 833.33 → 833.
    expect(result.breakdown?.map((r) => [r.keys, r.value, r.count, r.money])).toEqual([
      [{ program: 'a', currency: 'AZN' }, 2500, 40, [azn(2500)]],
      [{ program: 'b', currency: 'AZN' }, 833, 60, [azn(833)]],
    ]);
    // Overall: 150,000 / (40 + 60) = 1,500 minor units, in AZN.
    expect(result.money).toEqual([azn(1500)]);
    expect([result.value, result.currency]).toEqual([1500, 'AZN']);
    expect(result.reason).toBeUndefined();
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.notes).toHaveLength(1);
  });

  it('keeps currencies apart', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: { count: 10, unit: 'person', estimated: false },
      spend: [
        { date: '2024-03-01', value: azn(10_000), kind: 'expenditure' },
        { date: '2024-03-01', value: { amountMinor: 5_000, currency: 'USD' }, kind: 'expenditure' },
      ],
    });
    // AZN: 10,000 / 10 = 1,000; USD: 5,000 / 10 = 500.
    const result = costPerBeneficiary([program], { period: year });
    expect(result.money).toEqual([azn(1000), { amountMinor: 500, currency: 'USD' }]);
    expect(result).toMatchObject({ value: null, reason: 'MULTIPLE_CURRENCIES' });
    expect(result.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ program: 'a', currency: 'AZN' }, 1000],
      [{ program: 'a', currency: 'USD' }, 500],
    ]);
  });

  it('lists the overall figures in currency order whatever the order of the programs', () => {
    const programs = [
      makeProgram({
        id: 'usd',
        beneficiaries: { count: 10, unit: 'person', estimated: false },
        spend: [
          {
            date: '2024-03-01',
            value: { amountMinor: 5_000, currency: 'USD' },
            kind: 'expenditure',
          },
        ],
      }),
      makeProgram({
        id: 'azn',
        beneficiaries: { count: 20, unit: 'person', estimated: false },
        spend: [{ date: '2024-03-01', value: azn(10_000), kind: 'expenditure' }],
      }),
    ];
    // USD first in the input; AZN: 10,000 / 20 = 500; USD: 5,000 / 10 = 500, AZN before USD.
    expect(costPerBeneficiary(programs, { period: year }).money).toEqual([
      azn(500),
      { amountMinor: 500, currency: 'USD' },
    ]);
  });
});

describe('costPerBeneficiary: bounded counts', () => {
  it('gives no overall figure when one count of the currency has no upper bound', () => {
    const programs = [
      makeProgram({
        id: 'a',
        beneficiaries: { count: 10, unit: 'person', estimated: false },
        spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'expenditure' }],
      }),
      makeProgram({
        id: 'b',
        beneficiaries: { count: { min: 0 }, unit: 'person', estimated: true },
        spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'expenditure' }],
      }),
    ];
    const result = costPerBeneficiary(programs, { period: year });
    // Beneficiaries: 10 + (0 to no maximum) = at least 10, no maximum: the overall cost is not
    // known (2,000 over an unknown number), so no money and reason BOUNDED.
    expect(result.money).toEqual([]);
    expect(result.reason).toBe('BOUNDED');
    // At most 2,000 / 10 = 200 per beneficiary; at least 0 (no maximum count).
    expect(result.bounds).toEqual({ min: 0, max: 200 });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('bounds the cost when the count is bounded', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: {
        count: { min: 200, max: 999, phrase: 'hundreds' },
        unit: 'person',
        estimated: true,
      },
      spend: [{ date: '2024-03-01', value: azn(999_000), kind: 'expenditure' }],
    });
    const result = costPerBeneficiary([program], { period: year });
    // 999,000 / 999 = 1,000 at least; 999,000 / 200 = 4,995 at most (minor units).
    expect(result.breakdown?.[0]?.bounds).toEqual({ min: 1000, max: 4995 });
    expect(result.breakdown?.[0]).toMatchObject({ value: null, reason: 'BOUNDED' });
    expect(result.money).toEqual([]);
    expect(result.reason).toBe('BOUNDED');
    // The one program is the whole: the same bounds overall.
    expect(result.bounds).toEqual({ min: 1000, max: 4995 });
  });

  it('has no upper bound when the minimum count is 0 and no lower bound above 0 without a maximum', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: { count: { max: 50 }, unit: 'person', estimated: true },
      spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'expenditure' }],
    });
    // At least 1,000 / 50 = 20; no upper bound (the count may be 0).
    expect(costPerBeneficiary([program], { period: year }).breakdown?.[0]?.bounds).toEqual({
      min: 20,
    });
    const open = makeProgram({
      id: 'b',
      beneficiaries: { count: { min: 10 }, unit: 'person', estimated: true },
      spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'expenditure' }],
    });
    // At most 1,000 / 10 = 100; at least 0.
    expect(costPerBeneficiary([open], { period: year }).breakdown?.[0]?.bounds).toEqual({
      min: 0,
      max: 100,
    });
  });
});

describe('costPerBeneficiary: no beneficiaries, no spending', () => {
  it('gives ZERO_DENOMINATOR for a program with no beneficiaries', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: { count: 0, unit: 'person', estimated: false },
      spend: [{ date: '2024-03-01', value: azn(1_000), kind: 'expenditure' }],
    });
    const result = costPerBeneficiary([program], { period: year });
    expect(result.breakdown?.[0]?.reason).toBe('ZERO_DENOMINATOR');
    expect(result.breakdown?.[0]?.value).toBeNull();
    expect(result.money).toEqual([]);
    // AZN 10.00 over nobody: no overall figure either.
    expect(result).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
  });

  it('is MISSING_DATA without beneficiary counts, or without spending', () => {
    expect(costPerBeneficiary([makeProgram()], { period: year }).reason).toBe('MISSING_DATA');
    const unspent = makeProgram({ beneficiaries: { count: 5, unit: 'person', estimated: false } });
    const result = costPerBeneficiary([unspent], { period: year });
    expect(result).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(result.breakdown).toEqual([]);
  });
});

describe('costPerBeneficiary (regressions)', () => {
  it('orders the bounds of a negative total (refunds above payments)', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: { count: { min: 200, max: 400 }, unit: 'person', estimated: true },
      spend: [{ date: '2024-03-01', value: azn(-100_000), kind: 'disbursement' }],
    });
    // −100,000 over the most (400) = −250; over the fewest (200) = −500: −500 .. −250.
    const [row] = costPerBeneficiary([program], { period: year }).breakdown ?? [];
    expect(row?.bounds).toEqual({ min: -500, max: -250 });
  });

  it('leaves a negative total unbounded below when nobody may have benefited', () => {
    const program = makeProgram({
      id: 'a',
      beneficiaries: { count: { max: 400 }, unit: 'person', estimated: true },
      spend: [{ date: '2024-03-01', value: azn(-100_000), kind: 'disbursement' }],
    });
    // Over the most: −100,000 / 400 = −250; over none: no limit.
    const [row] = costPerBeneficiary([program], { period: year }).breakdown ?? [];
    expect(row?.bounds).toEqual({ max: -250 });
  });

  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    expect(() =>
      costPerBeneficiary([], { period: { start: '2024-12-31', end: '2024-01-01' } }),
    ).toThrow('[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01');
  });

  it('throws INVALID_DATE for a period with a malformed end', () => {
    expect(() =>
      costPerBeneficiary([], { period: { start: '2024-01-01', end: '2024-13-01' } }),
    ).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.end: "2024-13-01"',
    );
  });
});

describe('costPerBeneficiary on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('divides the spending of the report period by the persons reached', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({
      ...p,
      beneficiaries: { count: 250, unit: 'person' as const, estimated: false },
    }));
    const outcome = costPerBeneficiaryIndicator.fromDataset(
      contextOf({ ...dataset, programs }, choices),
    );
    // USD 50,000.00 = 5,000,000 cents over 250 persons = 20,000 cents (USD 200.00) each.
    expect(outcome).toMatchObject([{ value: 20_000, currency: 'USD' }]);
  });

  it('is dataAbsent when no program counts persons', () => {
    // The base dataset's program states no beneficiaries.
    expect(costPerBeneficiaryIndicator.fromDataset(contextOf(baseDataset(), choices))).toEqual({
      status: 'dataAbsent',
      detail: 'No program reports beneficiaries in persons.',
    });
  });
});

describe('costPerBeneficiary with reported amounts', () => {
  const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

  it('counts a spent amount reported for a period inside the report period', () => {
    // USD 781,000 "in 2024" = 78,100,000 cents for 1,000 pupils: 78,100 cents (USD 781.00) each.
    // The flow of March 2024 lies within the amount and is not counted again.
    const school = makeProgram({
      id: 'school',
      beneficiaries: { count: 1000, unit: 'person', estimated: false },
      spend: [{ date: '2024-03-01', value: usd(5_000_000), kind: 'expenditure' }],
      reportedAmounts: [
        { basis: 'spent', period: { start: '2024' }, value: usd(78_100_000), sourceIds: [] },
      ],
    });
    const cost = costPerBeneficiary([school], { period: year });
    expect([cost.value, cost.currency]).toEqual([78_100, 'USD']);
  });

  it('bounds the cost of an amount published as bounds', () => {
    // Between USD 1,000.00 and USD 2,000.00 (100,000 to 200,000 cents) on 50 to 100 people:
    // 100,000 / 100 = 1,000 to 200,000 / 50 = 4,000 cents each.
    const bounded = makeProgram({
      id: 'bounded',
      beneficiaries: { count: { min: 50, max: 100 }, unit: 'person', estimated: true },
      reportedAmounts: [
        {
          basis: 'spent',
          period: { start: '2024' },
          value: { min: 100_000, max: 200_000, currency: 'USD' },
          sourceIds: [],
        },
      ],
    });
    const cost = costPerBeneficiary([bounded], { period: year });
    expect([cost.value, cost.reason, cost.bounds]).toEqual([
      null,
      'BOUNDED',
      { min: 1_000, max: 4_000 },
    ]);
    expect(cost.breakdown?.[0]).toMatchObject({ bounds: { min: 1_000, max: 4_000 } });
    // An exact count with an amount bounded below only: at least 100,000 / 100 = 1,000, no max.
    const atLeast = makeProgram({
      id: 'bounded',
      beneficiaries: { count: 100, unit: 'person', estimated: false },
      reportedAmounts: [
        {
          basis: 'spent',
          period: { start: '2024' },
          value: { min: 100_000, currency: 'USD' },
          sourceIds: [],
        },
      ],
    });
    expect(costPerBeneficiary([atLeast], { period: year }).bounds).toEqual({ min: 1_000 });
  });

  it('does not count a budget', () => {
    const budgeted = makeProgram({
      id: 'budgeted',
      beneficiaries: { count: 10, unit: 'person', estimated: false },
      reportedAmounts: [
        { basis: 'budgeted', period: { start: '2024' }, value: usd(1_000), sourceIds: [] },
      ],
    });
    const cost = costPerBeneficiary([budgeted], { period: year });
    expect([cost.value, cost.reason]).toEqual([null, 'MISSING_DATA']);
  });
});
