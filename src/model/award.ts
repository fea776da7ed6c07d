import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import {
  type AwardId,
  AwardIdSchema,
  type ProgramId,
  ProgramIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type PartyId, PartyIdSchema } from './partyId.js';

/**
 * An award received by the company or one of its programs.
 *
 * @remarks
 * Awards are descriptive data, not an indicator. `date` or `year` says when (validation warns
 * when neither is given); `firstOfItsKind` keeps a claim such as "the first state-owned company
 * to receive it" as the words of its source.
 *
 * @example
 * ```ts
 * AwardSchema.parse({ id: 'award-csr', title: 'National CSR Award', awardingBodyId: 'ask', recipientId: 'azergold', level: 'national', sourceIds: ['src-azergold'] }).level;
 * //=> 'national'
 * ```
 *
 * @category Model
 */
export const AwardSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: AwardIdSchema,
      /** The name of the award. */
      title: () => z.string().min(1).max(1000),
      /** The organization that gave it. */
      awardingBodyId: PartyIdSchema,
      /** Who received it: the company or one of its programs. */
      recipientId: () => z.union([PartyIdSchema, ProgramIdSchema]),
      /** The day it was given, when known. */
      date: () => CalendarDateSchema.optional(),
      /** The year it was given, when the day is not known. */
      year: () => z.int().min(1900).max(2200).optional(),
      /** The nomination or category it was given in. */
      nomination: () => z.string().min(1).max(1000).optional(),
      /** National or international. */
      level: () => z.enum(['national', 'international']),
      /** A "first of its kind" claim, in the words of its source. */
      firstOfItsKind: () => z.string().min(1).max(1000).optional(),
      /** The sources of the award. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * An award received by the company or one of its programs (see {@link AwardSchema}).
 *
 * @remarks
 * `date` or `year` says when (validation warns when neither is given).
 *
 * @example
 * ```ts
 * declare const award: Award;
 * award.level;
 * ```
 *
 * @category Model
 */
export interface Award {
  /** The id other records cite. */
  readonly id: AwardId;
  /** The name of the award. */
  readonly title: string;
  /** The organization that gave it. */
  readonly awardingBodyId: PartyId;
  /** Who received it: the company or one of its programs. */
  readonly recipientId: PartyId | ProgramId;
  /** The day it was given, when known. */
  readonly date?: CalendarDate | undefined;
  /** The year it was given, when the day is not known. */
  readonly year?: number | undefined;
  /** The nomination or category it was given in. */
  readonly nomination?: string | undefined;
  /** National or international. */
  readonly level: 'national' | 'international';
  /** A "first of its kind" claim, in the words of its source. */
  readonly firstOfItsKind?: string | undefined;
  /** The sources of the award. */
  readonly sourceIds: readonly SourceId[];
}
