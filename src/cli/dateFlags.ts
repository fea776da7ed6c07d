import { isCalendarDate } from '../index.js';
import type { CliIo } from './cliIo.js';
import { UsageError } from './usageError.js';

/**
 * `--as-of YYYY-MM-DD`, today by default.
 *
 * @param value - The flag's value, if given.
 * @param io - Today's date.
 * @returns The date.
 * @throws UsageError when the value is not a calendar date.
 * @internal
 */
export function asOfFrom(value: unknown, io: CliIo): string {
  const asOf: string = typeof value === 'string' ? value : io.today();
  if (!isCalendarDate(asOf))
    throw new UsageError(`--as-of: "${String(asOf).slice(0, 40)}" is not a date YYYY-MM-DD`);
  return asOf;
}

/**
 * `--period start..end`: two dates, in order, ending on or before the as-of date; the year to
 * date by default.
 *
 * @param value - The flag's value, if given.
 * @param asOf - The as-of date.
 * @returns The period.
 * @throws UsageError when the value is not two dates in order within the as-of date.
 * @internal
 */
export function periodFrom(
  value: string | undefined,
  asOf: string,
): { readonly start: string; readonly end: string } {
  if (typeof value !== 'string') return { start: `${asOf.slice(0, 4)}-01-01`, end: asOf };
  const parts = value.split('..');
  const [start = '', end = ''] = parts;
  if (
    parts.length !== 2 ||
    !isCalendarDate(start) ||
    !isCalendarDate(end) ||
    end < start ||
    end > asOf
  )
    throw new UsageError(
      `--period: "${value.slice(0, 40)}" is not start..end within the as-of date`,
    );
  return { start, end };
}
