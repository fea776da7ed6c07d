import type { CurrencyCode } from '../../core/currencies.js';
import type { Money } from '../../core/money.js';
import type { ValueOrReason } from './resultFrom.js';

/**
 * The value fields of a money figure: the amount in minor units of its one currency, or `null`
 * with the reason.
 *
 * @remarks
 * One currency: `value` is its `amountMinor` and `currency` its code. Several currencies:
 * `null` with `MULTIPLE_CURRENCIES` (amounts are never added across currencies). No amount:
 * `0` in `currency` when the caller knows the currency (an exchange-rate table's), else `null`
 * with `MISSING_DATA`.
 *
 * @param totals - The totals, one per currency.
 * @param currency - The currency of an empty total, when known.
 * @returns `value`, `reason` and `currency`.
 * @internal
 */
export function moneyValue(
  totals: readonly Money[],
  currency?: CurrencyCode | undefined,
): ValueOrReason & { readonly currency?: CurrencyCode } {
  const [first] = totals;
  if (totals.length > 1) return { value: null, reason: 'MULTIPLE_CURRENCIES' };
  if (first !== undefined) return { value: first.amountMinor, currency: first.currency };
  if (currency !== undefined) return { value: 0, currency };
  return { value: null, reason: 'MISSING_DATA' };
}

/**
 * The value fields of a money row: as {@link moneyValue}, without the currency (a row's
 * currency is that of its `money`).
 *
 * @param money - The row's amounts, one per currency.
 * @param currency - The currency of an empty row, when known.
 * @returns `value` and `reason`.
 * @internal
 */
export function moneyRowValue(
  money: readonly Money[],
  currency?: CurrencyCode | undefined,
): ValueOrReason {
  const fields = moneyValue(money, currency);
  return fields.value === null ? { value: null, reason: fields.reason } : { value: fields.value };
}
