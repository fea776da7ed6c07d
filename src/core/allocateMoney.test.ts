import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { allocateMoney } from './allocateMoney.js';
import type { Money } from './money.js';

const azn = (amountMinor: number): Money => ({ amountMinor, currency: 'AZN' });

describe('allocateMoney', () => {
  it('splits 100 minor units at 33.33 / 33.33 / 33.34 %', () => {
    // 100 × 3333 / 10000 = 33.33 → 33 (remainder 0.33); same for the second;
    // 100 × 3334 / 10000 = 33.34 → 33 (remainder 0.34). 99 allocated, 1 left:
    // it goes to the largest remainder, the third part: 33, 33, 34.
    expect(allocateMoney(azn(100), [3333, 3333, 3334])).toEqual([azn(33), azn(33), azn(34)]);
  });
  it('gives leftovers to earlier parts on ties', () => {
    // 100 / 3 = 33.33… each, remainders equal: the first part gets the extra unit.
    expect(allocateMoney(azn(100), [1, 1, 1])).toEqual([azn(34), azn(33), azn(33)]);
    // 2 over 3 equal parts: 0.66… each; two extra units go to parts 1 and 2.
    expect(allocateMoney(azn(2), [1, 1, 1])).toEqual([azn(1), azn(1), azn(0)]);
  });
  it('splits exactly when the shares divide evenly', () => {
    // 1000 × 25 % = 250, × 75 % = 750.
    expect(allocateMoney(azn(1000), [2500, 7500])).toEqual([azn(250), azn(750)]);
  });
  it('gives nothing to a zero weight', () => {
    expect(allocateMoney(azn(10), [0, 1])).toEqual([azn(0), azn(10)]);
  });
  it('splits a negative amount symmetrically', () => {
    expect(allocateMoney(azn(-100), [3333, 3333, 3334])).toEqual([azn(-33), azn(-33), azn(-34)]);
  });
  it('handles zero', () => {
    expect(allocateMoney(azn(0), [1, 2])).toEqual([azn(0), azn(0)]);
  });
  it('does not overflow on large amounts and weights', () => {
    const parts = allocateMoney(azn(Number.MAX_SAFE_INTEGER), [Number.MAX_SAFE_INTEGER, 1]);
    expect(parts.reduce((s, p) => s + BigInt(p.amountMinor), 0n)).toBe(
      BigInt(Number.MAX_SAFE_INTEGER),
    );
  });
  it.each([[[]], [[-1, 2]], [[0, 0]], [[1.5]], [[Number.NaN]]])(
    'throws INVALID_ARGUMENT for weights %j',
    (weights) => {
      expect(() => allocateMoney(azn(1), weights)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    },
  );

  test.prop([
    fc.integer({ min: -1e12, max: 1e12 }),
    fc
      .array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 20 })
      .filter((w) => w.some((x) => x > 0)),
  ])(
    'always sums to the whole, each part within one unit of its exact share',
    (amount, weights) => {
      const parts = allocateMoney(azn(amount), weights);
      expect(parts.reduce((s, p) => s + p.amountMinor, 0)).toBe(amount);
      const total = weights.reduce((s, w) => s + w, 0);
      parts.forEach((part, i) => {
        const exact = (amount * (weights[i] ?? 0)) / total;
        expect(Math.abs(part.amountMinor - exact)).toBeLessThan(1 + 1e-6);
      });
    },
  );
});

describe('allocateMoney amounts (regression)', () => {
  it('throws INVALID_AMOUNT for a fractional amount instead of a RangeError from BigInt', () => {
    expect(() => allocateMoney({ amountMinor: 100.5, currency: 'AZN' }, [1, 1])).toThrow(
      '[mining-impact] The amount is not a valid decimal for its currency: 100.5 minor units is not a safe integer',
    );
  });
});
