import type { Bounds } from '../../core/bounds.js';
import type { Range } from '../../core/range.js';

/**
 * A projected number of jobs given as a range: the direct count is exact.
 *
 * @category Jobs indicators
 */
export interface JobsFigureRange {
  /** A range: the direct count is exact. */
  readonly kind: 'range';
  /** The low, central (when the multipliers have one) and high figures. */
  readonly range: Range;
}

/**
 * A projected number of jobs known only within bounds: the direct count or the local-hire
 * share is.
 *
 * @category Jobs indicators
 */
export interface JobsFigureBounds {
  /** Bounds: the direct count or the local-hire share is known only within bounds. */
  readonly kind: 'bounds';
  /** The lower bound and, when every input has one, the upper bound. */
  readonly bounds: Bounds;
}

/**
 * A projected number of jobs that could not be estimated: an input is missing.
 *
 * @category Jobs indicators
 */
export interface JobsFigureNotEstimated {
  /** Not estimated: an input is missing. */
  readonly kind: 'notEstimated';
  /** The missing input. */
  readonly missing: 'multipliers' | 'typeII' | 'localHireShare';
}

/**
 * A projected number of jobs (or job-years): a low / central / high range, bounds, or a figure
 * that could not be estimated.
 *
 * @remarks
 * - `range`: the direct count is exact, so each figure is a {@link Range} whose low, central and
 *   high come from the low, central and high multipliers (`central` is absent when the
 *   multipliers have none; it is never invented).
 * - `bounds`: the direct count is known only as bounds ("thousands" = `{ min: 2000 }`) or the
 *   local-hire share is, so the figure is {@link Bounds}: `min` from the lowest inputs, `max`
 *   from the highest, and no `max` when an input has no upper bound.
 * - `notEstimated`: an input the figure needs is absent: `missing` names it (`multipliers` for
 *   indirect and induced jobs without multipliers, `typeII` for induced jobs without a Type II
 *   multiplier, `localHireShare` for local jobs without a share).
 *
 * In an indicator result's rows, a range gives `value` = its central figure (or `null` with
 * reason `RANGE_ONLY` and `range` when it has none), bounds give `null` with reason `BOUNDED`,
 * and a figure not estimated gives `null` with reason `MISSING_DATA`.
 *
 * @example
 * ```ts
 * const indirect: JobsFigure = { kind: 'range', range: { low: 200, central: 400, high: 600 } };
 * const total: JobsFigure = { kind: 'bounds', bounds: { min: 3000 } };
 * const local: JobsFigure = { kind: 'notEstimated', missing: 'localHireShare' };
 * ```
 *
 * @category Jobs indicators
 */
export type JobsFigure = JobsFigureRange | JobsFigureBounds | JobsFigureNotEstimated;
