import { describe, expect, it } from 'vitest';
import {
  chartMoney,
  chartNumber,
  vegaNumberLocale,
  wrapLabel,
  wrappedLabelExpr,
} from './chartText.js';

describe('chartNumber', () => {
  it('groups thousands and keeps at most two decimals', () => {
    expect(chartNumber(3000)).toBe('3,000');
    expect(chartNumber(2_554)).toBe('2,554');
    expect(chartNumber(0)).toBe('0');
    // 0.41379… → 0.41 (the third decimal, 3, rounds down); 0.4 keeps its one decimal.
    expect(chartNumber(0.41379310344827586)).toBe('0.41');
    expect(chartNumber(0.4)).toBe('0.4');
    // 1234.675 → 1,234.68: Intl rounds the number's shortest decimal form half away from zero
    // (ECMA-402 halfExpand), though the double lies just below 1234.675.
    expect(chartNumber(1234.675)).toBe('1,234.68');
  });

  it('follows the locale: German groups with a point and writes a decimal comma', () => {
    expect(chartNumber(3003, 'de')).toBe('3.003');
    expect(chartNumber(0.41379310344827586, 'de')).toBe('0,41');
  });
});

describe('chartMoney', () => {
  it('prints the exact amount in the currency minor unit, grouped by thousands', () => {
    // AZN has 2 decimals (ISO 4217): 1,000,000 qəpik = 10,000.00 AZN.
    expect(chartMoney({ amountMinor: 1_000_000, currency: 'AZN' })).toBe('AZN 10,000.00');
    // XOF has none: 33,000,000 is the amount itself.
    expect(chartMoney({ amountMinor: 33_000_000, currency: 'XOF' })).toBe('XOF 33,000,000');
    // JOD has 3: 1,234,567 fils = 1,234.567 JOD.
    expect(chartMoney({ amountMinor: 1_234_567, currency: 'JOD' })).toBe('JOD 1,234.567');
    expect(chartMoney({ amountMinor: -123_456, currency: 'USD' })).toBe('USD -1,234.56');
    expect(chartMoney({ amountMinor: 5, currency: 'USD' })).toBe('USD 0.05');
  });

  it('keeps the sign of an amount under one unit, and follows the locale', () => {
    // -50 cents: the whole part is "-0", which a bigint would drop the sign of.
    expect(chartMoney({ amountMinor: -50, currency: 'USD' })).toBe('USD -0.50');
    expect(chartMoney({ amountMinor: 1_000_000, currency: 'AZN' }, 'de')).toBe('AZN 10.000,00');
    expect(chartMoney({ amountMinor: 33_000_000, currency: 'XOF' }, 'de')).toBe('XOF 33.000.000');
    // The largest safe amount, 2^53 - 1 = 9,007,199,254,740,991 cents, keeps every digit.
    expect(chartMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'USD' })).toBe(
      'USD 90,071,992,547,409.91',
    );
  });
});

describe('vegaNumberLocale', () => {
  it('reads the decimal sign and group separator of the locale', () => {
    expect(vegaNumberLocale('en')).toEqual({
      decimal: '.',
      thousands: ',',
      grouping: [3],
      currency: ['', ''],
    });
    expect(vegaNumberLocale('de')).toEqual({
      decimal: ',',
      thousands: '.',
      grouping: [3],
      currency: ['', ''],
    });
  });
});

describe('wrapLabel', () => {
  it('breaks at spaces into lines of at most the width', () => {
    expect(wrapLabel('Base case: operations (dep-a)', 16)).toEqual([
      'Base case:',
      'operations',
      '(dep-a)',
    ]);
    // 'Base case:' (10) + ' ' + 'operations' (10) = 21 characters fit in 21.
    expect(wrapLabel('Base case: operations', 21)).toEqual(['Base case: operations']);
    expect(wrapLabel('Base case: operations', 20)).toEqual(['Base case:', 'operations']);
  });

  it('keeps a word longer than the width whole, and an empty label as it is', () => {
    expect(wrapLabel('a dep-filizcay-operations b', 5)).toEqual([
      'a',
      'dep-filizcay-operations',
      'b',
    ]);
    expect(wrapLabel('', 5)).toEqual(['']);
    expect(wrapLabel('  two   spaces ', 40)).toEqual(['two spaces']);
  });
});

describe('wrappedLabelExpr', () => {
  it('looks each label up by its position, as JSON string literals', () => {
    expect(wrappedLabelExpr(['a b', 'c'], 1)).toBe(
      '[["a","b"],["c"]][indexof(["a b","c"], datum.label)] || datum.label',
    );
  });

  it('keeps quotes, backslashes, line separators and object keys inert', () => {
    const expr = wrappedLabelExpr(['say "x" \\ y', 'a\u2028b', 'constructor'], 80);
    expect(expr).toBe(
      '[["say \\"x\\" \\\\ y"],["a\\u2028b"],["constructor"]][indexof(["say \\"x\\" \\\\ y","a\\u2028b","constructor"], datum.label)] || datum.label',
    );
    expect(expr).not.toMatch(/[\u2028\u2029]/);
  });
});
