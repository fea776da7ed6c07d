import type { Bounds } from '../../core/bounds.js';
import type { DepositId, ProjectionId } from '../../core/ids.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { JobsFigures } from './jobsFigures.js';

/**
 * The projected jobs of one kind of phase in one year (see {@link JobsProjection}).
 *
 * @category Jobs indicators
 */
export interface JobsYear {
  /** The calendar year. */
  readonly year: number;
  /** The direct, indirect, induced, total and local jobs of the phases of this kind active. */
  readonly figures: JobsFigures;
}

/**
 * The `detail` of one result of {@link projectEmployment}: the table of one kind of phase
 * (permanent operations jobs, or construction job-years) by year, with its headline and the
 * assumptions it was computed with.
 *
 * @remarks
 * `years` lists each year from the first phase start through `throughYear` in which a phase of
 * this kind is active. `headline` is, for operations, the largest yearly figure in each of the
 * low, central and high scenarios (the "permanent jobs" a development is usually announced
 * with), and for construction the sum of the job-years over the years listed.
 *
 * @example
 * ```ts
 * declare const operations: JobsProjection;
 * operations.headline.total;
 * operations.years.map((y) => y.year);
 * ```
 *
 * @category Jobs indicators
 */
export interface JobsProjection {
  /** The projection the figures come from. */
  readonly projectionId: ProjectionId;
  /** The deposit to be developed. */
  readonly depositId: DepositId;
  /** The projection's scenario: a label and whether its figures are reported or assumed. */
  readonly scenario: Readonly<JobProjection['scenario']>;
  /** The kind of phase: permanent `operations` jobs, or `construction` job-years. */
  readonly phase: 'operations' | 'construction';
  /** The last year of the table. */
  readonly throughYear: number;
  /** The figures by year, oldest first; only years with a phase of this kind active. */
  readonly years: readonly JobsYear[];
  /** The peak year per scenario (operations), or the job-years summed (construction). */
  readonly headline: JobsFigures;
  /** How the headline is taken from the years. */
  readonly aggregate: 'peakYear' | 'sumOfYears';
  /** The components the `total` figures add up. */
  readonly totalIncludes: readonly ('direct' | 'indirect' | 'induced')[];
  /** The multipliers used (assumptions), with their source; `null` when none were given. */
  readonly multipliers: Readonly<NonNullable<JobProjection['multipliers']>> | null;
  /** The local-hire share used; `null` when none was given. */
  readonly localHireShare: number | Bounds | null;
}
