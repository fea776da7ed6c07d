import { ImpactError } from '../../core/ImpactError.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';

/**
 * Checks that a workforce summary is an object before any field is read.
 *
 * @param summary - The value passed as a summary.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when it is not an object.
 * @internal
 */
export function checkSummary(summary: Readonly<WorkforceSummary>): void {
  if (typeof summary !== 'object' || summary === null) {
    throw new ImpactError('INVALID_ARGUMENT', 'expected a WorkforceSummary');
  }
}
