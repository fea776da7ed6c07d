import * as z from 'zod';
import { ImpactError } from './ImpactError.js';
import { lazyShape } from './lazyShape.js';
import { pure } from './pure.js';

/**
 * Why a {@link Ratio} has no value: the denominator is zero, or an input is missing.
 *
 * @example
 * ```ts
 * RatioReasonSchema.parse('ZERO_DENOMINATOR');
 * //=> 'ZERO_DENOMINATOR'
 * ```
 *
 * @category Ratios and bounds
 */
export const RatioReasonSchema = pure(() => z.enum(['ZERO_DENOMINATOR', 'MISSING_DATA']));

/**
 * Why a {@link Ratio} has no value: `'ZERO_DENOMINATOR'` (the denominator is 0) or
 * `'MISSING_DATA'` (a part is unknown).
 *
 * @example
 * ```ts
 * const reason: RatioReason = 'MISSING_DATA';
 * ```
 *
 * @category Ratios and bounds
 */
export type RatioReason = 'ZERO_DENOMINATOR' | 'MISSING_DATA';

/**
 * A quotient that keeps its parts: numerator, denominator and value, or the reason it has none.
 *
 * @remarks
 * `value` is `numerator / denominator`, never `NaN` or `Infinity`: `null` with
 * `reason: 'ZERO_DENOMINATOR'` when the denominator is 0, `null` with `reason: 'MISSING_DATA'`
 * when a part is unknown (`null`). Shares are fractions, not percentages.
 *
 * @example
 * ```ts
 * RatioSchema.parse({ numerator: 1, denominator: 4, value: 0.25 }).value;
 * //=> 0.25
 * ```
 *
 * @category Ratios and bounds
 */
export const RatioSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The numerator, or `null` when unknown. */
      numerator: () => z.number().nullable(),
      /** The denominator, or `null` when unknown. */
      denominator: () => z.number().nullable(),
      /** `numerator / denominator`, or `null` when undefined (see `reason`). */
      value: () => z.number().nullable(),
      /** Why `value` is `null`; absent when there is a value. */
      reason: () => RatioReasonSchema.optional(),
    }),
  ),
);

/**
 * A quotient that keeps its parts: numerator, denominator and value, or the reason it has none.
 *
 * @remarks
 * `value` is `numerator / denominator`, never `NaN` or `Infinity`: `null` with
 * `reason: 'ZERO_DENOMINATOR'` when the denominator is 0, `null` with `reason: 'MISSING_DATA'`
 * when a part is unknown (`null`). Shares are fractions, not percentages. Built with
 * {@link ratio}.
 *
 * @example
 * ```ts
 * const share: Ratio = ratio(2044, 2554);
 * ```
 *
 * @category Ratios and bounds
 */
export interface Ratio {
  /** The numerator, or `null` when unknown. */
  readonly numerator: number | null;
  /** The denominator, or `null` when unknown. */
  readonly denominator: number | null;
  /** `numerator / denominator`, or `null` when undefined (see `reason`). */
  readonly value: number | null;
  /** Why `value` is `null`; absent when there is a value. */
  readonly reason?: RatioReason | undefined;
}

/**
 * Builds a {@link Ratio} from a numerator and a denominator.
 *
 * @remarks
 * `value = numerator / denominator`. A zero denominator gives `value: null` with
 * `reason: 'ZERO_DENOMINATOR'` (so `ratio(0, 0)` is not 0 and not `NaN`); a `null` or
 * `undefined` part gives `value: null` with `reason: 'MISSING_DATA'`. A numerator of 0 over a
 * positive denominator is a real 0.
 *
 * @param numerator - The numerator, or `null`/`undefined` when unknown.
 * @param denominator - The denominator, or `null`/`undefined` when unknown.
 * @returns The ratio; for `0 <= numerator <= denominator` the value lies in [0, 1].
 * @throws {@link ImpactError} `INVALID_NUMBER` when a part is `NaN` or infinite, or the quotient
 * overflows to infinity.
 *
 * @example
 * ```ts
 * ratio(1, 4);
 * //=> { numerator: 1, denominator: 4, value: 0.25 }
 * ratio(0, 0);
 * //=> { numerator: 0, denominator: 0, value: null, reason: 'ZERO_DENOMINATOR' }
 * ```
 *
 * @category Ratios and bounds
 */
export function ratio(
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): Ratio {
  const n = numerator ?? null;
  const d = denominator ?? null;
  if ((n !== null && !Number.isFinite(n)) || (d !== null && !Number.isFinite(d))) {
    throw new ImpactError('INVALID_NUMBER', `ratio(${numerator}, ${denominator})`);
  }
  if (n === null || d === null) {
    return { numerator: n, denominator: d, value: null, reason: 'MISSING_DATA' };
  }
  if (d === 0) return { numerator: n, denominator: d, value: null, reason: 'ZERO_DENOMINATOR' };
  const value = n / d;
  if (!Number.isFinite(value)) {
    throw new ImpactError('INVALID_NUMBER', `${n} / ${d} overflows`);
  }
  return { numerator: n, denominator: d, value: value === 0 ? 0 : value };
}
