import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeRecord } from '../../../test/fixtures/arbitraries.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { workforce2024, year2024 } from '../../../test/fixtures/workforce2024.js';
import { netEmploymentChange } from './netEmploymentChange.js';
import { newHireRate } from './newHireRate.js';
import { turnoverRate } from './turnoverRate.js';

describe('newHireRate', () => {
  it('divides hires by the headcount at the period end', () => {
    // Hires e3, e4, e9 = 3; at end e1, e3, e5, e6, e9 = 5; 3 / 5 = 0.6.
    const result = newHireRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.6);
    expect(result.ratio).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(result.standards).toEqual(['GRI 401-1']);
    expect(result.definitions).toMatchObject({
      denominator: 'periodEnd',
      headcountAtStart: 7,
      headcountAtEnd: 5,
    });
  });
  it('counts a hire on the last day of the period', () => {
    // e9 alone, hired 2024-12-31: a period ending that day has 1 hire.
    const result = newHireRate(workforce2024, {
      period: { start: '2024-12-31', end: '2024-12-31' },
    });
    expect(result.ratio?.numerator).toBe(1);
  });
  it('names the period, the denominators and a population with contractors', () => {
    // With e10 (a contractor active all year): at start 7 + 1 = 8, at end 5 + 1 = 6. Hires are
    // still e3, e4, e9 = 3 (e10 was hired in 2021): 3 / 6 = 0.5.
    const result = newHireRate(workforce2024, { period: year2024, includeContractors: true });
    expect(result.value).toBe(0.5);
    expect(result.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
      denominator: 'periodEnd',
      groupDenominator: 'total',
      population: 'employeesAndContractors',
      headcountAtStart: 8,
      headcountAtEnd: 6,
    });
  });
  it('can divide by the average headcount', () => {
    // (7 + 5) / 2 = 6; 3 / 6 = 0.5.
    expect(newHireRate(workforce2024, { period: year2024, denominator: 'average' }).value).toBe(
      0.5,
    );
  });
  it('breaks down by gender and age band over the total headcount', () => {
    const result = newHireRate(workforce2024, {
      period: year2024,
      breakdown: ['gender', 'ageBand'],
    });
    // Female hires e4, e9 = 2 → 2/5 = 0.4; male e3 = 1 → 0.2 (the rows add up to 0.6).
    // Age at the end of 2024: e3 24 and e4 26 (<30) = 2 → 0.4; e9 44 (30-50) = 1 → 0.2.
    expect(result.breakdown?.map((r) => [r.dimension, r.key, r.value])).toEqual([
      ['gender', 'female', 0.4],
      ['gender', 'male', 0.2],
      ['ageBand', '30-50', 0.2],
      ['ageBand', '<30', 0.4],
      ['ageBand', '>50', 0],
      ['ageBand', 'unknown', 0],
    ]);
  });
  it('can divide each group by its own headcount', () => {
    // Female at end: e1, e9 = 2 → 2/2 = 1; male at end: e3, e5, e6 = 3 → 1/3.
    const result = newHireRate(workforce2024, {
      period: year2024,
      breakdown: ['gender'],
      groupDenominator: 'group',
    });
    expect(result.breakdown?.map((r) => r.value)).toEqual([1, 1 / 3]);
  });
  it('includes contractors only when asked', () => {
    // e10 adds 1 to the end headcount: 3 / 6 = 0.5.
    expect(newHireRate(workforce2024, { period: year2024, includeContractors: true }).value).toBe(
      0.5,
    );
  });
  it('is null with ZERO_DENOMINATOR without employees', () => {
    const result = newHireRate([], { period: year2024 });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
  });
  it('is null when everyone has left by the period end', () => {
    const gone = workforce2024.filter((e) => e.terminationDate !== undefined);
    // Hires among them: e4 = 1; at end: nobody.
    const result = newHireRate(gone, { period: year2024 });
    expect(result.ratio).toEqual({
      numerator: 1,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });
  it('throws INVALID_ARGUMENT for an open period', () => {
    expect(() => newHireRate(workforce2024, { period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('turnoverRate', () => {
  it('counts GRI turnover reasons over the end headcount', () => {
    // Leavers e2 (retirement), e4 (voluntary), e8 (dismissal), e12 (death) = 4; e7's contract
    // ended (not turnover). 4 / 5 = 0.8.
    const result = turnoverRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.8);
    expect(result.definitions.reasons).toEqual(['voluntary', 'dismissal', 'retirement', 'death']);
    expect(result.notes).toEqual([]);
  });
  it('counts a termination on the first and on the last day of the period', () => {
    // e12 left on 2024-01-01 and e8 on 2024-12-31: both inside the period.
    const edges = workforce2024.filter((e) => e.id === 'e12' || e.id === 'e8' || e.id === 'e1');
    // Leavers 2; at end only e1: 2 / 1 = 2.
    expect(turnoverRate(edges, { period: year2024 }).value).toBe(2);
  });
  it('lets the reporter choose the reasons', () => {
    // Voluntary only: e4 = 1 → 1/5 = 0.2.
    expect(turnoverRate(workforce2024, { period: year2024, reasons: ['voluntary'] }).value).toBe(
      0.2,
    );
  });
  it('breaks down by gender', () => {
    // Female leavers e4, e12 = 2 → 0.4; male e2, e8 = 2 → 0.4.
    const result = turnoverRate(workforce2024, { period: year2024, breakdown: ['gender'] });
    expect(result.breakdown?.map((r) => [r.key, r.value])).toEqual([
      ['female', 0.4],
      ['male', 0.4],
    ]);
  });
  it('gives a group that is gone by the period end a null row with ZERO_DENOMINATOR', () => {
    const records = [
      makeEmployee({ id: 'stays', gender: 'female', hireDate: '2020-01-01' }),
      makeEmployee({
        id: 'goes',
        gender: 'male',
        hireDate: '2020-01-01',
        terminationDate: '2024-06-30',
        terminationReason: 'voluntary',
      }),
    ];
    const result = turnoverRate(records, {
      period: year2024,
      breakdown: ['gender'],
      groupDenominator: 'group',
    });
    // Total: 1 leaver over 1 at the end = 1. Female: 0 leavers over 1 = 0; male: 1 leaver over
    // nobody at the end: null with ZERO_DENOMINATOR.
    expect(result.value).toBe(1);
    expect(result.breakdown).toEqual([
      {
        dimension: 'gender',
        key: 'female',
        value: 0,
        count: 0,
        ratio: { numerator: 0, denominator: 1, value: 0 },
      },
      {
        dimension: 'gender',
        key: 'male',
        value: null,
        reason: 'ZERO_DENOMINATOR',
        count: 1,
        ratio: { numerator: 1, denominator: 0, value: null, reason: 'ZERO_DENOMINATOR' },
      },
    ]);
    expect('reason' in (result.breakdown?.[0] ?? {})).toBe(false);
  });
  it('has no breakdown unless one is asked for', () => {
    // 4 leavers over 5 at the end, as above, and no breakdown field at all.
    const result = turnoverRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.8);
    expect('breakdown' in result).toBe(false);
    expect(turnoverRate(workforce2024, { period: year2024, breakdown: [] }).breakdown).toBe(
      undefined,
    );
  });
  it('counts and notes terminations without a reason', () => {
    const [first] = workforce2024;
    const noReason = {
      ...(first as (typeof workforce2024)[number]),
      id: 'e99',
      terminationDate: '2024-05-05',
    } as (typeof workforce2024)[number];
    const result = turnoverRate([...workforce2024, noReason], { period: year2024 });
    // 4 + 1 = 5 leavers over the same 5 at end.
    expect(result.value).toBe(1);
    expect(result.notes).toEqual([
      '1 termination(s) without a recorded reason are counted as turnover.',
    ]);
  });
});

describe('netEmploymentChange', () => {
  it('gives start, hires, leavers, end and net', () => {
    const change = netEmploymentChange(workforce2024, { period: year2024 });
    // 7 + 3 − 5 = 5; net 5 − 7 = −2.
    expect([change.start, change.hires, change.leavers, change.end, change.net]).toEqual([
      7, 3, 5, 5, -2,
    ]);
    expect(change.result.value).toBe(-2);
    expect(change.result.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
      population: 'employees',
    });
  });
  it('counts only the hires within the period, and names each flow', () => {
    // First quarter 2024-01-01..2024-03-31. At start: e1 e2 e5 e6 e7 e8 e12 = 7. Hires: e3
    // (2024-02-01) = 1; e4 (2024-05-15) and e9 (2024-12-31) come after the end. Leavers: e12
    // (2024-01-01) and e7 (2024-03-31) = 2. At end (active on 2024-03-31, e7 gone that day):
    // e1 e2 e3 e5 e6 e8 = 6 (7 + 1 − 2 = 6); net 6 − 7 = −1.
    const change = netEmploymentChange(workforce2024, {
      period: { start: '2024-01-01', end: '2024-03-31' },
    });
    expect([change.start, change.hires, change.leavers, change.end, change.net]).toEqual([
      7, 1, 2, 6, -1,
    ]);
    expect(change.result.breakdown).toEqual([
      { dimension: 'flow', key: 'start', value: 7 },
      { dimension: 'flow', key: 'hires', value: 1 },
      { dimension: 'flow', key: 'leavers', value: 2 },
      { dimension: 'flow', key: 'end', value: 6 },
    ]);
  });
  it('includes contractors only when asked', () => {
    // e10 is there at the start and at the end.
    const change = netEmploymentChange(workforce2024, {
      period: year2024,
      includeContractors: true,
    });
    expect([change.start, change.end, change.net]).toEqual([8, 6, -2]);
    expect(change.result.definitions.population).toBe('employeesAndContractors');
  });
  it('throws INVALID_ARGUMENT for an open period', () => {
    expect(() => netEmploymentChange(workforce2024, { period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  test.prop([fc.array(employeeRecord, { maxLength: 60 })])(
    'end = start + hires − leavers for any records',
    (records) => {
      const c = netEmploymentChange(records, { period: year2024 });
      expect(c.end).toBe(c.start + c.hires - c.leavers);
    },
  );
});

describe('order independence', () => {
  test.prop([
    fc
      .array(employeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('rates do not depend on the order of records', ([records, shuffled]) => {
    const options = { period: year2024, breakdown: ['gender', 'ageBand', 'category'] as const };
    expect(newHireRate(shuffled, options)).toEqual(newHireRate(records, options));
    expect(turnoverRate(shuffled, options)).toEqual(turnoverRate(records, options));
  });
  test.prop([fc.array(employeeRecord, { maxLength: 40 })])(
    'total-denominator rows add up to the total rate',
    (records) => {
      const result = newHireRate(records, { period: year2024, breakdown: ['gender'] });
      if (result.value === null) return;
      const sum = (result.breakdown ?? []).reduce((s, r) => s + (r.value ?? 0), 0);
      expect(sum).toBeCloseTo(result.value, 9);
    },
  );
});

describe('flow rates reject malformed periods (regressions)', () => {
  // Compared as strings, an inverted or malformed period used to select no hires, leavers or
  // headcount and return a rate anyway.
  const inverted = { start: '2024-12-31', end: '2024-01-01' };
  const malformed = { start: '2024-1-1', end: '2024-12-31' };

  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    const message = '[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01';
    expect(() => newHireRate(workforce2024, { period: inverted })).toThrow(message);
    expect(() => turnoverRate(workforce2024, { period: inverted })).toThrow(message);
    expect(() => netEmploymentChange(workforce2024, { period: inverted })).toThrow(message);
  });

  it('throws INVALID_DATE for a period end that is not a calendar date', () => {
    const message =
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-1-1"';
    expect(() => newHireRate(workforce2024, { period: malformed })).toThrow(message);
    expect(() => turnoverRate(workforce2024, { period: malformed })).toThrow(message);
    expect(() => netEmploymentChange(workforce2024, { period: malformed })).toThrow(message);
  });
});
