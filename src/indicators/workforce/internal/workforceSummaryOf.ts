import type { EmployeeCategory } from '../../../model/employee.js';
import type { WorkforceSummary } from '../../../model/workforceSummary.js';
import type { IndicatorContext } from '../../contract/indicatorContext.js';

/**
 * The workforce summary the summary indicators of a report read.
 *
 * @remarks
 * With employee records, {@link summarizeWorkforce} of the records on `asOf` (under the report's
 * locality policy, with the dataset's sites), counted once per report in the pass over the
 * records; without records, the latest published summary on or before `asOf`; `undefined` when
 * there is neither.
 *
 * @param context - The report's context.
 * @returns The summary.
 * @throws {@link ImpactError} as {@link summarizeWorkforce} does.
 * @internal
 */
export function workforceSummaryOf(context: IndicatorContext): WorkforceSummary | undefined {
  return context.records.count === 0 ? context.summary : context.records.summary();
}

/**
 * The workforce summary of each employee category of a report's employee records, for the
 * breakdowns by category.
 *
 * @remarks
 * {@link summarizeWorkforce} of the records of each category active on `asOf`, under the same
 * options as {@link workforceSummaryOf}; a category without anyone active on `asOf` has no
 * summary. Empty when the dataset has no employee records (a published summary has no
 * categories' origins).
 *
 * @param context - The report's context.
 * @returns Category → its summary.
 * @throws {@link ImpactError} as {@link summarizeWorkforce} does.
 * @internal
 */
export function categorySummariesOf(
  context: IndicatorContext,
): Partial<Record<EmployeeCategory, WorkforceSummary>> {
  return context.records.categorySummaries();
}
