import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addMoney } from './addMoney.js';
import { convertMoney } from './convertMoney.js';
import { type CurrencyCode, CurrencyCodeSchema, currencyMinorUnits } from './currencies.js';
import { isImpactError } from './ImpactError.js';
import { minorUnitsOf } from './minorUnitsOf.js';
import { type Money, MoneySchema } from './money.js';
import { moneyFromDecimal } from './moneyFromDecimal.js';
import { sumMoney } from './sumMoney.js';
import { sumMoneyByCurrency } from './sumMoneyByCurrency.js';
import { toDecimalString } from './toDecimalString.js';

const azn = (amountMinor: number): Money => ({ amountMinor, currency: 'AZN' });
const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isImpactError(error) ? error.code : 'NOT_AN_IMPACT_ERROR';
  }
  return undefined;
}

describe('currency table', () => {
  it('has the ISO 4217 minor units, not Intl ones', () => {
    expect(currencyMinorUnits.AZN).toBe(2);
    expect(currencyMinorUnits.USD).toBe(2);
    expect(currencyMinorUnits.EUR).toBe(2);
    expect(currencyMinorUnits.JPY).toBe(0);
    expect(currencyMinorUnits.KWD).toBe(3);
    expect(currencyMinorUnits.IQD).toBe(3);
    expect(currencyMinorUnits.CLF).toBe(4);
    expect(minorUnitsOf('ISK')).toBe(0);
  });
  it('has 168 currencies: 17 with 0, 7 with 3, 2 with 4 decimals', () => {
    const units = Object.values(currencyMinorUnits);
    expect(units).toHaveLength(168);
    expect(units.filter((u) => u === 0)).toHaveLength(17);
    expect(units.filter((u) => u === 3)).toHaveLength(7);
    expect(units.filter((u) => u === 4)).toHaveLength(2);
  });
  it('rejects unknown codes', () => {
    expect(CurrencyCodeSchema.safeParse('ABC').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('azn').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('XAU').success).toBe(false); // no minor unit
    expect(codeOf(() => minorUnitsOf('ABC'))).toBe('UNKNOWN_CURRENCY');
    expect(codeOf(() => minorUnitsOf('__proto__'))).toBe('UNKNOWN_CURRENCY');
  });
});

describe('MoneySchema', () => {
  it('accepts integer minor units', () => {
    expect(MoneySchema.parse(azn(123456))).toEqual(azn(123456));
    expect(MoneySchema.parse(azn(-500))).toEqual(azn(-500));
  });
  it.each([
    [{ amountMinor: 1.5, currency: 'AZN' }, 'fractional minor units'],
    [{ amountMinor: 2 ** 53, currency: 'AZN' }, 'unsafe integer'],
    [{ amountMinor: Number.NaN, currency: 'AZN' }, 'NaN'],
    [{ amountMinor: 1, currency: 'ZZZ' }, 'unknown currency'],
    [{ amountMinor: 1, currency: 'AZN', note: 'x' }, 'unknown key'],
    [{ amountMinor: '100', currency: 'AZN' }, 'string amount'],
  ])('rejects %o (%s)', (value, _reason) => {
    expect(MoneySchema.safeParse(value).success).toBe(false);
  });
});

describe('moneyFromDecimal and toDecimalString', () => {
  it('reads 2-decimal currencies', () => {
    expect(moneyFromDecimal('1234.56', 'AZN')).toEqual(azn(123456));
    expect(moneyFromDecimal('1234.5', 'AZN')).toEqual(azn(123450));
    expect(moneyFromDecimal('1234', 'AZN')).toEqual(azn(123400));
    expect(moneyFromDecimal('0.01', 'AZN')).toEqual(azn(1));
    expect(moneyFromDecimal('-0.05', 'AZN')).toEqual(azn(-5));
    expect(moneyFromDecimal('-0', 'AZN')).toEqual(azn(0));
  });
  it('reads 0- and 3-decimal currencies', () => {
    expect(moneyFromDecimal('500', 'JPY')).toEqual({ amountMinor: 500, currency: 'JPY' });
    expect(moneyFromDecimal('1.5', 'KWD')).toEqual({ amountMinor: 1500, currency: 'KWD' });
    expect(moneyFromDecimal('0.001', 'KWD')).toEqual({ amountMinor: 1, currency: 'KWD' });
  });
  it('writes 0-, 2- and 3-decimal currencies', () => {
    expect(toDecimalString(azn(123456))).toBe('1234.56');
    expect(toDecimalString(azn(5))).toBe('0.05');
    expect(toDecimalString(azn(-5))).toBe('-0.05');
    expect(toDecimalString(azn(0))).toBe('0.00');
    expect(toDecimalString({ amountMinor: 500, currency: 'JPY' })).toBe('500');
    expect(toDecimalString({ amountMinor: 1500, currency: 'KWD' })).toBe('1.500');
    expect(toDecimalString({ amountMinor: -5, currency: 'KWD' })).toBe('-0.005');
  });
  it('round-trips hand-picked values', () => {
    for (const [decimal, currency] of [
      ['1234.56', 'AZN'],
      ['0.00', 'USD'],
      ['7', 'JPY'],
      ['12.345', 'KWD'],
      ['-3.210', 'BHD'],
    ] as const) {
      expect(toDecimalString(moneyFromDecimal(decimal, currency))).toBe(decimal);
    }
  });
  it.each([
    ['1.234', 'AZN', 'three fraction digits for a 2-decimal currency'],
    ['1.5', 'JPY', 'any fraction digit for a 0-decimal currency'],
    ['1.0001', 'KWD', 'four fraction digits for a 3-decimal currency'],
    ['1,234.56', 'AZN', 'thousands separator'],
    ['1e3', 'AZN', 'exponent'],
    ['.5', 'AZN', 'no integer digit'],
    ['5.', 'AZN', 'trailing point'],
    ['+5', 'AZN', 'plus sign'],
    [' 5', 'AZN', 'whitespace'],
    ['', 'AZN', 'empty'],
    ['AZN 5', 'AZN', 'currency symbol'],
    ['90071992547409.92', 'AZN', 'beyond the safe-integer range'],
  ])('throws INVALID_AMOUNT for %s %s (%s)', (decimal, currency) => {
    expect(codeOf(() => moneyFromDecimal(decimal, currency as CurrencyCode))).toBe(
      'INVALID_AMOUNT',
    );
  });
  it('names the problem in the message', () => {
    expect(() => moneyFromDecimal('1.234', 'AZN')).toThrowErrorMatchingInlineSnapshot(
      `[ImpactError: [mining-impact] The amount is not a valid decimal for its currency: 1.234 has 3 fraction digits; AZN has 2]`,
    );
  });
  it('throws INVALID_AMOUNT for a non-string', () => {
    expect(codeOf(() => moneyFromDecimal(12.5 as unknown as string, 'AZN'))).toBe('INVALID_AMOUNT');
  });
  it('throws UNKNOWN_CURRENCY for an unknown code', () => {
    expect(codeOf(() => moneyFromDecimal('1', 'ZZZ' as CurrencyCode))).toBe('UNKNOWN_CURRENCY');
  });

  const currency = fc.constantFrom<CurrencyCode>('AZN', 'USD', 'JPY', 'KWD', 'CLF');
  test.prop([fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), currency])(
    'round-trips every safe amount',
    (amountMinor, code) => {
      const money = { amountMinor, currency: code };
      expect(moneyFromDecimal(toDecimalString(money), code)).toEqual(money);
    },
  );
});

describe('addMoney', () => {
  it('adds minor units', () => {
    expect(addMoney(azn(150), azn(275))).toEqual(azn(425));
    expect(addMoney(azn(150), azn(-200))).toEqual(azn(-50));
  });
  it('throws CURRENCY_MISMATCH across currencies', () => {
    expect(codeOf(() => addMoney(azn(1), usd(1)))).toBe('CURRENCY_MISMATCH');
  });
  it('throws UNSAFE_INTEGER on overflow', () => {
    expect(codeOf(() => addMoney(azn(Number.MAX_SAFE_INTEGER), azn(1)))).toBe('UNSAFE_INTEGER');
  });
  it('does not mutate its inputs', () => {
    const a = Object.freeze(azn(1));
    const b = Object.freeze(azn(2));
    expect(addMoney(a, b)).toEqual(azn(3));
    expect(a).toEqual(azn(1));
  });
});

describe('sumMoney', () => {
  it('adds a single-currency list', () => {
    // 100 + 250 + 650 = 1000
    expect(sumMoney([azn(100), azn(250), azn(650)])).toEqual(azn(1000));
  });
  it('returns zero in the given currency for an empty list', () => {
    expect(sumMoney([], 'USD')).toEqual(usd(0));
  });
  it('throws INVALID_ARGUMENT for an empty list without a currency', () => {
    expect(codeOf(() => sumMoney([]))).toBe('INVALID_ARGUMENT');
  });
  it('throws CURRENCY_MISMATCH on mixed currencies', () => {
    expect(codeOf(() => sumMoney([azn(1), usd(1)]))).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => sumMoney([azn(1)], 'USD'))).toBe('CURRENCY_MISMATCH');
  });
  it('accepts any iterable', () => {
    expect(sumMoney(new Set([azn(1), azn(2)]))).toEqual(azn(3));
  });
});

describe('sumMoneyByCurrency', () => {
  it('keeps one total per currency, sorted by code', () => {
    // USD: 100 + 50 = 150; AZN: 300.
    expect(sumMoneyByCurrency([usd(100), azn(300), usd(50)])).toEqual([azn(300), usd(150)]);
  });
  it('returns an empty list for no items', () => {
    expect(sumMoneyByCurrency([])).toEqual([]);
  });

  const money = fc.record({
    amountMinor: fc.integer({ min: -1e9, max: 1e9 }),
    currency: fc.constantFrom<CurrencyCode>('AZN', 'USD', 'EUR', 'JPY'),
  });
  test.prop([
    fc
      .array(money, { maxLength: 50 })
      .chain((xs) =>
        fc.tuple(
          fc.constant(xs),
          fc.shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length }),
        ),
      ),
  ])('does not depend on the order of the items', ([items, shuffled]) => {
    expect(sumMoneyByCurrency(shuffled)).toEqual(sumMoneyByCurrency(items));
  });
  test.prop([fc.array(money, { maxLength: 50 })])('agrees with sumMoney per currency', (items) => {
    for (const total of sumMoneyByCurrency(items)) {
      expect(sumMoney(items.filter((m) => m.currency === total.currency))).toEqual(total);
    }
  });
});

describe('convertMoney', () => {
  it('converts with an explicit rate', () => {
    // USD 100.00 × 1.7 = AZN 170.00
    expect(
      convertMoney(usd(10000), { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' }),
    ).toEqual(azn(17000));
  });
  it('rounds half to even at the target minor unit', () => {
    const kwdToUsd = { from: 'KWD', to: 'USD', rate: '1', date: '2024-12-31' } as const;
    // KWD 2.345 → USD 2.345 → 2.34 (4 is even, stays)
    expect(convertMoney({ amountMinor: 2345, currency: 'KWD' }, kwdToUsd)).toEqual(usd(234));
    // KWD 2.355 → USD 2.355 → 2.36 (5 is odd, goes up to even 6)
    expect(convertMoney({ amountMinor: 2355, currency: 'KWD' }, kwdToUsd)).toEqual(usd(236));
    // KWD 2.346 → 2.35 (above half)
    expect(convertMoney({ amountMinor: 2346, currency: 'KWD' }, kwdToUsd)).toEqual(usd(235));
    // KWD -2.345 → -2.34 and -2.355 → -2.36 (symmetric)
    expect(convertMoney({ amountMinor: -2345, currency: 'KWD' }, kwdToUsd)).toEqual(usd(-234));
    expect(convertMoney({ amountMinor: -2355, currency: 'KWD' }, kwdToUsd)).toEqual(usd(-236));
    // KWD -2.346 → -2.35; KWD -2.344 → -2.34
    expect(convertMoney({ amountMinor: -2346, currency: 'KWD' }, kwdToUsd)).toEqual(usd(-235));
    expect(convertMoney({ amountMinor: -2344, currency: 'KWD' }, kwdToUsd)).toEqual(usd(-234));
  });
  it('converts into a 0-decimal currency', () => {
    // USD 1.00 × 150.5 = JPY 150.5 → 150 (half to even); USD 3.00 × 150.5 = 451.5 → 452
    const rate = { from: 'USD', to: 'JPY', rate: '150.5', date: '2024-12-31' } as const;
    expect(convertMoney(usd(100), rate)).toEqual({ amountMinor: 150, currency: 'JPY' });
    expect(convertMoney(usd(300), rate)).toEqual({ amountMinor: 452, currency: 'JPY' });
  });
  it('handles precise rates without floating point', () => {
    // AZN 1,000,000.00 × 0.588235 = USD 588,235.00
    const rate = { from: 'AZN', to: 'USD', rate: '0.588235', date: '2024-12-31' } as const;
    expect(convertMoney(azn(100_000_000), rate)).toEqual(usd(58_823_500));
  });
  it('throws CURRENCY_MISMATCH when the rate is for another currency', () => {
    expect(
      codeOf(() =>
        convertMoney(azn(1), { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' }),
      ),
    ).toBe('CURRENCY_MISMATCH');
  });
  it.each(['0', '0.0', '-1.7', '1,7', '1e3', ''])('throws INVALID_RATE for %j', (rate) => {
    expect(
      codeOf(() => convertMoney(usd(1), { from: 'USD', to: 'AZN', rate, date: '2024-12-31' })),
    ).toBe('INVALID_RATE');
  });
  it('throws UNSAFE_INTEGER when the result overflows', () => {
    const rate = { from: 'USD', to: 'AZN', rate: '1000', date: '2024-12-31' } as const;
    expect(codeOf(() => convertMoney(usd(Number.MAX_SAFE_INTEGER), rate))).toBe('UNSAFE_INTEGER');
  });
});

describe('money helpers reject amounts that are not safe integers (regressions)', () => {
  const rate = { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' } as const;
  it('convertMoney throws INVALID_AMOUNT instead of a RangeError from BigInt', () => {
    expect(() => convertMoney(usd(1.5), rate)).toThrow(
      '[mining-impact] The amount is not a valid decimal for its currency: 1.5 minor units is not a safe integer',
    );
  });
  it('toDecimalString throws INVALID_AMOUNT instead of writing "1..5" or "1e+2.1"', () => {
    expect(codeOf(() => toDecimalString(azn(1.5)))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => toDecimalString(azn(1e21)))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => toDecimalString(azn(Number.NaN)))).toBe('INVALID_AMOUNT');
  });
  it('addMoney, sumMoney and sumMoneyByCurrency check every amount, the first one too', () => {
    expect(codeOf(() => addMoney(azn(1), azn(0.5)))).toBe('INVALID_AMOUNT');
    // A single item used to be returned as it was: sumMoney([1.5]) gave 1.5.
    expect(codeOf(() => sumMoney([azn(1.5)]))).toBe('INVALID_AMOUNT');
    expect(codeOf(() => sumMoneyByCurrency([azn(Number.POSITIVE_INFINITY)]))).toBe(
      'INVALID_AMOUNT',
    );
    expect(() => sumMoney([{ amountMinor: '5' as unknown as number, currency: 'AZN' }])).toThrow(
      'string minor units is not a safe integer',
    );
  });
  it('moneyFromDecimal names at most 40 characters of a long decimal', () => {
    const long = `1${'0'.repeat(1000)}`;
    expect(() => moneyFromDecimal(long, 'AZN')).toThrow(
      `[mining-impact] The amount is not a valid decimal for its currency: ${long.slice(0, 40)}… is beyond the safe-integer range`,
    );
    expect(() => moneyFromDecimal(`0.${'1'.repeat(100)}`, 'AZN')).toThrow(
      `0.${'1'.repeat(38)}… has 100 fraction digits; AZN has 2`,
    );
  });
});
