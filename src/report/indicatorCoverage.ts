import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * Whether a report holds a figure for an indicator of the catalog, and why not.
 *
 * @remarks
 * - `reported`: at least one result gives a figure (a value, bounds, a range, money or a
 *   non-empty breakdown).
 * - `dataAbsent`: the indicator applies, but the dataset lacks what it needs (no employee
 *   records, no spend, a result `null` with reason `MISSING_DATA`).
 * - `notApplicable`: the indicator does not apply to the dataset (no construction phase, a
 *   result `null` with reason `ZERO_DENOMINATOR` or `NOT_APPLICABLE`).
 * - `failed`: computing it threw an {@link ImpactError}; `detail` holds the message.
 * - `notComputed`: the report does not compute this catalog entry.
 *
 * @example
 * ```ts
 * IndicatorStatusSchema.parse('dataAbsent');
 * //=> 'dataAbsent'
 * ```
 *
 * @category Reports
 */
export const IndicatorStatusSchema = pure(() =>
  z.enum(['reported', 'dataAbsent', 'notApplicable', 'failed', 'notComputed']),
);

/**
 * The status of an indicator in a report (see `IndicatorStatusSchema`).
 *
 * @example
 * ```ts
 * const status: IndicatorStatus = 'reported';
 * ```
 *
 * @category Reports
 */
export type IndicatorStatus =
  | 'reported'
  | 'dataAbsent'
  | 'notApplicable'
  | 'failed'
  | 'notComputed';

/**
 * The coverage of one catalog indicator in a report: its status and how many results it gave.
 *
 * @example
 * ```ts
 * IndicatorCoverageSchema.parse({
 *   indicatorId: 'workforce.newHireRate',
 *   title: 'New employee hire rate',
 *   status: 'dataAbsent',
 *   detail: 'The dataset has no employee records.',
 *   results: 0,
 * }).status;
 * //=> 'dataAbsent'
 * ```
 *
 * @category Reports
 */
export const IndicatorCoverageSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The catalog id of the indicator. */
      indicatorId: () => z.string().min(1),
      /** The catalog title. */
      title: () => z.string().min(1),
      /** Whether the report holds a figure for it. */
      status: IndicatorStatusSchema,
      /** Why it is not reported, in plain English; absent when reported. */
      detail: () => z.string().min(1).optional(),
      /** The number of results of this indicator in the report. */
      results: () => z.int().nonnegative(),
    }),
  ),
);

/**
 * The coverage of one indicator (see `IndicatorCoverageSchema`).
 *
 * @example
 * ```ts
 * declare const coverage: IndicatorCoverage;
 * coverage.status === 'reported';
 * ```
 *
 * @category Reports
 */
export interface IndicatorCoverage {
  /** The catalog id of the indicator. */
  readonly indicatorId: string;
  /** The catalog title. */
  readonly title: string;
  /** Whether the report holds a figure for it. */
  readonly status: IndicatorStatus;
  /** Why it is not reported, in plain English; absent when reported. */
  readonly detail?: string | undefined;
  /** The number of results of this indicator in the report. */
  readonly results: number;
}
