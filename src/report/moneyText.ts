import type { Money } from '../core/money.js';
import { toDecimalString } from '../core/toDecimalString.js';

/**
 * Writes an amount with its currency and grouped digits: `'AZN 300,000.00'`.
 *
 * @remarks
 * Exact: the digits come from {@link toDecimalString}, never from a floating-point number.
 *
 * @param money - The amount.
 * @returns The text.
 * @internal
 */
export function moneyText(money: Readonly<Money>): string {
  const [whole = '', fraction] = toDecimalString(money).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${money.currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}
