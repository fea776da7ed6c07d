import { addMoney } from './addMoney.js';
import type { Money } from './money.js';

/**
 * Running totals of money, one per currency, never mixed.
 *
 * @internal
 */
export type MoneyTotals = Map<string, Money>;

/**
 * Adds an amount to its currency's running total, with the overflow check of `addMoney`.
 *
 * @param totals - The running totals; changed in place.
 * @param money - The amount to add.
 * @internal
 */
export function addToTotals(totals: MoneyTotals, money: Readonly<Money>): void {
  const current = totals.get(money.currency);
  totals.set(
    money.currency,
    current === undefined
      ? { amountMinor: money.amountMinor, currency: money.currency }
      : addMoney(current, money),
  );
}

/**
 * The running totals as a list sorted by currency code.
 *
 * @param totals - The running totals.
 * @returns One amount per currency, sorted by code.
 * @internal
 */
export function sortedTotals(totals: ReadonlyMap<string, Money>): Money[] {
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
}
