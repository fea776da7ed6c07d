import { assertAmountMinor } from './assertAmountMinor.js';
import { DECIMAL_RATE_PATTERN, type FxRate } from './fxRate.js';
import { ImpactError } from './ImpactError.js';
import { minorUnitsOf } from './minorUnitsOf.js';
import type { Money } from './money.js';
import { roundHalfEven } from './roundHalfEven.js';

/**
 * Converts an amount to another currency with an explicit exchange rate.
 *
 * @remarks
 * `target minor units = amountMinor × rate × 10^(target minor unit) / 10^(source minor unit)`,
 * computed exactly with `BigInt` and rounded half to even to the target's minor unit (so
 * `2.345` becomes `2.34` and `2.355` becomes `2.36`).
 *
 * @param money - The amount to convert; its currency must be `rate.from`.
 * @param rate - The exchange rate to apply.
 * @returns The amount in `rate.to`.
 * @throws {@link ImpactError} `CURRENCY_MISMATCH` when `money.currency` is not `rate.from`;
 * `INVALID_RATE` when the rate is not a positive decimal string; `UNSAFE_INTEGER` when the
 * result leaves the safe-integer range; `UNKNOWN_CURRENCY` for an unknown code; `INVALID_AMOUNT`
 * when `money.amountMinor` is not a safe integer.
 *
 * @example
 * ```ts
 * convertMoney(
 *   { amountMinor: 10000, currency: 'USD' },
 *   { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' },
 * );
 * //=> { amountMinor: 17000, currency: 'AZN' }
 * ```
 *
 * @category Money
 */
export function convertMoney(money: Readonly<Money>, rate: Readonly<FxRate>): Money {
  assertAmountMinor(money.amountMinor);
  if (money.currency !== rate.from) {
    throw new ImpactError('CURRENCY_MISMATCH', `${money.currency} amount with a ${rate.from} rate`);
  }
  if (typeof rate.rate !== 'string' || !DECIMAL_RATE_PATTERN.test(rate.rate)) {
    throw new ImpactError('INVALID_RATE', JSON.stringify(String(rate.rate).slice(0, 40)));
  }
  const [whole = '', fraction = ''] = rate.rate.split('.');
  const rateScaled = BigInt(`${whole}${fraction}`);
  const numerator = BigInt(money.amountMinor) * rateScaled * 10n ** BigInt(minorUnitsOf(rate.to));
  const denominator = 10n ** BigInt(fraction.length + minorUnitsOf(money.currency));
  const result = roundHalfEven(numerator, denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ImpactError('UNSAFE_INTEGER', `${money.amountMinor} × ${rate.rate}`);
  }
  return { amountMinor: Number(result), currency: rate.to };
}
