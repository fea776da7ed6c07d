import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isImpactError } from '../../core/ImpactError.js';
import {
  addDecimal,
  compareDecimal,
  decimalToNumber,
  divideDecimalToNumber,
  exactDecimal,
  multiplyDecimal,
  subtractDecimal,
} from './exactDecimal.js';

describe('exactDecimal', () => {
  it('reads the shortest decimal text of a number', () => {
    // String(1.4) is '1.4': 14 × 10^-1.
    expect(exactDecimal(1.4)).toEqual({ digits: 14n, scale: 1 });
    expect(exactDecimal(2000)).toEqual({ digits: 2000n, scale: 0 });
    expect(exactDecimal(-0.25)).toEqual({ digits: -25n, scale: 2 });
  });
  it('reads exponent notation', () => {
    // String(1.5e-7) is '1.5e-7': 15 × 10^-8.
    expect(exactDecimal(1.5e-7)).toEqual({ digits: 15n, scale: 8 });
    // String(1e21) is '1e+21': 10^21 × 10^0.
    expect(exactDecimal(1e21)).toEqual({ digits: 10n ** 21n, scale: 0 });
  });
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'rejects %d with INVALID_NUMBER',
    (value) => {
      expect(() => exactDecimal(value)).toThrow(
        expect.objectContaining({ code: 'INVALID_NUMBER' }),
      );
    },
  );
});

describe('decimal arithmetic', () => {
  it('subtracts and multiplies without binary rounding', () => {
    // (1.4 − 1) × 500 = 0.4 × 500 = 200 exactly; in doubles it is 199.99999999999997.
    expect((1.4 - 1) * 500).not.toBe(200);
    const indirect = multiplyDecimal(subtractDecimal(exactDecimal(1.4), exactDecimal(1)), {
      digits: 500n,
      scale: 0,
    });
    expect(decimalToNumber(indirect)).toBe(200);
  });
  it('adds decimals of different scales', () => {
    // 0.1 + 0.25 = 0.35 exactly.
    expect(decimalToNumber(addDecimal(exactDecimal(0.1), exactDecimal(0.25)))).toBe(0.35);
  });
  it('compares decimals', () => {
    expect(compareDecimal(exactDecimal(1.5), exactDecimal(1.25))).toBe(1);
    expect(compareDecimal(exactDecimal(1.25), exactDecimal(1.5))).toBe(-1);
    expect(compareDecimal(exactDecimal(1.5), exactDecimal(1.5))).toBe(0);
  });
  it('returns 0 for a negative zero', () => {
    expect(Object.is(decimalToNumber({ digits: -0n, scale: 3 }), 0)).toBe(true);
    expect(Object.is(decimalToNumber(exactDecimal(-0)), 0)).toBe(true);
  });
  it('throws INVALID_NUMBER when the result is too large for a double', () => {
    const huge = multiplyDecimal(exactDecimal(1e300), exactDecimal(1e300));
    let caught: unknown;
    try {
      decimalToNumber(huge);
    } catch (error) {
      caught = error;
    }
    expect(isImpactError(caught, 'INVALID_NUMBER')).toBe(true);
  });
});

describe('divideDecimalToNumber', () => {
  it('divides exactly where the quotient is a short decimal', () => {
    // 100,000 ozt × 31.1034768 g = 3,110,347.68 g; back in ounces: 3,110,347.68 / 31.1034768 = 100,000.
    expect(divideDecimalToNumber(exactDecimal(3110347.68), exactDecimal(31.1034768))).toBe(100000);
    // 13,000 g / 1,000,000 g per tonne = 0.013 t (0.01 + 0.003 in doubles is 0.013000000000000001).
    expect(divideDecimalToNumber(exactDecimal(13000), exactDecimal(1e6))).toBe(0.013);
    expect(divideDecimalToNumber(exactDecimal(-1), exactDecimal(4))).toBe(-0.25);
  });
  it('rounds an infinite quotient to the nearest double', () => {
    // 2,000,000 / 31.1034768 = 64,301.49313725596104…; the nearest double prints as
    // 64301.49313725596. Dividing doubles gives 64301.493137255966, one step off, because the
    // double nearest 31.1034768 is not 31.1034768.
    expect(divideDecimalToNumber(exactDecimal(2e6), exactDecimal(31.1034768))).toBe(
      64301.49313725596,
    );
    expect(2e6 / 31.1034768).toBe(64301.493137255966);
    expect(divideDecimalToNumber(exactDecimal(1), exactDecimal(3))).toBe(1 / 3);
  });
  it('throws INVALID_NUMBER for a zero divisor', () => {
    expect(() => divideDecimalToNumber(exactDecimal(1), exactDecimal(0))).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });
});

describe('properties', () => {
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'a finite number round-trips through its exact decimal',
    (value) => {
      expect(decimalToNumber(exactDecimal(value))).toBe(value === 0 ? 0 : value);
    },
  );
  test.prop([fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 })])(
    'agrees with integer arithmetic on integers',
    (a, b) => {
      const x = exactDecimal(a);
      const y = exactDecimal(b);
      expect(decimalToNumber(addDecimal(x, y))).toBe(a + b);
      expect(decimalToNumber(subtractDecimal(x, y))).toBe(a - b);
      expect(decimalToNumber(multiplyDecimal(x, y))).toBe(a * b === 0 ? 0 : a * b);
      expect(compareDecimal(x, y)).toBe(Math.sign(a - b));
      if (b !== 0) expect(divideDecimalToNumber(x, y)).toBe(a / b === 0 ? 0 : a / b);
    },
  );
});
