import * as z from 'zod';
import { pure } from '../core/pure.js';
import { type IndicatorStatus, IndicatorStatusSchema } from './indicatorCoverage.js';

/**
 * One disclosure of the GRI content index of a report: the indicators that serve it, or why it
 * is not reported.
 *
 * @remarks
 * The disclosures are every GRI code named in the `standards` of an {@link indicatorCatalog}
 * entry (`GRI 2-8`, `GRI 202-2`, `GRI 401-1`, `GRI 14.10`, …), in numeric order. A disclosure is
 * `reported` when at least one of its indicators is; otherwise `reason` says why:
 * `dataAbsent` when one of them lacks data, `computationFailed` when one failed, else
 * `notApplicable`.
 *
 * @example
 * ```ts
 * GriContentIndexEntrySchema.parse({
 *   disclosure: 'GRI 401-1',
 *   title: 'New employee hires and employee turnover',
 *   status: 'notReported',
 *   reason: 'dataAbsent',
 *   indicators: [{ indicatorId: 'workforce.newHireRate', title: 'New employee hire rate', status: 'dataAbsent' }],
 * }).reason;
 * //=> 'dataAbsent'
 * ```
 *
 * @category Reports
 */
export const GriContentIndexEntrySchema = pure(() =>
  z.strictObject({
    /** The disclosure code, e.g. `'GRI 202-2'`. */
    disclosure: z.string().min(1),
    /** The disclosure's title in the GRI Standards, when the library knows it. */
    title: z.string().min(1).optional(),
    /** Whether the report gives a figure for the disclosure. */
    status: z.enum(['reported', 'notReported']),
    /** Why the disclosure is not reported; absent when reported. */
    reason: z.enum(['dataAbsent', 'notApplicable', 'computationFailed']).optional(),
    /** The catalog indicators that serve the disclosure, with their status in the report. */
    indicators: z.array(
      z.strictObject({
        /** The catalog id. */
        indicatorId: z.string().min(1),
        /** The catalog title. */
        title: z.string().min(1),
        /** The indicator's status in the report. */
        status: IndicatorStatusSchema,
      }),
    ),
  }),
);

/**
 * A GRI content index entry (see `GriContentIndexEntrySchema`).
 *
 * @example
 * ```ts
 * declare const entry: GriContentIndexEntry;
 * entry.status === 'reported' ? entry.indicators : entry.reason;
 * ```
 *
 * @category Reports
 */
export interface GriContentIndexEntry {
  /** The disclosure code, e.g. `'GRI 202-2'`. */
  readonly disclosure: string;
  /** The disclosure's title in the GRI Standards, when the library knows it. */
  readonly title?: string | undefined;
  /** Whether the report gives a figure for the disclosure. */
  readonly status: 'reported' | 'notReported';
  /** Why the disclosure is not reported; absent when reported. */
  readonly reason?: 'dataAbsent' | 'notApplicable' | 'computationFailed' | undefined;
  /** The catalog indicators that serve the disclosure, with their status in the report. */
  readonly indicators: readonly GriIndicatorStatus[];
}

/**
 * An indicator that serves a GRI disclosure, with its status in the report.
 *
 * @category Reports
 */
export interface GriIndicatorStatus {
  /** The catalog id. */
  readonly indicatorId: string;
  /** The catalog title. */
  readonly title: string;
  /** The indicator's status in the report. */
  readonly status: IndicatorStatus;
}
