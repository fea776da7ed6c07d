import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import type { Money } from '../../core/money.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import { type SroiOutcome, sroi, sroiIndicator } from './sroi.js';

const azn = (amountMinor: number): Money => ({ amountMinor, currency: 'AZN' });

// Outcome A: 20 young people in sport, proxy AZN 500.00 each per year, deadweight 25 %,
// attribution 20 %, no displacement, drop-off 50 %, lasting 3 years.
const sport: SroiOutcome = {
  name: 'Young people in sport',
  quantity: 20,
  financialProxy: azn(50000),
  deadweight: 0.25,
  attribution: 0.2,
  displacement: 0,
  dropOff: 0.5,
  durationYears: 3,
};
// Outcome B: 5 households with a water connection, proxy AZN 1,200.00 per year, deadweight
// 10 %, attribution 50 %, displacement 20 %, no drop-off, lasting 2 years.
const water: SroiOutcome = {
  name: 'Households with piped water',
  quantity: 5,
  financialProxy: azn(120000),
  deadweight: 0.1,
  attribution: 0.5,
  displacement: 0.2,
  dropOff: 0,
  durationYears: 2,
};

describe('sroi: the catalog entry', () => {
  it('is community.sroi, a ratio with rows by year', () => {
    expect(IndicatorCatalogEntrySchema.parse(sroiIndicator.entry)).toMatchObject({
      id: 'community.sroi',
      family: 'community',
      functionName: 'sroi',
      unit: 'ratio',
      results: 'one',
      dimensions: ['year'],
    });
    expect(sroiIndicator.compute).toBe(sroi);
    expect(communityIndicators).toContain(sroiIndicator);
  });
});

// Random outcomes for the property test: rates in [0, 1], durations up to 30 years.
const rateArbitrary = fc.double({ min: 0, max: 1, noNaN: true });
const outcomeArbitrary = fc.record({
  quantity: fc.integer({ min: 0, max: 10_000 }),
  financialProxy: fc.integer({ min: 0, max: 10_000_000 }).map(azn),
  deadweight: rateArbitrary,
  attribution: rateArbitrary,
  displacement: rateArbitrary,
  dropOff: rateArbitrary,
  durationYears: fc.integer({ min: 1, max: 30 }),
});

describe('sroi', () => {
  it('computes the worked example year by year', () => {
    // Year 1, A: 20 × 50,000 = 1,000,000 × 0.75 × 0.80 × 1.00 = 600,000 minor units
    //         B:  5 × 120,000 = 600,000 × 0.90 × 0.50 × 0.80 = 216,000
    //         total 816,000; discounted 816,000 / 1.035 = 788,405.797 → 788,406
    // Year 2, A: 600,000 × (1 − 0.5) = 300,000; B: 216,000 × (1 − 0) = 216,000
    //         total 516,000; discounted 516,000 / 1.035² (1.071225) = 481,691.521 → 481,692
    // Year 3, A: 300,000 × 0.5 = 150,000; B has ended (2 years)
    //         total 150,000; discounted 150,000 / 1.035³ (1.108717875) = 135,291.406 → 135,291
    // PV = 788,406 + 481,692 + 135,291 = 1,405,389 (AZN 14,053.89)
    // Investment AZN 10,000.00 = 1,000,000; NPV = 405,389; SROI = 1.405389; net 0.405389.
    const result = sroi({
      investment: azn(1_000_000),
      outcomes: [sport, water],
      discountRate: 0.035,
    });
    expect(result.detail.byYear).toEqual([
      { year: 1, value: azn(816000), presentValue: azn(788406) },
      { year: 2, value: azn(516000), presentValue: azn(481692) },
      { year: 3, value: azn(150000), presentValue: azn(135291) },
    ]);
    expect(result.detail.presentValue).toEqual(azn(1_405_389));
    expect(result.detail.netPresentValue).toEqual(azn(405_389));
    expect(result.value).toBeCloseTo(1.405389, 12);
    expect(result.ratio).toEqual({
      numerator: 1_405_389,
      denominator: 1_000_000,
      value: 1_405_389 / 1_000_000,
    });
    expect(result.detail.netRatio).toBeCloseTo(0.405389, 12);
  });

  it('returns an indicator result with the assumptions', () => {
    const result = sroi({ investment: azn(1_000_000), outcomes: [sport], discountRate: 0.035 });
    // A alone: 600,000/1.035 + 300,000/1.035² + 150,000/1.035³ = 579,710 + 280,053 + 135,291
    //        = 995,054 → SROI 0.995054
    expect(result.indicatorId).toBe('community.sroi');
    expect(result.standards).toEqual(['SROI Guide 2012']);
    expect(result.value).toBeCloseTo(0.995054, 12);
    expect(result.money).toEqual([azn(995054)]);
    expect(result.breakdown?.map((row) => row.money)).toEqual([
      [azn(579710)],
      [azn(280053)],
      [azn(135291)],
    ]);
    // Each year's row: its present value over the investment, its part of the ratio.
    expect(result.breakdown?.map((row) => [row.keys, row.value])).toEqual([
      [{ year: '1' }, 579_710 / 1_000_000],
      [{ year: '2' }, 280_053 / 1_000_000],
      [{ year: '3' }, 135_291 / 1_000_000],
    ]);
    expect(result.unit).toBe('ratio');
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.definitions.discountRate).toBe(0.035);
    expect(result.notes[0]).toMatch(/assumptions/);
  });
});

describe('sroi: zero, nothing and worthless outcomes', () => {
  it('gives null ratios for a zero investment', () => {
    const result = sroi({ investment: azn(0), outcomes: [sport], discountRate: 0 });
    // No discounting: 600,000 + 300,000 + 150,000 = 1,050,000.
    expect(result.detail.presentValue).toEqual(azn(1_050_000));
    expect(result.value).toBeNull();
    expect(result.detail.netRatio).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    // So is each year: no investment to divide by.
    expect(
      result.breakdown?.every((r) => r.value === null && r.reason === 'ZERO_DENOMINATOR'),
    ).toBe(true);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('gives a zero present value without outcomes', () => {
    const result = sroi({ investment: azn(100), outcomes: [], discountRate: 0.035 });
    expect(result.detail.presentValue).toEqual(azn(0));
    expect(result.detail.byYear).toEqual([]);
    expect(result.value).toBe(0);
  });

  it('takes an outcome with a quantity of 0 as worth nothing', () => {
    const result = sroi({
      investment: azn(1_000_000),
      outcomes: [{ ...sport, quantity: 0 }, water],
      discountRate: 0.035,
    });
    // A: 0 × 50,000 = 0 in each of its 3 years. B alone (see the worked example):
    // year 1 216,000 / 1.035 = 208,695.652 → 208,696; year 2 216,000 / 1.071225 = 201,638.311
    // → 201,638; year 3: A's 0 only. PV = 208,696 + 201,638 = 410,334.
    expect(result.detail.byYear).toEqual([
      { year: 1, value: azn(216000), presentValue: azn(208696) },
      { year: 2, value: azn(216000), presentValue: azn(201638) },
      { year: 3, value: azn(0), presentValue: azn(0) },
    ]);
    expect(result.detail.presentValue).toEqual(azn(410_334));
  });
});

describe('sroi: bad input and properties', () => {
  it.each([
    ['discountRate', { discountRate: -0.01 }],
    ['discountRate', { discountRate: 1.5 }],
    ['discountRate', { discountRate: '0.5' as unknown as number }],
    ['deadweight', { outcomes: [{ ...sport, deadweight: 1.2 }] }],
    ['attribution', { outcomes: [{ ...sport, attribution: Number.NaN }] }],
    ['displacement', { outcomes: [{ ...sport, displacement: -0.1 }] }],
    ['dropOff', { outcomes: [{ ...sport, dropOff: 2 }] }],
    ['durationYears', { outcomes: [{ ...sport, durationYears: 0 }] }],
    ['durationYears', { outcomes: [{ ...sport, durationYears: 1.5 }] }],
    ['quantity', { outcomes: [{ ...sport, quantity: -1 }] }],
  ])('throws INVALID_ARGUMENT naming %s', (name, patch) => {
    const input = { investment: azn(1), outcomes: [sport], discountRate: 0.035, ...patch };
    expect(() => sroi(input)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => sroi(input)).toThrow(new RegExp(name));
  });

  it('throws CURRENCY_MISMATCH for a proxy in another currency', () => {
    const usdProxy = { ...sport, financialProxy: { amountMinor: 100, currency: 'USD' as const } };
    expect(() => sroi({ investment: azn(1), outcomes: [usdProxy], discountRate: 0 })).toThrow(
      expect.objectContaining({ code: 'CURRENCY_MISMATCH' }),
    );
  });

  test.prop([
    fc.array(outcomeArbitrary, { maxLength: 5 }),
    fc.double({ min: 0, max: 0.2, noNaN: true }),
  ])(
    'byYear sums to the present value, which never exceeds the undiscounted total',
    (outcomes, discountRate) => {
      const result = sroi({ investment: azn(1_000_000), outcomes, discountRate });
      const pv = result.detail.byYear.reduce((s, y) => s + y.presentValue.amountMinor, 0);
      const undiscounted = result.detail.byYear.reduce((s, y) => s + y.value.amountMinor, 0);
      expect(pv).toBe(result.detail.presentValue.amountMinor);
      // Rounding each year can add at most half a unit per year.
      expect(pv).toBeLessThanOrEqual(undiscounted + result.detail.byYear.length);
      expect(result.value === null || Number.isFinite(result.value)).toBe(true);
    },
  );
});

describe('sroi overflow', () => {
  it('throws UNSAFE_INTEGER when the present value leaves the safe range', () => {
    const huge = {
      ...sport,
      quantity: 1e9,
      financialProxy: azn(9e12),
      deadweight: 0,
      attribution: 0,
      dropOff: 0,
      durationYears: 100,
    };
    expect(() => sroi({ investment: azn(1), outcomes: [huge], discountRate: 0 })).toThrow(
      expect.objectContaining({ code: 'UNSAFE_INTEGER' }),
    );
  });
});

describe('sroi safe integers (regressions)', () => {
  const once = (financialProxy: Money): SroiOutcome => ({
    quantity: 1,
    financialProxy,
    deadweight: 0,
    attribution: 0,
    displacement: 0,
    dropOff: 0,
    durationYears: 1,
  });

  it('throws UNSAFE_INTEGER when a year is unsafe although its present value is safe', () => {
    // Year 1: 1 × 2^53 = 9,007,199,254,740,992 minor units, one above Number.MAX_SAFE_INTEGER;
    // discounted at 100 %: 2^53 / 2 = 2^52, a safe present value. The year itself is not.
    expect(() =>
      sroi({ investment: azn(1), outcomes: [once(azn(2 ** 53))], discountRate: 1 }),
    ).toThrow('[mining-impact] The result leaves the safe-integer range: the value of year 1');
  });

  it('throws UNSAFE_INTEGER when the present value is unsafe although each year is safe', () => {
    // Years 1 and 2: 1 × 2^52 each, safe; undiscounted (rate 0) they sum to 2^52 + 2^52 = 2^53,
    // one above Number.MAX_SAFE_INTEGER.
    expect(() =>
      sroi({
        investment: azn(1),
        outcomes: [{ ...once(azn(2 ** 52)), durationYears: 2 }],
        discountRate: 0,
      }),
    ).toThrow(
      '[mining-impact] The result leaves the safe-integer range: the present value leaves the safe-integer range',
    );
  });

  it('throws UNSAFE_INTEGER when the net present value is unsafe', () => {
    // PV: 2^52 / 2 = 2^51 (discount 100 %); investment −(2^53 − 1) (a credit):
    // PV − investment = 2^51 + 2^53 − 1 > 2^53 − 1.
    expect(() =>
      sroi({
        investment: azn(-Number.MAX_SAFE_INTEGER),
        outcomes: [once(azn(2 ** 52))],
        discountRate: 1,
      }),
    ).toThrow('the net present value leaves the safe-integer range');
  });

  it('keeps every amount of the result a safe integer at the edge', () => {
    // Year 1: 2^53 − 1 undiscounted; at 100 %: (2^53 − 1) / 2 = 4,503,599,627,370,495.5, rounded
    // half to even: 4,503,599,627,370,496.
    const result = sroi({
      investment: azn(0),
      outcomes: [once(azn(Number.MAX_SAFE_INTEGER))],
      discountRate: 1,
    });
    expect(result.detail.byYear[0]?.value.amountMinor).toBe(Number.MAX_SAFE_INTEGER);
    expect(result.detail.presentValue.amountMinor).toBe(4_503_599_627_370_496);
    expect(result.detail.netPresentValue.amountMinor).toBe(4_503_599_627_370_496);
  });
});

describe('sroi on a dataset', () => {
  it('is dataAbsent: a dataset holds no outcomes valued with financial proxies', () => {
    expect(sroiIndicator.fromDataset(contextOf(baseDataset(), { asOf: '2024-12-31' }))).toEqual({
      status: 'dataAbsent',
      detail: 'SROI needs outcomes valued with financial proxies, which a dataset does not hold.',
    });
  });
});

describe('sroi: SROI Guide stage 5 sensitivity analysis', () => {
  const sports: SroiOutcome = {
    quantity: 20,
    financialProxy: { amountMinor: 50000, currency: 'AZN' },
    deadweight: 0.25,
    attribution: 0.2,
    displacement: 0,
    dropOff: 0.5,
    durationYears: 3,
  };
  const input = {
    investment: { amountMinor: 1000000, currency: 'AZN' } as Money,
    outcomes: [sports],
    discountRate: 0.035,
  };

  it('SROI Guide stage 5: recomputes the ratio with each judgement varied by the spread', () => {
    const { detail, value } = sroi(input);
    // First-year value F = 20 × 50,000 × (1 − dw)(1 − attr)(1 − disp); base 600,000 minor.
    // Years 1-3: F, F/2, F/4, discounted by 1.035^t and rounded half-even each year:
    // 579,710 + 280,053 + 135,291 = 995,054 → 0.995054.
    expect(value).toBe(0.995054);
    expect(detail.sensitivity.spread).toBe(0.1);
    const byJudgement = Object.fromEntries(
      detail.sensitivity.judgements.map((j) => [j.judgement, [j.lowered, j.raised]]),
    );
    // Deadweight 0.15: F = 680,000 → 657,005 + 317,394 + 153,330 = 1,127,729.
    // Deadweight 0.35: F = 520,000 → 502,415 + 242,713 + 117,253 = 862,381.
    expect(byJudgement.deadweight).toEqual([1.127729, 0.862381]);
    // Attribution 0.1 / 0.3: F = 675,000 / 525,000 (same yearly shape).
    expect(byJudgement.attribution).toEqual([1.119437, 0.870673]);
    // Displacement cannot go below 0 (clamped: the base ratio); 0.1 gives F = 540,000.
    expect(byJudgement.displacement).toEqual([0.995054, 0.895549]);
    // Drop-off 0.4: 600,000 × (1/1.035 + 0.6/1.035² + 0.36/1.035³) = 1,110,594 (rounded years).
    expect(byJudgement.dropOff).toEqual([1.110594, 0.890339]);
    // Duration 2 years: 579,710 + 280,053; 4 years adds 75,000 / 1.035⁴ = 65,358.
    expect(byJudgement.durationYears).toEqual([0.859763, 1.060412]);
    // Discount rate 0: 600,000 + 300,000 + 150,000 = 1,050,000; 0.135: 864,103.
    expect(byJudgement.discountRate).toEqual([1.05, 0.864103]);
    // The range over all variations: duration 2 years (0.859763) to deadweight 0.15 (1.127729).
    expect([detail.sensitivity.low, detail.sensitivity.high]).toEqual([0.859763, 1.127729]);
  });

  it('SROI Guide stage 5: the value of the most sensitive judgement that makes the ratio 1', () => {
    const { detail, notes } = sroi(input);
    // Widest swing: deadweight 1.127729 − 0.862381 = 0.265348 (attribution 0.248764, drop-off
    // 0.220255, duration 0.200649, discount rate 0.185897, displacement 0.099505).
    // PV is linear in (1 − dw): 1,000,000 = 20 × 50,000 × (1 − dw) × 0.8 × S, with
    // S = 1/1.035 + 0.5/1.035² + 0.25/1.035³ = 1.658424602, so dw = 1 − 1 / (0.8 × S) = 0.246273
    // → 0.2463 at 4 decimals, a change of 0.2463 − 0.25 = −0.0037.
    expect(detail.sensitivity.breakEven).toEqual({
      judgement: 'deadweight',
      shift: -0.0037,
      values: [0.2463],
    });
    expect(notes[1]).toBe(
      'Sensitivity analysis (SROI Guide stage 5), each judgement varied by 0.1 (durations by 1 year): the ratio ranges from 0.859763 to 1.127729. Most sensitive: deadweight; the ratio is 1 at 0.2463 (a change of -0.0037).',
    );
  });

  it('SROI Guide stage 5: no break-even when no value in range makes the ratio 1', () => {
    const { detail } = sroi({
      investment: { amountMinor: 1000000, currency: 'AZN' },
      outcomes: [
        {
          quantity: 1,
          financialProxy: { amountMinor: 10000000, currency: 'AZN' },
          deadweight: 0,
          attribution: 0,
          displacement: 0,
          dropOff: 0,
          durationYears: 1,
        },
      ],
      discountRate: 0.035,
    });
    // Base: 10,000,000 / 1.035 = 9,661,836 → 9.661836. A second year adds
    // 10,000,000 / 1.035² = 9,335,107 → 18.996943: duration swings most (9.335107); it cannot
    // go below 1 year, so no duration brings the ratio down to 1.
    expect(detail.sensitivity.breakEven).toEqual({
      judgement: 'durationYears',
      shift: null,
      values: [],
      reason: 'No value of durationYears within its range brings the ratio to 1.',
    });
    // Lowest: deadweight 0.1, 9,000,000 / 1.035 = 8,695,652 → 8.695652.
    expect([detail.sensitivity.low, detail.sensitivity.high]).toEqual([8.695652, 18.996943]);
  });

  it('SROI Guide stage 5: takes the spreads as options and checks them', () => {
    const { detail } = sroi(input, { spread: 0.05, durationSpreadYears: 2 });
    // Deadweight 0.3: F = 560,000 → 541,063 + 261,383 + 126,272 = 928,718 (rounded years).
    expect(detail.sensitivity.judgements[0]?.raised).toBe(0.928718);
    // Duration 1 year (3 − 2): 579,710 → 0.57971.
    expect(detail.sensitivity.judgements[4]?.lowered).toBe(0.57971);
    expect(() => sroi(input, { spread: 1.5 })).toThrow('spread must be in [0, 1]');
    expect(() => sroi(input, { durationSpreadYears: 0.5 })).toThrow(
      'durationSpreadYears must be an integer from 0 to 99',
    );
  });

  it('SROI Guide stage 5: no range without an investment', () => {
    const { detail } = sroi({ ...input, investment: { amountMinor: 0, currency: 'AZN' } });
    expect(detail.sensitivity).toMatchObject({ low: null, high: null, breakEven: null });
    expect(detail.sensitivity.judgements[0]).toEqual({
      judgement: 'deadweight',
      lowered: null,
      raised: null,
    });
  });
});
