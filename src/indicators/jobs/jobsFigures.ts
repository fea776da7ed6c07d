import type { JobsFigure } from './jobsFigure.js';

/**
 * The five projected figures of one kind of employment (permanent operations jobs or
 * construction job-years): direct, indirect, induced, total and local.
 *
 * @remarks
 * - `direct`: the jobs of the development itself, as projected (never `notEstimated`);
 * - `indirect`: `(Type I − 1) × direct`, jobs at suppliers;
 * - `induced`: `(Type II − Type I) × direct`, jobs supported by the spending of wages;
 * - `total`: `direct + indirect + induced` (= `Type II × direct`); when a multiplier is missing,
 *   the sum of the parts that are estimated (see `totalIncludes` of the {@link JobsProjection});
 * - `local`: `total × localHireShare`.
 *
 * For operations the unit is jobs (positions held through the year); for construction it is
 * job-years (one job for one year). The five names are the `component` keys of the breakdown
 * rows of {@link projectEmployment} and {@link jobsInTerritories}.
 *
 * @example
 * ```ts
 * declare const figures: JobsFigures;
 * figures.total.kind === 'range' ? figures.total.range.low : undefined;
 * ```
 *
 * @category Jobs indicators
 */
export interface JobsFigures {
  /** Direct jobs: a range with low = central = high for an exact count, or bounds. */
  readonly direct: JobsFigure;
  /** Indirect jobs, `(Type I − 1) × direct`. */
  readonly indirect: JobsFigure;
  /** Induced jobs, `(Type II − Type I) × direct`. */
  readonly induced: JobsFigure;
  /** Direct + indirect + induced (only the estimated parts; see `totalIncludes`). */
  readonly total: JobsFigure;
  /** Local jobs, `total × localHireShare`. */
  readonly local: JobsFigure;
}
