import * as z from 'zod';
import { lazyShape } from './lazyShape.js';
import { ORDERED_KEYWORD } from './orderedKeyword.js';
import { pure } from './pure.js';

/**
 * A projected figure as a range: low, optional central and high estimates.
 *
 * @remarks
 * `low <= central <= high` (and `low <= high`) is enforced; all finite. Used for job
 * projections and input-output multipliers, where a single number would overstate certainty.
 *
 * @example
 * ```ts
 * RangeSchema.parse({ low: 1.4, central: 1.8, high: 2.2 });
 * //=> { low: 1.4, central: 1.8, high: 2.2 }
 * RangeSchema.safeParse({ low: 2, central: 1, high: 3 }).success;
 * //=> false
 * ```
 *
 * @category Ratios and bounds
 */
export const RangeSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The low estimate. */
        low: () => z.number(),
        /** The central estimate, when one is given. */
        central: () => z.number().optional(),
        /** The high estimate. */
        high: () => z.number(),
      }),
    )
    .refine((r) => r.low <= r.high, {
      message: 'The low estimate is above the high one.',
      path: ['high'],
      params: { code: 'range.unordered' },
    })
    .refine((r) => r.central === undefined || (r.low <= r.central && r.central <= r.high), {
      message: 'The central estimate lies outside low..high.',
      path: ['central'],
      params: { code: 'range.unordered' },
    })
    .meta({ [ORDERED_KEYWORD]: ['low', 'central', 'high'] }),
);

/**
 * A projected figure as a range: low, optional central and high estimates.
 *
 * @remarks
 * `low <= central <= high` (and `low <= high`), all finite (issue code `range.unordered`). Used
 * for job projections and input-output multipliers, where a single number would overstate
 * certainty.
 *
 * @example
 * ```ts
 * const typeI: Range = { low: 1.4, central: 1.8, high: 2.2 };
 * ```
 *
 * @category Ratios and bounds
 */
export interface Range {
  /** The low estimate. */
  readonly low: number;
  /** The central estimate, when one is given. */
  readonly central?: number | undefined;
  /** The high estimate. */
  readonly high: number;
}
