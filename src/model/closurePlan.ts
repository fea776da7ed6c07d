import * as z from 'zod';
import { type SiteId, SiteIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type Money, MoneySchema } from '../core/money.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';

/**
 * A site's closure plan as of a date: whether one exists, its date and the financial provision
 * for closure (GRI 14.8 closure and rehabilitation; GRI G4 MM10).
 *
 * @remarks
 * `provision` is the amount set aside (or guaranteed) for closure, rehabilitation and
 * post-closure monitoring, as disclosed; its sources are the record's `sourceIds`.
 *
 * @example
 * ```ts
 * ClosurePlanSchema.parse({ siteId: 'mine-1', asOf: '2024-12-31', hasPlan: true, planDate: '2021-06', provision: { amountMinor: 250000000, currency: 'USD' }, sourceIds: [] }).hasPlan;
 * //=> true
 * ```
 *
 * @category Model
 */
export const ClosurePlanSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The site. */
      siteId: SiteIdSchema,
      /** The day the statement refers to. */
      asOf: PartialDateSchema,
      /** Whether the site has a closure plan. */
      hasPlan: () => z.boolean(),
      /** When the plan was approved or last updated. */
      planDate: () => PartialDateSchema.optional(),
      /** The financial provision for closure. */
      provision: () => MoneySchema.optional(),
      /** The sources of the record. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * A site's closure plan as of a date (see {@link ClosurePlanSchema}).
 *
 * @example
 * ```ts
 * const plan: ClosurePlan = ClosurePlanSchema.parse({ siteId: 'mine-1', asOf: '2024', hasPlan: false, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface ClosurePlan {
  /** The site. */
  readonly siteId: SiteId;
  /** The day the statement refers to. */
  readonly asOf: PartialDate;
  /** Whether the site has a closure plan. */
  readonly hasPlan: boolean;
  /** When the plan was approved or last updated. */
  readonly planDate?: PartialDate | undefined;
  /** The financial provision for closure. */
  readonly provision?: Money | undefined;
  /** The sources of the record. */
  readonly sourceIds: readonly SourceId[];
}
