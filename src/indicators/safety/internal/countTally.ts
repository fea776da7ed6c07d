import { type Count, countInterval } from '../../../core/count.js';

/**
 * A sum of counts known within bounds: `max` is `null` when unbounded above; `approximate`
 * holds the phrases of the approximate counts taken as values.
 *
 * @internal
 */
export interface CountTally {
  /** The smallest the sum can be. */
  readonly min: number;
  /** The largest the sum can be; `null` when unbounded above. */
  readonly max: number | null;
  /** The phrases of the approximate counts in the sum. */
  readonly approximate: readonly string[];
}

/** The empty sum. */
export const EMPTY_TALLY: CountTally = { min: 0, max: 0, approximate: [] };

/**
 * Adds a count to a tally: the bounds add up, an unbounded count makes the sum unbounded.
 *
 * @internal
 */
export function addCount(tally: CountTally, count: Readonly<Count>): CountTally {
  const interval = countInterval(count);
  return {
    min: tally.min + interval.min,
    max: tally.max === null || interval.max === null ? null : tally.max + interval.max,
    approximate:
      interval.phrase === undefined ? tally.approximate : [...tally.approximate, interval.phrase],
  };
}

/**
 * Whether a tally is one number (exact or approximate), not a range.
 *
 * @internal
 */
export function isPoint(tally: CountTally): tally is CountTally & { readonly max: number } {
  return tally.max === tally.min;
}
