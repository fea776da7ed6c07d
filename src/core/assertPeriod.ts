import { assertCalendarDate } from './assertCalendarDate.js';
import { ImpactError } from './ImpactError.js';
import type { Period } from './period.js';

/**
 * Throws unless a value is a period of real calendar dates that does not end before it starts.
 *
 * @remarks
 * For periods given as options: an inverted or malformed period would otherwise select no
 * records, or the wrong ones, without a word.
 *
 * @param period - The period to check.
 * @param what - What the period is, for the error message, e.g. `'period'`.
 * @throws {@link ImpactError} `INVALID_DATE` when `start` or a given `end` is not a calendar date;
 * `INVALID_PERIOD` when `end` is before `start`.
 * @internal
 */
export function assertPeriod(period: Readonly<Period>, what: string): void {
  assertCalendarDate((period as Partial<Period> | null | undefined)?.start, `${what}.start`);
  if (period.end === undefined) return;
  assertCalendarDate(period.end, `${what}.end`);
  if (period.end < period.start) {
    throw new ImpactError('INVALID_PERIOD', `${period.start} to ${period.end}`);
  }
}
