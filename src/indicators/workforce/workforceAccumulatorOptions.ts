import type { Period } from '../../core/period.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

/**
 * Options of {@link createWorkforceAccumulator}: those of a summary and, for flow counts, a
 * period.
 *
 * @category Workforce indicators
 */
export interface WorkforceAccumulatorOptions extends WorkforceSummaryOptions {
  /**
   * The period to count flows over (hires, re-hires, leavers by reason, headcounts at its start
   * and end; see {@link WorkforceFlows}); it must have an end. Without it the accumulator counts
   * the summary on `asOf` only.
   */
  readonly period?: Readonly<Period> | undefined;
}
