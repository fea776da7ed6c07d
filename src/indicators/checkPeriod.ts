import { isCalendarDate } from '../core/calendarDate.js';
import { ImpactError } from '../core/ImpactError.js';
import type { Period } from '../core/period.js';

/**
 * Checks a period argument: real calendar dates, the end (when given) not before the start.
 *
 * @param period - The period.
 * @param name - The name of the argument, for the message.
 * @throws {@link ImpactError} `INVALID_DATE` when the start or the end is not a calendar date;
 * `INVALID_PERIOD` when the end is before the start.
 * @internal
 */
export function checkPeriod(period: Readonly<Period>, name: string): void {
  const start = (period as Partial<Period> | null | undefined)?.start;
  const end = (period as Partial<Period> | null | undefined)?.end;
  if (!isCalendarDate(start))
    throw new ImpactError('INVALID_DATE', `${name}.start ${String(start)}`);
  if (end !== undefined && !isCalendarDate(end)) {
    throw new ImpactError('INVALID_DATE', `${name}.end ${String(end)}`);
  }
  if (end !== undefined && end < start) {
    throw new ImpactError('INVALID_PERIOD', `${name}: ${start} to ${end}`);
  }
}
