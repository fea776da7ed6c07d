import type { CalendarDate } from '../../core/calendarDate.js';
import type { TerminationReason } from '../../model/employee.js';

/**
 * The flows of a workforce over a period, counted by a workforce accumulator made with a
 * `period` (see {@link WorkforceAccumulator.flows}).
 *
 * @remarks
 * Counts of the accumulator's population (the company's employees, and contractors' workers too
 * when they are included), every record read once, exact:
 * - `headcountAtStart`: hired before the period's first day and not terminated before it;
 *   `headcountAtEnd`: active on its last day (hired on or before it, not terminated on or
 *   before it);
 * - `hires`: hired within the period for the first time (GRI 401-1 a: employees joining the
 *   organisation for the first time); `rehires`: hired within the period with `rehire: true`;
 * - `leavers`: terminated within the period, by termination reason (`notStated` when none is
 *   recorded).
 *
 * From them: the new hire rate of GRI 401-1 a is `hires / headcountAtEnd` (`(hires + rehires) /
 * headcountAtEnd` to count re-hires, as `newHireRate` with `rehires: 'include'`); the turnover
 * rate of GRI 401-1 b is (voluntary + dismissal + retirement + death + notStated) /
 * `headcountAtEnd`, contract ends apart; the net change is `headcountAtEnd − headcountAtStart`,
 * which equals `hires + rehires −` all leavers for records whose termination does not precede
 * their hire.
 *
 * @category Workforce indicators
 */
export interface WorkforceFlows {
  /** The period the flows are counted over, both ends included. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** People there on the period's first day. */
  readonly headcountAtStart: number;
  /** People there on the period's last day. */
  readonly headcountAtEnd: number;
  /** First-time hires within the period (GRI 401-1 a). */
  readonly hires: number;
  /** Re-hires within the period (`rehire: true`), apart from the hires. */
  readonly rehires: number;
  /** Terminations within the period, by reason; `notStated` when none is recorded. */
  readonly leavers: { readonly [reason in TerminationReason | 'notStated']: number };
}
