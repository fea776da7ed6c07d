import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from './calendarDate.js';
import { lazyShape } from './lazyShape.js';
import { ORDERED_KEYWORD } from './orderedKeyword.js';
import { pure } from './pure.js';
import { whenFieldsValid } from './whenFieldsValid.js';

/**
 * A span of calendar days, both ends inclusive; open-ended when `end` is absent.
 *
 * @remarks
 * `start <= end` is enforced. A reporting year is `{ start: '2024-01-01', end: '2024-12-31' }`;
 * a program still running is `{ start: '2023-07-10' }`.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ start: '2024-01-01', end: '2024-12-31' });
 * //=> { start: '2024-01-01', end: '2024-12-31' }
 * PeriodSchema.safeParse({ start: '2024-12-31', end: '2024-01-01' }).success;
 * //=> false
 * ```
 *
 * @category Dates
 */
export const PeriodSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The first day of the period, inclusive. */
        start: CalendarDateSchema,
        /** The last day of the period, inclusive; absent while the period is open. */
        end: () => CalendarDateSchema.optional(),
      }),
    )
    .refine((period) => period.end === undefined || period.start <= period.end, {
      message: 'The period ends before it starts.',
      path: ['end'],
      params: { code: 'period.end_before_start' },
      when: whenFieldsValid('start', 'end'),
    })
    .meta({ [ORDERED_KEYWORD]: ['start', 'end'] }),
);

/**
 * A span of calendar days, both ends inclusive; open-ended when `end` is absent (see
 * {@link PeriodSchema}).
 *
 * @remarks
 * `start <= end` (issue code `period.end_before_start`).
 *
 * @example
 * ```ts
 * const year2024: Period = { start: '2024-01-01', end: '2024-12-31' };
 * ```
 *
 * @category Dates
 */
export interface Period {
  /** The first day of the period, inclusive. */
  readonly start: CalendarDate;
  /** The last day of the period, inclusive; absent while the period is open. */
  readonly end?: CalendarDate | undefined;
}
