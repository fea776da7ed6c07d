import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';
import { type PartyId, PartyIdSchema } from './partyId.js';

/**
 * The kind of an ownership or control interest (after BODS `interests[].type`).
 *
 * @example
 * ```ts
 * OwnershipTypeSchema.parse('shareholding');
 * //=> 'shareholding'
 * ```
 *
 * @category Model
 */
export const OwnershipTypeSchema = pure(() =>
  z.enum(['shareholding', 'votingRights', 'controlByLegalFramework', 'other']),
);

/**
 * The kind of an ownership or control interest (after BODS `interests[].type`):
 * `'shareholding'`, `'votingRights'`, `'controlByLegalFramework'` or `'other'`.
 *
 * @remarks
 * The schema is `OwnershipInterestSchema.shape.type`.
 *
 * @example
 * ```ts
 * const type: OwnershipType = 'votingRights';
 * ```
 *
 * @category Model
 */
export type OwnershipType = 'shareholding' | 'votingRights' | 'controlByLegalFramework' | 'other';

/**
 * A share in percent: exact, or a range when only a range is disclosed (BODS style).
 *
 * @example
 * ```ts
 * ShareSchema.parse({ exact: 100 });
 * //=> { exact: 100 }
 * ShareSchema.parse({ min: 25, max: 50 });
 * //=> { min: 25, max: 50 }
 * ```
 *
 * @category Model
 */
export const ShareSchema = pure(() =>
  z.union([
    z.strictObject(
      lazyShape({
        /** The share, in percent (0 to 100). */
        exact: () => z.number().min(0).max(100),
      }),
    ),
    z
      .strictObject(
        lazyShape({
          /** The smallest the share can be, in percent. */
          min: () => z.number().min(0).max(100),
          /** The largest the share can be, in percent. */
          max: () => z.number().min(0).max(100),
        }),
      )
      .refine((s) => s.min <= s.max, {
        message: 'The lower bound is above the upper bound.',
        path: ['max'],
        params: { code: 'bounds.min_above_max' },
      })
      .meta({ [ORDERED_KEYWORD]: ['min', 'max'] }),
  ]),
);

/**
 * A share in percent: exact, or a range when only a range is disclosed (BODS style).
 *
 * @remarks
 * Every figure lies in [0, 100]; in a range `min <= max` (issue code `bounds.min_above_max`). The
 * schema is `OwnershipInterestSchema.shape.share.unwrap()`.
 *
 * @example
 * ```ts
 * const share: Share = { exact: 100 };
 * ```
 *
 * @category Model
 */
export type Share =
  | {
      /** The share, in percent (0 to 100). */
      readonly exact: number;
    }
  | {
      /** The smallest the share can be, in percent. */
      readonly min: number;
      /** The largest the share can be, in percent. */
      readonly max: number;
    };

/**
 * An ownership or control interest a party holds in a company or organization.
 *
 * @remarks
 * Modelled after the Beneficial Ownership Data Standard's relationship statements: ownership is
 * data with a source and dates, not a flag. `start` and `end` bound when the interest held;
 * `end` absent means it still holds.
 *
 * @example
 * ```ts
 * OwnershipInterestSchema.parse({
 *   subjectId: 'azergold',
 *   interestedPartyId: 'state-az',
 *   type: 'shareholding',
 *   share: { exact: 100 },
 *   start: '2015-02-11',
 * }).share;
 * //=> { exact: 100 }
 * ```
 *
 * @category Model
 */
export const OwnershipInterestSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The company or organization that is owned or controlled. */
        subjectId: PartyIdSchema,
        /** The party holding the interest. */
        interestedPartyId: PartyIdSchema,
        /** The kind of interest. */
        type: OwnershipTypeSchema,
        /** The share, exact or as a range, in percent. */
        share: () => ShareSchema.optional(),
        /** The day the interest began. */
        start: () => CalendarDateSchema.optional(),
        /** The day the interest ended; absent while it holds. */
        end: () => CalendarDateSchema.optional(),
        /** The sources behind the interest. */
        sourceIds: () => z.array(SourceIdSchema).optional(),
      }),
    )
    .refine((o) => o.start === undefined || o.end === undefined || o.start <= o.end, {
      message: 'The interest ends before it starts.',
      path: ['end'],
      params: { code: 'period.end_before_start' },
      when: whenFieldsValid('start', 'end'),
    })
    .meta({ [ORDERED_KEYWORD]: ['start', 'end'] }),
);

/**
 * An ownership or control interest a party holds in a company or organization (see
 * {@link OwnershipInterestSchema}).
 *
 * @remarks
 * `start` and `end` bound when the interest held (`start <= end`); `end` absent means it still
 * holds.
 *
 * @example
 * ```ts
 * const interest: OwnershipInterest = OwnershipInterestSchema.parse({ subjectId: 'azergold', interestedPartyId: 'state-az', type: 'shareholding' });
 * ```
 *
 * @category Model
 */
export interface OwnershipInterest {
  /** The company or organization that is owned or controlled. */
  readonly subjectId: PartyId;
  /** The party holding the interest. */
  readonly interestedPartyId: PartyId;
  /** The kind of interest. */
  readonly type: OwnershipType;
  /** The share, exact or as a range, in percent. */
  readonly share?: Share | undefined;
  /** The day the interest began. */
  readonly start?: CalendarDate | undefined;
  /** The day the interest ended; absent while it holds. */
  readonly end?: CalendarDate | undefined;
  /** The sources behind the interest. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}
