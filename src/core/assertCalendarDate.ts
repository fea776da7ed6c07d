import { type CalendarDate, isCalendarDate } from './calendarDate.js';
import { ImpactError } from './ImpactError.js';

/**
 * Throws unless a value is a real calendar date `YYYY-MM-DD`.
 *
 * @remarks
 * For the dates functions take as options (`asOf`, a period's ends): compared as strings, a
 * malformed date such as `2024-13-01` or `2024-1-1` would silently select the wrong records.
 *
 * @param value - The value to check.
 * @param what - What the value is, for the error message, e.g. `'asOf'`.
 * @throws {@link ImpactError} `INVALID_DATE` when `value` is not a calendar date.
 * @internal
 */
export function assertCalendarDate(value: unknown, what: string): asserts value is CalendarDate {
  if (!isCalendarDate(value)) {
    const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
    throw new ImpactError('INVALID_DATE', `${what}: ${shown}`);
  }
}
