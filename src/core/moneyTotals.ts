import { addMoney } from './addMoney.js';
import type { Money } from './money.js';

/**
 * Running totals of money, one per currency, never mixed.
 *
 * @internal
 */
export type MoneyTotals = Map<string, Money>;

/**
 * Adds an amount to its currency's running total, with the checks of `addMoney`: the amount
 * must be a safe integer and the total must stay in the safe-integer range.
 *
 * @param totals - The running totals; changed in place.
 * @param money - The amount to add.
 * @internal
 */
export function addToTotals(totals: MoneyTotals, money: Readonly<Money>): void {
  const current = totals.get(money.currency);
  totals.set(
    money.currency,
    addMoney(current ?? { amountMinor: 0, currency: money.currency }, money),
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
