import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isImpactError } from './ImpactError.js';
import { ratio } from './ratio.js';

describe('ratio', () => {
  it('divides', () => {
    expect(ratio(1, 4)).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    // 2044 / 2554 = 0.80031323...
    expect(ratio(2044, 2554).value).toBeCloseTo(0.800313234, 9);
  });
  it('gives a real zero for 0 over a positive denominator', () => {
    expect(ratio(0, 5)).toEqual({ numerator: 0, denominator: 5, value: 0 });
    expect(Object.is(ratio(-0, 5).value, 0)).toBe(true);
  });
  it('gives null with ZERO_DENOMINATOR for 0/0 and n/0', () => {
    expect(ratio(0, 0)).toEqual({
      numerator: 0,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    expect(ratio(3, 0).value).toBeNull();
    expect(ratio(3, 0).reason).toBe('ZERO_DENOMINATOR');
  });
  it('gives null with MISSING_DATA for an unknown part', () => {
    expect(ratio(null, 5)).toEqual({
      numerator: null,
      denominator: 5,
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(ratio(5, undefined)).toEqual({
      numerator: 5,
      denominator: null,
      value: null,
      reason: 'MISSING_DATA',
    });
  });
  it('throws INVALID_NUMBER when the quotient overflows', () => {
    expect(() => ratio(1e308, 1e-308)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'throws INVALID_NUMBER for %d',
    (bad) => {
      expect(() => ratio(bad, 1)).toThrow(expect.objectContaining({ code: 'INVALID_NUMBER' }));
      let caught: unknown;
      try {
        ratio(1, bad);
      } catch (error) {
        caught = error;
      }
      expect(isImpactError(caught, 'INVALID_NUMBER')).toBe(true);
    },
  );

  test.prop([
    fc
      .integer({ min: 0, max: 1e9 })
      .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
  ])('lies in [0, 1] for 0 <= n <= d, and is null only for d = 0', ([n, d]) => {
    const r = ratio(n, d);
    if (d === 0) {
      expect(r.value).toBeNull();
    } else {
      expect(r.value).not.toBeNull();
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.value).toBeLessThanOrEqual(1);
    }
  });

  test.prop([
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ])(
    'never returns NaN or Infinity for finite parts: a finite value, null, or INVALID_NUMBER',
    (n, d) => {
      try {
        const { value } = ratio(n, d);
        expect(value === null || Number.isFinite(value)).toBe(true);
      } catch (error) {
        expect(isImpactError(error, 'INVALID_NUMBER')).toBe(true);
      }
    },
  );
});
