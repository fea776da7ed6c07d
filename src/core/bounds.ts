import * as z from 'zod';
import { boundsSchemaOf } from './boundsSchemaOf.js';
import { pure } from './pure.js';

/**
 * A figure known only within bounds, with the phrase it was published in.
 *
 * @remarks
 * For published figures that are not numbers: "over 80 percent" is `{ min: 0.8, phrase }` as a
 * share, "hundreds" of people is `{ min: 200, max: 999, phrase: 'hundreds' }`. At least one of
 * `min` and `max` is present, both are finite, and `min <= max`. An absent bound is unknown,
 * never invented. Whether a bound is strict ("over") is kept in the phrase; `min` is the
 * smallest value the statement allows as stated by the user.
 *
 * @example
 * ```ts
 * BoundsSchema.parse({ min: 200, max: 999, phrase: 'hundreds' });
 * //=> { min: 200, max: 999, phrase: 'hundreds' }
 * BoundsSchema.safeParse({ min: 5, max: 1 }).success;
 * //=> false
 * ```
 *
 * @category Ratios and bounds
 */
export const BoundsSchema = pure(() => boundsSchemaOf(z.number()));

/**
 * A figure known only within bounds, with the phrase it was published in.
 *
 * @remarks
 * "Over 80 percent" is `{ min: 0.8, phrase }` as a share, "hundreds" of people is
 * `{ min: 200, max: 999, phrase: 'hundreds' }`. At least one of `min` and `max` is present, both
 * are finite, and `min <= max` (issue codes `bounds.empty` and `bounds.min_above_max`). An absent
 * bound is unknown, never invented; whether a bound is strict ("over") is kept in the phrase.
 *
 * @example
 * ```ts
 * const fromRegions: Bounds = { min: 2044, phrase: 'over 80 percent of 2,554' };
 * ```
 *
 * @category Ratios and bounds
 */
export interface Bounds {
  /** The smallest value the statement allows; absent when there is no lower bound. */
  readonly min?: number | undefined;
  /** The largest value the statement allows; absent when there is no upper bound. */
  readonly max?: number | undefined;
  /** The words the figure was published in, e.g. `'over 80 percent of 2,554'`. */
  readonly phrase?: string | undefined;
}
