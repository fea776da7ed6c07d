import * as z from 'zod';
import { pure } from './pure.js';

/**
 * A calendar date as an ISO 8601 `YYYY-MM-DD` string that names a real day.
 *
 * @remarks
 * Month lengths and leap years are checked (`2024-02-29` is accepted, `2023-02-29`,
 * `2024-02-30` and `2024-13-01` are not); `2024-1-1` and `20240101` are rejected. Dates are kept
 * as strings: two valid dates compare in calendar order with `<` and `>`, which is what hot loops
 * use.
 *
 * @example
 * ```ts
 * CalendarDateSchema.parse('2024-02-29');
 * //=> '2024-02-29'
 * CalendarDateSchema.safeParse('2023-02-29').success;
 * //=> false
 * ```
 *
 * @category Dates
 */
export const CalendarDateSchema = pure(() =>
  z.iso.date({
    error: 'Expected a real calendar date YYYY-MM-DD.',
  }),
);

/**
 * A calendar date string `YYYY-MM-DD` that names a real day (see {@link CalendarDateSchema}).
 *
 * @remarks
 * Two valid dates compare in calendar order with `<` and `>`.
 *
 * @example
 * ```ts
 * const asOf: CalendarDate = '2025-11-14';
 * ```
 *
 * @category Dates
 */
export type CalendarDate = string;

/**
 * Tells whether a value is a real calendar date string `YYYY-MM-DD`.
 *
 * @remarks
 * The same test as {@link CalendarDateSchema}, without building an error.
 *
 * @param value - The value to test.
 * @returns `true` for a string naming a real day.
 *
 * @example
 * ```ts
 * isCalendarDate('2024-02-29');
 * //=> true
 * isCalendarDate('2024-1-1');
 * //=> false
 * ```
 *
 * @category Dates
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  return CalendarDateSchema.safeParse(value).success;
}
