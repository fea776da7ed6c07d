/**
 * Calendar arithmetic on `YYYY-MM-DD` strings in the proleptic Gregorian calendar, without time
 * zones: the days between two dates and a date some years later. Private to the library.
 *
 * @packageDocumentation
 * @internal
 */

/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

/** The parts of a `YYYY-MM-DD` date (not checked: callers pass calendar dates). */
function partsOf(date: string): readonly [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Milliseconds from 1970-01-01 to midnight UTC of a day; years below 100 stay as given. */
function utcTime(year: number, month: number, day: number): number {
  const time = new Date(0);
  time.setUTCFullYear(year, month - 1, day);
  return time.getTime();
}

/**
 * The number of calendar days from `start` to `end` (negative when `end` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-02-01', '2024-03-01');
 * //=> 29
 * ```
 *
 * @internal
 */
export function daysBetween(start: string, end: string): number {
  const [endYear, endMonth, endDay] = partsOf(end);
  const [startYear, startMonth, startDay] = partsOf(start);
  const difference = utcTime(endYear, endMonth, endDay) - utcTime(startYear, startMonth, startDay);
  return Math.round(difference / DAY_MS);
}

/** The days in a month of a year (February has 29 in leap years). */
function daysInMonth(year: number, month: number): number {
  return new Date(utcTime(year, month + 1, 0)).getUTCDate();
}

/**
 * The same day `years` years later; 29 February becomes 28 February in a common year (the last
 * day of the month, as calendar libraries do).
 *
 * @example
 * ```ts
 * addYears('2024-02-29', 15);
 * //=> '2039-02-28'
 * ```
 *
 * @internal
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = partsOf(date);
  const target = year + years;
  const clamped = Math.min(day, daysInMonth(target, month));
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(target, 4)}-${pad(month, 2)}-${pad(clamped, 2)}`;
}
