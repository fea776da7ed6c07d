import type { CalendarDate } from './calendarDate.js';
import type { Period } from './period.js';

/**
 * Tells whether a date falls inside a period, both ends included.
 *
 * @remarks
 * Compares ISO date strings, so it is cheap enough for per-record loops. An open-ended period
 * contains every date from its start on.
 *
 * @param date - The calendar date to test.
 * @param period - The period, inclusive at both ends.
 * @returns `true` when `period.start <= date` and (`period.end` is absent or `date <= period.end`).
 *
 * @example
 * ```ts
 * isWithinPeriod('2024-12-31', { start: '2024-01-01', end: '2024-12-31' });
 * //=> true
 * isWithinPeriod('2030-01-01', { start: '2024-01-01' });
 * //=> true
 * ```
 *
 * @category Dates
 */
export function isWithinPeriod(date: CalendarDate, period: Readonly<Period>): boolean {
  return period.start <= date && (period.end === undefined || date <= period.end);
}
