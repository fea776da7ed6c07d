import { isCalendarDate } from '../index.js';
import { UsageError } from './usageError.js';

/**
 * `--as-of YYYY-MM-DD`, checked; `undefined` when not given (`report` then takes the dataset's
 * latest dated fact, `validate` today).
 *
 * @param value - The flag's value, if given.
 * @returns The date, or `undefined`.
 * @throws UsageError when the value is not a calendar date.
 * @internal
 */
export function asOfFrom(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !isCalendarDate(value))
    throw new UsageError(`--as-of: "${String(value).slice(0, 40)}" is not a date YYYY-MM-DD`);
  return value;
}

/**
 * `--period start..end`: two dates, in order, ending on or before the as-of date when one is
 * given; by default the year of the as-of date to that day, or `undefined` without one (the
 * report then takes the year of its own as-of day).
 *
 * @param value - The flag's value, if given.
 * @param asOf - The as-of date, if given.
 * @returns The period, or `undefined`.
 * @throws UsageError when the value is not two dates in order within the as-of date.
 * @internal
 */
export function periodFrom(
  value: string | undefined,
  asOf: string | undefined,
): { readonly start: string; readonly end: string } | undefined {
  if (typeof value !== 'string')
    return asOf === undefined ? undefined : { start: `${asOf.slice(0, 4)}-01-01`, end: asOf };
  const parts = value.split('..');
  const [start = '', end = ''] = parts;
  if (
    parts.length !== 2 ||
    !isCalendarDate(start) ||
    !isCalendarDate(end) ||
    end < start ||
    (asOf !== undefined && end > asOf)
  )
    throw new UsageError(
      `--period: "${value.slice(0, 40)}" is not start..end within the as-of date`,
    );
  return { start, end };
}
