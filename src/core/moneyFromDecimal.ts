import type { CurrencyCode } from './currencies.js';
import { ImpactError } from './ImpactError.js';
import { minorUnitsOf } from './minorUnitsOf.js';
import type { Money } from './money.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Creates a {@link Money} value from a decimal string in major units.
 *
 * @remarks
 * The string is read exactly, digit by digit (no floating point): an optional `-`, digits, and
 * optionally `.` and at most as many fraction digits as the currency's minor unit. Thousands
 * separators, exponents and currency symbols are rejected.
 *
 * @param decimal - The amount in major units, e.g. `'1234.56'`.
 * @param currency - The ISO 4217 code.
 * @returns The amount in integer minor units.
 * @throws {@link ImpactError} `INVALID_AMOUNT` for a malformed decimal, too many fraction digits
 * or an amount beyond the safe-integer range; `UNKNOWN_CURRENCY` for an unknown code.
 *
 * @example
 * ```ts
 * moneyFromDecimal('1234.56', 'AZN');
 * //=> { amountMinor: 123456, currency: 'AZN' }
 * moneyFromDecimal('1.5', 'KWD');
 * //=> { amountMinor: 1500, currency: 'KWD' }
 * ```
 *
 * @category Money
 */
export function moneyFromDecimal(decimal: string, currency: CurrencyCode): Money {
  const scale = minorUnitsOf(currency);
  const match = typeof decimal === 'string' ? DECIMAL.exec(decimal) : null;
  if (match === null) {
    throw new ImpactError('INVALID_AMOUNT', JSON.stringify(String(decimal).slice(0, 40)));
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const shown = decimal.length > 40 ? `${decimal.slice(0, 40)}…` : decimal;
  if (fraction.length > scale) {
    throw new ImpactError(
      'INVALID_AMOUNT',
      `${shown} has ${fraction.length} fraction digits; ${currency} has ${scale}`,
    );
  }
  const minor = BigInt(`${sign}${whole}${fraction.padEnd(scale, '0')}`);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ImpactError('INVALID_AMOUNT', `${shown} is beyond the safe-integer range`);
  }
  return { amountMinor: Number(minor), currency };
}
