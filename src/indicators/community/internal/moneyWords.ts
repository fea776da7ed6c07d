import type { Money } from '../../../core/money.js';
import { toDecimalString } from '../../../core/toDecimalString.js';
import {
  isMoneyBounds,
  type ReportedAmount,
  type ReportedMoney,
} from '../../../model/reportedAmount.js';

/** An amount with its currency and grouped digits: `'USD 781,000.00'`. */
function exactText(money: Readonly<Money>): string {
  const [whole = '', fraction] = toDecimalString(money).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${money.currency} ${fraction === undefined ? grouped : `${grouped}.${fraction}`}`;
}

/**
 * Writes a published amount: `'USD 781,000.00'`, `'at least USD 1,000,000.01'`, `'at most KGS
 * 50,000,000.00'` or `'USD 1.00 to USD 2.00'`.
 *
 * @remarks
 * Exact: the digits come from the integer minor units, never from a floating-point number.
 *
 * @param money - The amount, exact or bounded.
 * @returns The text.
 * @internal
 */
export function reportedMoneyText(money: Readonly<ReportedMoney>): string {
  if (!isMoneyBounds(money)) return exactText(money);
  const at = (amountMinor: number) => exactText({ amountMinor, currency: money.currency });
  if (money.min !== undefined && money.max !== undefined)
    return money.min === money.max ? at(money.min) : `${at(money.min)} to ${at(money.max)}`;
  return money.min === undefined ? `at most ${at(money.max ?? 0)}` : `at least ${at(money.min)}`;
}

/**
 * Writes the period of a reported amount: `'in 2009'`, `'from 2009 to 2013'`, or for a
 * cumulative amount `'since 2009, as of 2014-04'`.
 *
 * @param amount - The reported amount.
 * @returns The text.
 * @internal
 */
export function reportedPeriodText(amount: Readonly<ReportedAmount>): string {
  if (amount.basis === 'cumulative') return `since ${amount.period.start}, as of ${amount.asOf}`;
  const { start, end } = amount.period;
  return end === undefined || end === start ? `in ${start}` : `from ${start} to ${end}`;
}

/**
 * Describes a reported amount for a note: the program, the amount, its period and the published
 * words, e.g. `'fund: USD 27,600,000.00 since 2009, as of 2014-04 ("USD 27.6 million to date")'`.
 *
 * @param programId - The program.
 * @param amount - The reported amount.
 * @returns The text.
 * @internal
 */
export function reportedAmountText(programId: string, amount: Readonly<ReportedAmount>): string {
  const phrase = amount.phrase === undefined ? '' : ` ("${amount.phrase}")`;
  return `${programId}: ${reportedMoneyText(amount.value)} ${reportedPeriodText(amount)}${phrase}`;
}
