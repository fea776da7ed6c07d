// Invariants of money arithmetic: conversion is exact to half a minor unit, allocation by
// percentages adds up to the amount.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { allocateMoney } from '../../src/core/allocateMoney.js';
import { convertMoney } from '../../src/core/convertMoney.js';
import type { CurrencyCode } from '../../src/core/currencies.js';
import { currencyMinorUnits } from '../../src/core/currencies.js';
import { isImpactError } from '../../src/core/ImpactError.js';
import type { Money } from '../../src/core/money.js';

const currency = fc.constantFrom<CurrencyCode>('AZN', 'USD', 'JPY', 'KWD', 'CLF');

describe('money', () => {
  test.prop([
    fc.integer({ min: -1e12, max: 1e12 }),
    currency,
    currency,
    fc.integer({ min: 1, max: 10 ** 9 }),
    fc.integer({ min: 0, max: 6 }),
  ])(
    'a conversion lies within half a minor unit of the exact product, rounded half to even',
    (amountMinor, from, to, digits, scale) => {
      const rate = String(digits).padStart(scale + 1, '0');
      const text = scale === 0 ? rate : `${rate.slice(0, -scale)}.${rate.slice(-scale)}`;
      const numerator =
        BigInt(amountMinor) * BigInt(digits) * 10n ** BigInt(currencyMinorUnits[to]);
      const denominator = 10n ** BigInt(scale + currencyMinorUnits[from]);
      const magnitude = numerator < 0n ? -numerator : numerator;
      let converted: Money;
      try {
        converted = convertMoney(
          { amountMinor, currency: from },
          { from, to, rate: text, date: '2024-12-31' },
        );
      } catch (error) {
        // Only a result that rounds beyond the safe range may be refused: |exact| >= MAX + 1/2.
        expect(isImpactError(error, 'UNSAFE_INTEGER')).toBe(true);
        expect(2n * magnitude >= (2n * BigInt(Number.MAX_SAFE_INTEGER) + 1n) * denominator).toBe(
          true,
        );
        return;
      }
      // Exactly: amount × digits / 10^scale × 10^(to decimals − from decimals), in minor units of
      // `to`; compared as integers scaled by 2 × denominator to avoid any rounding.
      const twiceError = 2n * BigInt(converted.amountMinor) * denominator - 2n * numerator;
      const absolute = twiceError < 0n ? -twiceError : twiceError;
      expect(absolute <= denominator).toBe(true);
      // A tie (error exactly one half) goes to the even neighbour.
      if (absolute === denominator) expect(Math.abs(converted.amountMinor % 2)).toBe(0);
    },
  );

  test.prop([
    fc.integer({ min: -1e12, max: 1e12 }),
    fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 10 }),
  ])(
    'an allocation by percentages in basis points adds up to the amount, in order',
    (amount, weights) => {
      fc.pre(weights.some((w) => w > 0));
      const parts = allocateMoney({ amountMinor: amount, currency: 'AZN' }, weights);
      expect(parts.reduce((sum, part) => sum + part.amountMinor, 0)).toBe(amount);
      // A part never has the opposite sign of the amount, and a zero weight gets nothing.
      parts.forEach((part, i) => {
        expect(Math.sign(part.amountMinor) * Math.sign(amount)).toBeGreaterThanOrEqual(0);
        if (weights[i] === 0) expect(part.amountMinor).toBe(0);
      });
    },
  );
});
