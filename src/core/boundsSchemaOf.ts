import * as z from 'zod';
import { lazyShape } from './lazyShape.js';
import { ORDERED_KEYWORD } from './orderedKeyword.js';

/**
 * Builds a bounds schema `{ min?, max?, phrase? }` over a number schema: at least one bound,
 * `min <= max`, the stable issue codes `bounds.empty` and `bounds.min_above_max`, and the same
 * constraints stated in the generated JSON Schema (`anyOf` of `required`, `x-ordered`).
 *
 * @param value - The schema of each bound (any number, a count, a fraction, …).
 * @returns The strict bounds schema.
 * @internal
 */
export function boundsSchemaOf<T extends z.ZodType<number>>(value: T) {
  return z
    .strictObject(
      lazyShape({
        /** The smallest value the statement allows; absent when there is no lower bound. */
        min: () => value.optional(),
        /** The largest value the statement allows; absent when there is no upper bound. */
        max: () => value.optional(),
        /** The words the figure was published in, e.g. `'over 80 percent of 2,554'`. */
        phrase: () => z.string().min(1).max(500).optional(),
      }),
    )
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
    });
}
