import { describe, expect, it } from 'vitest';
import { BoundsSchema } from './bounds.js';
import { CountBoundsSchema, CountSchema, countInterval, isExactCount } from './count.js';
import { RangeSchema } from './range.js';

describe('BoundsSchema', () => {
  it('accepts a lower bound with its phrase ("over 80 percent")', () => {
    expect(BoundsSchema.parse({ min: 0.8, phrase: 'over 80 percent' })).toEqual({
      min: 0.8,
      phrase: 'over 80 percent',
    });
  });
  it('accepts both bounds and an upper bound alone', () => {
    expect(BoundsSchema.safeParse({ min: 200, max: 999, phrase: 'hundreds' }).success).toBe(true);
    expect(BoundsSchema.safeParse({ max: 10 }).success).toBe(true);
    expect(BoundsSchema.safeParse({ min: 5, max: 5 }).success).toBe(true);
  });
  it('rejects bounds without min and max', () => {
    expect(BoundsSchema.safeParse({ phrase: 'many' }).success).toBe(false);
  });
  it('rejects min above max, reported at max', () => {
    const result = BoundsSchema.safeParse({ min: 5, max: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['max']);
  });
  it('rejects non-finite bounds and unknown keys', () => {
    expect(BoundsSchema.safeParse({ min: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(BoundsSchema.safeParse({ min: Number.NaN }).success).toBe(false);
    expect(BoundsSchema.safeParse({ min: 1, exact: 2 }).success).toBe(false);
  });
});

describe('RangeSchema', () => {
  it('accepts ordered ranges with and without a central estimate', () => {
    expect(RangeSchema.parse({ low: 1.4, central: 1.8, high: 2.2 })).toEqual({
      low: 1.4,
      central: 1.8,
      high: 2.2,
    });
    expect(RangeSchema.safeParse({ low: 1, high: 1 }).success).toBe(true);
    expect(RangeSchema.safeParse({ low: 1, central: 1, high: 1 }).success).toBe(true);
  });
  it('rejects low above high, at high', () => {
    const result = RangeSchema.safeParse({ low: 3, high: 2 });
    expect(result.error?.issues[0]?.path).toEqual(['high']);
  });
  it('rejects a central estimate outside low..high, at central', () => {
    expect(RangeSchema.safeParse({ low: 2, central: 1, high: 3 }).error?.issues[0]?.path).toEqual([
      'central',
    ]);
    expect(RangeSchema.safeParse({ low: 1, central: 4, high: 3 }).error?.issues[0]?.path).toEqual([
      'central',
    ]);
  });
  it('requires low and high', () => {
    expect(RangeSchema.safeParse({ low: 1 }).success).toBe(false);
  });
});

describe('CountSchema', () => {
  it('accepts an exact non-negative integer', () => {
    expect(CountSchema.parse(2554)).toBe(2554);
    expect(CountSchema.parse(0)).toBe(0);
  });
  it('accepts bounds with a phrase', () => {
    // "over 80 percent of 2,554": 0.8 × 2554 = 2043.2, so at least 2044 people.
    expect(CountSchema.parse({ min: 2044, phrase: 'over 80 percent of 2,554' })).toEqual({
      min: 2044,
      phrase: 'over 80 percent of 2,554',
    });
  });
  it.each([-1, 1.5, Number.NaN, 2 ** 53, '12', { min: -1 }, { min: 1.5 }, { min: 3, max: 2 }, {}])(
    'rejects %o',
    (value) => {
      expect(CountSchema.safeParse(value).success).toBe(false);
    },
  );
  it('has a counting bounds schema of its own', () => {
    expect(CountBoundsSchema.safeParse({ min: 0.5 }).success).toBe(false);
  });
});

describe('isExactCount and countInterval', () => {
  it('tells exact counts from bounds', () => {
    expect(isExactCount(7)).toBe(true);
    expect(isExactCount({ min: 200, max: 999 })).toBe(false);
  });
  it('gives the interval a count lies in', () => {
    expect(countInterval(2554)).toEqual({ min: 2554, max: 2554 });
    expect(countInterval({ min: 2044, phrase: 'over 80 percent of 2,554' })).toEqual({
      min: 2044,
      max: null,
    });
    expect(countInterval({ min: 200, max: 999 })).toEqual({ min: 200, max: 999 });
    expect(countInterval({ max: 50 })).toEqual({ min: 0, max: 50 });
  });
});
