import type { Bounds } from '../../core/bounds.js';
import type { DepositId, ProjectionId, SourceId } from '../../core/ids.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { EmploymentFigures } from './employmentFigures.js';

/**
 * The projected employment of one year: permanent operations jobs and construction job-years,
 * kept apart.
 *
 * @example
 * ```ts
 * declare const year: EmploymentYear;
 * year.operations?.total;
 * ```
 *
 * @category Jobs
 */
export type EmploymentYear = {
  /** The calendar year. */
  readonly year: number;
  /** Permanent jobs of the operations phases active in the year; `null` when none is. */
  readonly operations: EmploymentFigures | null;
  /** Job-years of the construction phases active in the year; `null` when none is. */
  readonly construction: EmploymentFigures | null;
};

/**
 * The result of {@link projectEmployment}: a job projection turned into direct, indirect,
 * induced, total and local jobs by year, with its assumptions stated.
 *
 * @remarks
 * `years` lists each year from the first phase start through `throughYear` in which at least one
 * phase is active. `operationsPeak` is the largest yearly operations figure in each of the low,
 * central and high scenarios (the "permanent jobs" a development is usually announced with);
 * `constructionJobYears` is the sum of the construction job-years over the years listed. `notes`
 * say that the multipliers are assumptions, cite their source, and state every other choice
 * (missing multipliers, bounds, phases cut at `throughYear`).
 *
 * @example
 * ```ts
 * declare const employment: EmploymentProjection;
 * employment.operationsPeak?.total;
 * employment.notes;
 * ```
 *
 * @category Jobs
 */
export type EmploymentProjection = {
  /** The projection the figures come from. */
  readonly projectionId: ProjectionId;
  /** The deposit to be developed. */
  readonly depositId: DepositId;
  /** The projection's scenario: a label and whether its figures are reported or assumed. */
  readonly scenario: { readonly label: string; readonly kind: 'reported' | 'assumed' };
  /** The last year of the table. */
  readonly throughYear: number;
  /** The figures by year, oldest first; only years with an active phase. */
  readonly years: readonly EmploymentYear[];
  /** The peak yearly permanent operations jobs; `null` when no operations year is listed. */
  readonly operationsPeak: EmploymentFigures | null;
  /** The construction job-years summed over the years listed; `null` when there are none. */
  readonly constructionJobYears: EmploymentFigures | null;
  /** The components the `total` figures add up. */
  readonly totalIncludes: readonly ('direct' | 'indirect' | 'induced')[];
  /** The multipliers used (assumptions), with their source; `null` when none were given. */
  readonly multipliers: NonNullable<JobProjection['multipliers']> | null;
  /** The local-hire share used; `null` when none was given. */
  readonly localHireShare: number | Bounds | null;
  /** The sources: the projection's and the multipliers'. */
  readonly sourceIds: readonly SourceId[];
  /** The assumptions and caveats a reader needs. */
  readonly notes: readonly string[];
};
