import * as z from 'zod';
import { boundsSchemaOf } from './boundsSchemaOf.js';
import { lazyShape } from './lazyShape.js';
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
 * An approximate count: the published figure and the words that make it approximate ("about
 * 20,000 people").
 *
 * @remarks
 * Neither exact nor a bound: "about 20,000" is not at least or at most anything. Indicators take
 * `approximately` as the value, mark the result approximate and quote the phrase; it is never
 * presented as exact. The phrase is required: it is what the source said. The schema is the
 * approximate member of {@link CountSchema}.
 *
 * @example
 * ```ts
 * const people: ApproximateCount = { approximately: 20000, phrase: 'about 20,000 people' };
 * ```
 *
 * @category Ratios and bounds
 */
export interface ApproximateCount {
  /** The published figure, a non-negative integer. */
  readonly approximately: number;
  /** The words the figure was published in, e.g. `'about 20,000 people'`. */
  readonly phrase: string;
}

/**
 * An approximate count: `{ approximately, phrase }` (see {@link ApproximateCount}).
 *
 * @example
 * ```ts
 * ApproximateCountSchema.parse({ approximately: 20000, phrase: 'about 20,000 people' }).approximately;
 * //=> 20000
 * ```
 *
 * @category Ratios and bounds
 */
export const ApproximateCountSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The published figure, a non-negative integer. */
      approximately: () => z.int().nonnegative(),
      /** The words the figure was published in, e.g. `'about 20,000 people'`. */
      phrase: () => z.string().min(1).max(500),
    }),
  ),
);

/**
 * A count: an exact non-negative integer, {@link CountBounds | bounds} when only a bound was
 * published, or an {@link ApproximateCount | approximate figure} with its phrase.
 *
 * @example
 * ```ts
 * CountSchema.parse(2554);
 * //=> 2554
 * CountSchema.parse({ min: 2044, phrase: 'over 80 percent of 2,554' });
 * //=> { min: 2044, phrase: 'over 80 percent of 2,554' }
 * CountSchema.parse({ approximately: 20000, phrase: 'about 20,000' });
 * //=> { approximately: 20000, phrase: 'about 20,000' }
 * ```
 *
 * @category Ratios and bounds
 */
export const CountSchema = pure(() =>
  z.union([z.int().nonnegative(), CountBoundsSchema, ApproximateCountSchema]),
);

/**
 * An exact count (a non-negative safe integer), {@link CountBounds | bounds} on one, or an
 * {@link ApproximateCount | approximate count} (see {@link CountSchema}).
 *
 * @example
 * ```ts
 * const headcount: Count = 2554;
 * const visitors: Count = { approximately: 20000, phrase: 'about 20,000 people' };
 * ```
 *
 * @category Ratios and bounds
 */
export type Count = number | CountBounds | ApproximateCount;

/**
 * Tells whether a count is exact (a number) rather than bounds or approximate.
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
 * isExactCount({ approximately: 20000, phrase: 'about 20,000' });
 * //=> false
 * ```
 *
 * @category Ratios and bounds
 */
export function isExactCount(count: Readonly<Count>): count is number {
  return typeof count === 'number';
}

/**
 * Tells whether a count is approximate (`{ approximately, phrase }`).
 *
 * @param count - The count.
 * @returns `true` for an approximate count.
 *
 * @example
 * ```ts
 * isApproximateCount({ approximately: 20000, phrase: 'about 20,000' });
 * //=> true
 * isApproximateCount({ min: 200 });
 * //=> false
 * ```
 *
 * @category Ratios and bounds
 */
export function isApproximateCount(count: Readonly<Count>): count is ApproximateCount {
  return typeof count === 'object' && count !== null && 'approximately' in count;
}

/**
 * The interval a count lies in (see {@link countInterval}).
 *
 * @example
 * ```ts
 * const about: CountInterval = { min: 20000, max: 20000, approximate: true, phrase: 'about 20,000' };
 * ```
 *
 * @category Ratios and bounds
 */
export interface CountInterval {
  /** The smallest count, >= 0. */
  readonly min: number;
  /** The largest count; `null` when unbounded above. */
  readonly max: number | null;
  /** `true` when the count is approximate: `min` and `max` are the published figure, not bounds. */
  readonly approximate?: true | undefined;
  /** The phrase of an approximate count, for the note that must quote it. */
  readonly phrase?: string | undefined;
}

/**
 * Returns the interval a count is known to lie in.
 *
 * @remarks
 * An exact count `n` gives `{ min: n, max: n }`; bounds without `min` give `min: 0` (a count is
 * never negative); bounds without `max` give `max: null` (no upper bound is invented). An
 * approximate count `n` gives `{ min: n, max: n, approximate: true, phrase }`: the figure is
 * taken as the value, and whoever uses it must say it is approximate (indicators add a note
 * "approximate: <phrase>").
 *
 * @param count - The count.
 * @returns `{ min, max }` with `0 <= min` and `max` `null` when unbounded above, plus
 * `approximate: true` and the phrase for an approximate count.
 *
 * @example
 * ```ts
 * countInterval(2554);
 * //=> { min: 2554, max: 2554 }
 * countInterval({ min: 2044, phrase: 'over 80 percent of 2,554' });
 * //=> { min: 2044, max: null }
 * countInterval({ approximately: 20000, phrase: 'about 20,000' });
 * //=> { min: 20000, max: 20000, approximate: true, phrase: 'about 20,000' }
 * ```
 *
 * @category Ratios and bounds
 */
export function countInterval(count: Readonly<Count>): CountInterval {
  if (isExactCount(count)) return { min: count, max: count };
  if (isApproximateCount(count)) {
    const n = count.approximately;
    return { min: n, max: n, approximate: true, phrase: count.phrase };
  }
  return { min: count.min ?? 0, max: count.max ?? null };
}

/**
 * The note an indicator adds when it reads an approximate count: `approximate: "<phrase>"`.
 *
 * @param what - What the count is, e.g. `'beneficiaries of prg-1'`.
 * @param phrase - The published phrase.
 * @returns The note.
 * @internal
 */
export function approximateNote(what: string, phrase: string): string {
  return `approximate: ${what} published as "${phrase}" (the figure is taken as the value).`;
}
