import { describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { formatNumber } from './formatNumber.js';
import { numberFormatter } from './numberFormatter.js';

describe('numberFormatter', () => {
  const en = numberFormatter();
  const de = numberFormatter('de');

  it('groups digits and writes the decimal mark of the locale', () => {
    // 1234.5: a thousands group and one decimal; German writes "." for groups and "," for decimals.
    expect(en.number(1234.5)).toBe('1,234.5');
    expect(de.number(1234.5)).toBe('1.234,5');
    expect(en.locale).toBe('en');
  });

  it('rounds half away from zero on the decimal digits, unlike toFixed', () => {
    // 1.005 is stored as 1.00499999999999989…: toFixed(2) gives "1.00", the decimal 1.005 gives 1.01.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(en.number(1.005, 2)).toBe('1.01');
    expect(en.fixed(1.005, 2)).toBe('1.01');
    expect(formatNumber(1.005)).toBe('1.01');
    // 2.345 → 2.35 (half up), -2.345 → -2.35 (half away from zero).
    expect(en.number(2.345, 2)).toBe('2.35');
    expect(en.number(-2.345, 2)).toBe('-2.35');
  });

  it('drops trailing zeros with number and keeps them with fixed', () => {
    expect(en.number(0.8, 4)).toBe('0.8');
    expect(en.fixed(0.8, 2)).toBe('0.80');
    expect(de.fixed(0.8, 2)).toBe('0,80');
  });

  it('is total: no -0, no NaN, no Infinity, scientific notation from 10^21', () => {
    // -0.001 rounds to 0 with two decimals: no sign.
    expect(en.number(-0.001)).toBe('0');
    expect(en.number(-0)).toBe('0');
    expect(en.number(Number.NaN)).toBe('not a number');
    expect(en.number(Number.POSITIVE_INFINITY)).toBe('too large to write');
    expect(en.number(Number.NEGATIVE_INFINITY)).toBe('too small to write');
    expect(en.number(1.797e308)).toBe('1.797E308');
    expect(en.number(1e21)).toBe('1E21');
    expect(en.number(999_999_999_999_999_900_000)).toBe('999,999,999,999,999,900,000');
  });

  it('writes money exactly, with the separators of the locale', () => {
    // 123,456,789 minor units of EUR (2 decimals) = 1,234,567.89.
    expect(en.money({ amountMinor: 123_456_789, currency: 'EUR' })).toBe('EUR 1,234,567.89');
    expect(de.money({ amountMinor: 123_456_789, currency: 'EUR' })).toBe('EUR 1.234.567,89');
    // XOF has no minor unit.
    expect(de.money({ amountMinor: 33_000_000, currency: 'XOF' })).toBe('XOF 33.000.000');
  });

  it('writes ISO dates in en and the locale style elsewhere', () => {
    expect(en.date('2025-11-14')).toBe('2025-11-14');
    expect(de.date('2025-11-14')).toBe('14.11.2025');
    expect(de.date('2025')).toBe('2025');
    expect(de.date('2020-11')).toBe('November 2020');
    // What is not a date is written as it is, never "Invalid Date".
    expect(de.date('x-y-z')).toBe('x-y-z');
  });

  it('throws INVALID_ARGUMENT for a malformed or unsupported locale', () => {
    for (const locale of ['en_US', '', 'xx', '12', 42 as unknown as string]) {
      let caught: unknown;
      try {
        numberFormatter(locale);
      } catch (error) {
        caught = error;
      }
      expect(isImpactError(caught, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});
