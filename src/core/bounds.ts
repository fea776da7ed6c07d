import { z } from 'zod';
import { ORDERED_KEYWORD } from './orderedKeyword.js';
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
export const BoundsSchema = pure(() =>
  z
    .strictObject({
      /** The smallest value the statement allows; absent when there is no lower bound. */
      min: z.number().optional(),
      /** The largest value the statement allows; absent when there is no upper bound. */
      max: z.number().optional(),
      /** The words the figure was published in, e.g. `'over 80 percent of 2,554'`. */
      phrase: z.string().min(1).max(500).optional(),
    })
    .refine((b) => b.min !== undefined || b.max !== undefined, {
      message: 'Bounds need a min, a max or both.',
      params: { code: 'bounds.empty' },
    })
    .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, {
      message: 'The lower bound is above the upper bound.',
      path: ['max'],
      params: { code: 'bounds.min_above_max' },
    })
    .meta({
      anyOf: [{ required: ['min'] }, { required: ['max'] }],
      [ORDERED_KEYWORD]: ['min', 'max'],
    }),
);

/**
 * A figure known within bounds (see {@link BoundsSchema}).
 *
 * @example
 * ```ts
 * const fromRegions: Bounds = { min: 2044, phrase: 'over 80 percent of 2,554' };
 * ```
 *
 * @category Ratios and bounds
 */
export type Bounds = z.infer<typeof BoundsSchema>;
