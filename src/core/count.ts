import * as z from 'zod';
import { boundsSchemaOf } from './boundsSchemaOf.js';
import { pure } from './pure.js';

/**
 * Bounds on a count: non-negative safe integers, with the published phrase.
 *
 * @remarks
 * The counting form of {@link Bounds}: "over 80 percent of 2,554 people" from the regions
 * is `{ min: 2044, phrase: 'over 80 percent of 2,554' }` (2,554 × 0.8 = 2,043.2, and a count
 * above it is at least 2,044); "hundreds" is `{ min: 200, max: 999, phrase: 'hundreds' }`.
 *
 * @example
 * ```ts
 * CountBoundsSchema.parse({ min: 200, max: 999, phrase: 'hundreds' }).max;
 * //=> 999
 * ```
 *
 * @category Ratios and bounds
 */
export const CountBoundsSchema = pure(() => boundsSchemaOf(z.int().nonnegative()));

/**
 * Bounds on a count: non-negative safe integers, with the published phrase.
 *
 * @remarks
 * The counting form of {@link Bounds}: at least one of `min` and `max`, `min <= max`. "Over 80
 * percent of 2,554 people" is `{ min: 2044, phrase: 'over 80 percent of 2,554' }`. The schema is
 * the bounds member of {@link CountSchema}.
 *
 * @example
 * ```ts
 * const hundreds: CountBounds = { min: 200, max: 999, phrase: 'hundreds' };
 * ```
 *
 * @category Ratios and bounds
 */
export interface CountBounds {
  /** The smallest count the statement allows; absent when there is no lower bound. */
  readonly min?: number | undefined;
  /** The largest count the statement allows; absent when there is no upper bound. */
  readonly max?: number | undefined;
  /** The words the figure was published in, e.g. `'over 80 percent of 2,554'`. */
  readonly phrase?: string | undefined;
}

/**
 * A count: an exact non-negative integer, or {@link CountBounds | bounds} when only a bound was
 * published.
 *
 * @example
 * ```ts
 * CountSchema.parse(2554);
 * //=> 2554
 * CountSchema.parse({ min: 2044, phrase: 'over 80 percent of 2,554' });
 * //=> { min: 2044, phrase: 'over 80 percent of 2,554' }
 * ```
 *
 * @category Ratios and bounds
 */
export const CountSchema = pure(() => z.union([z.int().nonnegative(), CountBoundsSchema]));

/**
 * An exact count (a non-negative safe integer) or {@link CountBounds | bounds} on one (see
 * {@link CountSchema}).
 *
 * @example
 * ```ts
 * const headcount: Count = 2554;
 * ```
 *
 * @category Ratios and bounds
 */
export type Count = number | CountBounds;

/**
 * Tells whether a count is exact (a number) rather than bounds.
 *
 * @param count - The count.
 * @returns `true` for a plain number.
 *
 * @example
 * ```ts
 * isExactCount(2554);
 * //=> true
 * isExactCount({ min: 200 });
 * //=> false
 * ```
 *
 * @category Ratios and bounds
 */
export function isExactCount(count: Readonly<Count>): count is number {
  return typeof count === 'number';
}

/**
 * Returns the interval a count is known to lie in.
 *
 * @remarks
 * An exact count `n` gives `{ min: n, max: n }`; bounds without `min` give `min: 0` (a count is
 * never negative); bounds without `max` give `max: null` (no upper bound is invented).
 *
 * @param count - The count.
 * @returns `{ min, max }` with `0 <= min` and `max` `null` when unbounded above.
 *
 * @example
 * ```ts
 * countInterval(2554);
 * //=> { min: 2554, max: 2554 }
 * countInterval({ min: 2044, phrase: 'over 80 percent of 2,554' });
 * //=> { min: 2044, max: null }
 * ```
 *
 * @category Ratios and bounds
 */
export function countInterval(count: Readonly<Count>): { min: number; max: number | null } {
  if (isExactCount(count)) return { min: count, max: count };
  return { min: count.min ?? 0, max: count.max ?? null };
}
