import type { CalendarDate } from '../../core/calendarDate.js';
import type { AgeBand } from '../../model/workforceSummary.js';

/**
 * The GRI age band of a person born in `birthYear`, on a day.
 *
 * @remarks
 * Only the year of birth is kept, so the age is the age reached during the year of `asOf`:
 * `year(asOf) − birthYear`. Under 30 → `'<30'`; 30 to 50 inclusive → `'30-50'` (30 and 50 fall
 * in the middle band, as in GRI 401-1 and 405-1); over 50 → `'>50'`. Without a birth year the
 * band is `'unknown'`, never guessed.
 *
 * @param birthYear - The year of birth, or `undefined` when not recorded.
 * @param asOf - The day of the count (for rates, the period end).
 * @returns The band, or `'unknown'`.
 *
 * @example
 * ```ts
 * ageBand(1994, '2024-12-31');
 * //=> '30-50'
 * ageBand(undefined, '2024-12-31');
 * //=> 'unknown'
 * ```
 *
 * @category Workforce indicators
 */
export function ageBand(birthYear: number | undefined, asOf: CalendarDate): AgeBand | 'unknown' {
  if (birthYear === undefined || !Number.isInteger(birthYear)) return 'unknown';
  const age = Number(asOf.slice(0, 4)) - birthYear;
  if (age < 30) return '<30';
  if (age <= 50) return '30-50';
  return '>50';
}
