import { type CalendarDate, ImpactError, isCalendarDate } from '../index.js';

/** The format of the cube, first in its identity. */
export const CUBE_FORMAT = 'mining-impact/workforce-cube/1';

/**
 * A checked `asOf` and period of a cube.
 *
 * @internal
 */
export interface CubeDays {
  /** The day of the count. */
  readonly asOf: CalendarDate;
  /** The period of the flows, when given. */
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate } | undefined;
}

/**
 * Checks the day and the period a cube is counted on.
 *
 * @param asOf - The day of the count.
 * @param period - The period of the flows, or `undefined`.
 * @returns The checked days.
 * @throws {@link ImpactError} `INVALID_DATE` when a day is not a `YYYY-MM-DD` calendar date;
 * `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT` when the period is
 * not an object or has no end.
 * @internal
 */
export function cubeDays(asOf: unknown, period: unknown): CubeDays {
  if (!isCalendarDate(asOf)) {
    throw new ImpactError('INVALID_DATE', `asOf ${JSON.stringify(asOf)?.slice(0, 40)}`);
  }
  if (period === undefined) return { asOf, period: undefined };
  if (typeof period !== 'object' || period === null) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'the period must be an object with a start and an end',
    );
  }
  const { start, end } = period as { start?: unknown; end?: unknown };
  if (end === undefined) {
    throw new ImpactError('INVALID_ARGUMENT', 'flow counts need a period with an end');
  }
  for (const day of [start, end]) {
    if (!isCalendarDate(day)) {
      throw new ImpactError('INVALID_DATE', `period ${JSON.stringify(day)?.slice(0, 40)}`);
    }
  }
  const checked = { start: start as CalendarDate, end: end as CalendarDate };
  if (checked.end < checked.start) {
    throw new ImpactError('INVALID_PERIOD', `${checked.start} to ${checked.end}`);
  }
  return { asOf, period: checked };
}

/**
 * The identity of a cube: its format, `asOf` and period, as the `cube_id` column holds it.
 *
 * @param days - The checked days.
 * @returns E.g. `mining-impact/workforce-cube/1 asOf=2025-06-30 period=2025-01-01..2025-12-31`.
 * @internal
 */
export function cubeIdentity(days: CubeDays): string {
  const period = days.period === undefined ? 'none' : `${days.period.start}..${days.period.end}`;
  return `${CUBE_FORMAT} asOf=${days.asOf} period=${period}`;
}
