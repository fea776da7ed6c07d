import { ImpactError } from '../../../core/ImpactError.js';
import { type Ratio, ratio } from '../../../core/ratio.js';

/** An interval of counts: `max` is `null` when unbounded above. */
export interface CountRange {
  /** The least the count can be. */
  readonly min: number;
  /** The most the count can be, or `null` when unbounded. */
  readonly max: number | null;
}

/**
 * The share of a part in a whole: exact, or bounds when a count is bounds.
 *
 * @internal
 */
export type CountShare =
  | {
      /** Both counts are exact. */
      readonly kind: 'exact';
      /** The share with its parts (value `null` when the whole is 0). */
      readonly ratio: Ratio;
    }
  | {
      /** A count is bounds: the share lies in [min, max]. */
      readonly kind: 'bounded';
      /** The least share the counts allow. */
      readonly min: number;
      /** The largest share the counts allow. */
      readonly max: number;
    };

/**
 * Computes the share `part / whole` from counts that may be bounds.
 *
 * @remarks
 * `rest` holds the other parts disjoint from `part` (e.g. `nonLocal` and `localityUnknown` next
 * to `local`); a part that is absent is unknown and contributes nothing. Only what the counts
 * imply is used: the whole is at least `part.min + Σ rest.min`, so the share is at least
 * `part.min / whole.max` (0 when the whole is unbounded) and at most the smallest of
 * `part.max / whole.min`, `1 − Σ rest.min / whole.max` and 1. No upper bound is invented: an
 * unbounded part gives at most what the whole and the other parts leave. When part and whole are
 * exact, the result is the exact {@link Ratio}.
 *
 * @param part - The numerator's interval.
 * @param whole - The denominator's interval.
 * @param rest - The intervals of the other disjoint parts of the whole.
 * @param what - A description of the counts, for the error message.
 * @returns The exact ratio or the bounds.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the parts are more than the whole can be.
 * @internal
 */
export function countShare(
  part: CountRange,
  whole: CountRange,
  rest: readonly CountRange[],
  what: string,
): CountShare {
  let restMin = 0;
  for (const r of rest) restMin += r.min;
  const wholeMin = Math.max(whole.min, part.min + restMin);
  if (whole.max !== null && wholeMin > whole.max) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${what}: the parts count at least ${part.min + restMin} people, more than the ${whole.max} of the whole`,
    );
  }
  if (whole.max === 0) return { kind: 'exact', ratio: ratio(0, 0) };
  if (part.min === part.max && whole.min === whole.max) {
    return { kind: 'exact', ratio: ratio(part.min, whole.min) };
  }
  const low = Math.max(wholeMin, 1);
  const min = whole.max === null ? 0 : part.min / whole.max;
  const max = Math.min(
    part.max === null ? 1 : part.max / low,
    whole.max === null ? 1 : 1 - restMin / whole.max,
    1,
  );
  return { kind: 'bounded', min, max };
}
