import { assertPeriod } from './assertPeriod.js';
import { daysBetween } from './internal/calendarArithmetic.js';
import type { Period } from './period.js';

/**
 * Counts the days in a closed period, both ends included.
 *
 * @remarks
 * `end − start + 1` calendar days of the Gregorian calendar, so leap days count. A one-day period
 * has 1 day; the year 2024 has 366.
 *
 * @param period - The period, inclusive at both ends.
 * @returns The number of days (>= 1), or `null` when the period is open-ended.
 * @throws {@link ImpactError} `INVALID_DATE` when `start` or `end` is not a calendar date (such
 * dates would count `NaN` days); `INVALID_PERIOD` when `end` is before `start`.
 *
 * @example
 * ```ts
 * periodDays({ start: '2024-02-01', end: '2024-02-29' });
 * //=> 29
 * periodDays({ start: '2024-01-01' });
 * //=> null
 * ```
 *
 * @category Dates
 */
export function periodDays(period: Readonly<Period>): number | null {
  assertPeriod(period, 'period');
  if (period.end === undefined) return null;
  return daysBetween(period.start, period.end) + 1;
}
