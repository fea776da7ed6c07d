import type { WorkforceSummary } from '../../../model/workforceSummary.js';

/**
 * Whether an indicator's input is a published workforce summary rather than a list of records.
 *
 * @param input - What the indicator was given.
 * @returns `true` for an object with a `headcount` and an `asOf`.
 * @internal
 */
export function isWorkforceSummary(input: unknown): input is Readonly<WorkforceSummary> {
  return typeof input === 'object' && input !== null && 'headcount' in input && 'asOf' in input;
}
