import { assertAmountMinor } from './assertAmountMinor.js';
import { minorUnitsOf } from './minorUnitsOf.js';
import type { Money } from './money.js';

/**
 * Formats a {@link Money} value as a plain decimal string in major units.
 *
 * @remarks
 * Exactly as many fraction digits as the currency's minor unit; no grouping, no symbol; `-` for
 * negative amounts. The inverse of {@link moneyFromDecimal}.
 *
 * @param money - The amount.
 * @returns The decimal string, e.g. `'1234.56'`.
 * @throws {@link ImpactError} `UNKNOWN_CURRENCY` for an unknown code; `INVALID_AMOUNT` when
 * `amountMinor` is not a safe integer (it would be written as `1..5` or `1e+21`).
 *
 * @example
 * ```ts
 * toDecimalString({ amountMinor: 123456, currency: 'AZN' });
 * //=> '1234.56'
 * toDecimalString({ amountMinor: -5, currency: 'KWD' });
 * //=> '-0.005'
 * ```
 *
 * @category Money
 */
export function toDecimalString(money: Readonly<Money>): string {
  assertAmountMinor(money.amountMinor);
  const scale = minorUnitsOf(money.currency);
  const negative = money.amountMinor < 0;
  const digits = String(Math.abs(money.amountMinor)).padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}
