import * as z from 'zod';
import { type CalendarDate, isCalendarDate } from './calendarDate.js';
import { ImpactError } from './ImpactError.js';
import { pure } from './pure.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31 (real days checked apart). */
const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

const PARTIAL_DATE_MESSAGE = 'Expected a year YYYY, a month YYYY-MM or a real day YYYY-MM-DD.';

/** Whether a string that matches the pattern names a real day when it is a full date. */
function isRealWhenFull(value: string): boolean {
  return value.length !== 10 || !PARTIAL_DATE_PATTERN.test(value) || isCalendarDate(value);
}

/**
 * A date as precise as its source: a year `YYYY`, a month `YYYY-MM` or a day `YYYY-MM-DD`.
 *
 * @remarks
 * For dates a source gives only to the year or the month ("founded in 1997", "production began
 * in May 1997"): the precision published is kept, never invented. A full date must name a real
 * day (as {@link CalendarDateSchema}); a month is `01`–`12`. Accepted only where a source date
 * is plausible (a company's founding, a deposit's stage changes, a population figure, a source's
 * publication), never in employment records or spend flows. In the JSON Schema: the pattern,
 * and `format: date` for a full date.
 *
 * @example
 * ```ts
 * PartialDateSchema.parse('1997-05');
 * //=> '1997-05'
 * PartialDateSchema.safeParse('1997-13').success;
 * //=> false
 * ```
 *
 * @category Dates
 */
export const PartialDateSchema = pure(() =>
  z
    .string()
    .regex(PARTIAL_DATE_PATTERN, { error: PARTIAL_DATE_MESSAGE })
    .refine(isRealWhenFull, {
      error: PARTIAL_DATE_MESSAGE,
      params: { code: 'schema.invalid_format' },
    })
    .meta({ anyOf: [{ maxLength: 7 }, { format: 'date' }] }),
);

/**
 * A date as precise as its source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (see
 * `PartialDateSchema`).
 *
 * @remarks
 * A year stands for every day of the year, a month for every day of the month: use
 * {@link partialDateRange} to compare one with another date, never `<` on the strings.
 *
 * @example
 * ```ts
 * const foundedOn: PartialDate = '1997';
 * ```
 *
 * @category Dates
 */
export type PartialDate = string;

/**
 * Tells whether a value is a {@link PartialDate}: `YYYY`, `YYYY-MM` or a real day `YYYY-MM-DD`.
 *
 * @param value - The value to test.
 * @returns `true` for a year, a month or a real calendar date.
 *
 * @example
 * ```ts
 * isPartialDate('1997');
 * //=> true
 * isPartialDate('1997-05');
 * //=> true
 * isPartialDate('1997-02-29');
 * //=> false
 * ```
 *
 * @category Dates
 */
export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value) && isRealWhenFull(value);
}

/**
 * The calendar days a partial date stands for, first and last.
 *
 * @example
 * ```ts
 * const may1997: PartialDateRange = { start: '1997-05-01', end: '1997-05-31' };
 * ```
 *
 * @category Dates
 */
export interface PartialDateRange {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: CalendarDate;
  /** The last day, `YYYY-MM-DD` (the same as `start` for a full date). */
  readonly end: CalendarDate;
}

/** The number of days of a month (1–12) in a year of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Returns the first and last calendar days a partial date stands for.
 *
 * @remarks
 * A year is the whole year (`'1997'` → 1997-01-01 to 1997-12-31), a month the whole month
 * (`'1997-02'` → 1997-02-01 to 1997-02-28, leap years counted), a day itself. The comparison
 * semantics of the library follow: a partial date is *before* another when its range ends before
 * the other's range starts, *after* when its range starts after the other's ends, and neither
 * when the ranges overlap ("1997" and "1997-03-01" are neither: no order is claimed). See
 * {@link comparePartialDates}.
 *
 * @param date - The partial date.
 * @returns `{ start, end }`, both `YYYY-MM-DD`, `start <= end`.
 * @throws {@link ImpactError} `INVALID_DATE` when `date` is not a {@link PartialDate}.
 *
 * @example
 * ```ts
 * partialDateRange('1997');
 * //=> { start: '1997-01-01', end: '1997-12-31' }
 * partialDateRange('2024-02');
 * //=> { start: '2024-02-01', end: '2024-02-29' }
 * partialDateRange('2024-02-10');
 * //=> { start: '2024-02-10', end: '2024-02-10' }
 * ```
 *
 * @category Dates
 */
export function partialDateRange(date: PartialDate): PartialDateRange {
  if (!isPartialDate(date)) {
    const value: unknown = date;
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new ImpactError('INVALID_DATE', `partial date: ${shown}`);
  }
  if (date.length === 10) return { start: date, end: date };
  if (date.length === 4) return { start: `${date}-01-01`, end: `${date}-12-31` };
  const days = daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
  return { start: `${date}-01`, end: `${date}-${String(days).padStart(2, '0')}` };
}

/**
 * Compares two partial dates by the days they stand for.
 *
 * @remarks
 * With the ranges of {@link partialDateRange}: `'before'` when `a` ends before `b` starts,
 * `'after'` when `a` starts after `b` ends, `'overlapping'` otherwise (the ranges share a day:
 * equal dates, a year and a day inside it, a month and a day of it). "May 1997" is after
 * "1997-04-30"; "1997" is neither before nor after "1997-03-01". This is not a total order:
 * validation reports a wrong order only when it is certain.
 *
 * @param a - The first date.
 * @param b - The second date.
 * @returns `'before'`, `'after'` or `'overlapping'`.
 * @throws {@link ImpactError} `INVALID_DATE` when either is not a {@link PartialDate}.
 *
 * @example
 * ```ts
 * comparePartialDates('1997-05', '1997-04-30');
 * //=> 'after'
 * comparePartialDates('1997', '1997-03-01');
 * //=> 'overlapping'
 * comparePartialDates('1996', '1997-01');
 * //=> 'before'
 * ```
 *
 * @category Dates
 */
export function comparePartialDates(
  a: PartialDate,
  b: PartialDate,
): 'before' | 'after' | 'overlapping' {
  const first = partialDateRange(a);
  const second = partialDateRange(b);
  if (first.end < second.start) return 'before';
  if (first.start > second.end) return 'after';
  return 'overlapping';
}
