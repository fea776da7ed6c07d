import type { Money } from './money.js';
import { addToTotals, type MoneyTotals, sortedTotals } from './moneyTotals.js';

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
  const totals: MoneyTotals = new Map();
  for (const item of items) addToTotals(totals, item);
  return sortedTotals(totals);
}
