import type { CalendarDate } from '../../core/calendarDate.js';
import type { ProgramId } from '../../core/ids.js';
import type { Money } from '../../core/money.js';
import type { ReportedAmount, ReportedMoney } from '../../model/reportedAmount.js';

/**
 * How a reported amount is used in a period: counted, or why not.
 *
 * @remarks
 * - `counted`: a `spent` amount whose period lies inside the report period; it supersedes the
 *   program's flows dated within its own period.
 * - `supersededByWider`: a `spent` amount inside the report period whose period lies within that
 *   of another counted `spent` amount of the program ("USD 781,000 in 2009" within "USD 12.388
 *   million over 2009-2013"): the wider total already holds it.
 * - `straddlesPeriod`: a `spent` amount whose period starts before or ends after the report
 *   period: not counted, never prorated.
 * - `overlapsAnother`: a `spent` amount inside the report period whose period overlaps that of
 *   another one of the program without either holding the other (or repeats it): which part is
 *   new is unknown, so neither counts.
 * - `notSpending`: a `budgeted` or `committed` amount: never spending.
 * - `cumulative`: a total since the start, as of a day within the report period: never split
 *   into years.
 *
 * @example
 * ```ts
 * const status: ReportedAmountStatus = 'straddlesPeriod';
 * ```
 *
 * @category Community indicators
 */
export type ReportedAmountStatus =
  | 'counted'
  | 'supersededByWider'
  | 'straddlesPeriod'
  | 'overlapsAnother'
  | 'notSpending'
  | 'cumulative';

/**
 * A reported amount of a program that concerns the report period, and how it is used.
 *
 * @remarks
 * Amounts whose period lies wholly outside the report period (and cumulative amounts whose
 * `asOf` does) are not listed.
 *
 * @example
 * ```ts
 * declare const use: ReportedAmountUse;
 * use.status; // 'counted', or why the amount is reported apart
 * ```
 *
 * @category Community indicators
 */
export interface ReportedAmountUse {
  /** The program. */
  readonly programId: ProgramId;
  /** The index of the amount in the program's `reportedAmounts`. */
  readonly index: number;
  /** The amount as recorded. */
  readonly amount: ReportedAmount;
  /** Counted, or why not. */
  readonly status: ReportedAmountStatus;
}

/**
 * A dated flow left out because a counted reported amount of its program covers its day.
 *
 * @example
 * ```ts
 * declare const flow: SupersededFlow;
 * flow.byAmount; // the index of the reported amount that holds it
 * ```
 *
 * @category Community indicators
 */
export interface SupersededFlow {
  /** The program. */
  readonly programId: ProgramId;
  /** The index of the flow in the program's `spend`. */
  readonly index: number;
  /** The day of the flow. */
  readonly date: CalendarDate;
  /** The amount of the flow. */
  readonly value: Money;
  /** The index, in the program's `reportedAmounts`, of the counted amount that holds it. */
  readonly byAmount: number;
}

/**
 * An amount converted with the publisher's own equivalent rather than an exchange rate.
 *
 * @example
 * ```ts
 * declare const used: EquivalentUsed;
 * used.equivalent; // e.g. { amountMinor: 160000000, currency: 'USD' } for 50 million soms
 * ```
 *
 * @category Community indicators
 */
export interface EquivalentUsed {
  /** The program. */
  readonly programId: ProgramId;
  /** The amount as published. */
  readonly value: ReportedMoney;
  /** The publisher's own amount in the target currency, used as the conversion. */
  readonly equivalent: ReportedMoney;
}
