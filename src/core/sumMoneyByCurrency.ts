import { addMoney } from './addMoney.js';
import type { CurrencyCode } from './currencies.js';
import type { Money } from './money.js';

/**
 * Adds up amounts per currency, never mixing currencies.
 *
 * @remarks
 * One total per currency present, sorted by currency code, so the result does not depend on the
 * order of the input. Integer addition of minor units.
 *
 * @param items - The amounts, in any currencies.
 * @returns One {@link Money} per currency, sorted by code; empty for an empty list.
 * @throws {@link ImpactError} `UNSAFE_INTEGER` when a total leaves the safe-integer range;
 * `INVALID_AMOUNT` when an amount is not a safe integer.
 *
 * @example
 * ```ts
 * sumMoneyByCurrency([
 *   { amountMinor: 100, currency: 'USD' },
 *   { amountMinor: 300, currency: 'AZN' },
 *   { amountMinor: 50, currency: 'USD' },
 * ]);
 * //=> [{ amountMinor: 300, currency: 'AZN' }, { amountMinor: 150, currency: 'USD' }]
 * ```
 *
 * @category Money
 */
export function sumMoneyByCurrency(items: Iterable<Readonly<Money>>): Money[] {
  const totals = new Map<CurrencyCode, Money>();
  for (const item of items) {
    const current = totals.get(item.currency);
    totals.set(
      item.currency,
      current === undefined
        ? addMoney({ amountMinor: 0, currency: item.currency }, item)
        : addMoney(current, item),
    );
  }
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}
