import { pure } from '../../../core/pure.js';
import { type EmployeeCategory, EmployeeCategorySchema } from '../../../model/employee.js';
import type { WorkforceSummary } from '../../../model/workforceSummary.js';
import type { IndicatorContext } from '../../contract/indicatorContext.js';
import { isActiveOn } from '../isActiveOn.js';
import { summarizeWorkforce } from '../summarizeWorkforce.js';

const computed = pure(() => new WeakMap<IndicatorContext, WorkforceSummary>());

/**
 * The workforce summary the summary indicators of a report read.
 *
 * @remarks
 * With employee records, {@link summarizeWorkforce} of the records on `asOf` (under the report's
 * locality policy, with the dataset's sites), computed once per report; without records, the
 * latest published summary on or before `asOf`; `undefined` when there is neither.
 *
 * @param context - The report's context.
 * @returns The summary.
 * @throws {@link ImpactError} as {@link summarizeWorkforce} does.
 * @internal
 */
export function workforceSummaryOf(context: IndicatorContext): WorkforceSummary | undefined {
  if (context.employees.length === 0) return context.summary;
  let summary = computed.get(context);
  if (summary === undefined) {
    summary = summarizeWorkforce(context.employees, {
      asOf: context.asOf,
      gazetteer: context.gazetteer,
      sites: context.data.sites,
      localityPolicy: context.localityPolicy,
      companyId: context.data.company.id,
    });
    computed.set(context, summary);
  }
  return summary;
}

/**
 * The workforce summary of each employee category of a report's employee records, for the
 * breakdowns by category.
 *
 * @remarks
 * {@link summarizeWorkforce} of the records of each category on their own, under the same
 * options as {@link workforceSummaryOf}; a category without anyone active on `asOf` has no
 * summary. Empty when
 * the dataset has no employee records (a published summary has no categories' origins).
 *
 * @param context - The report's context.
 * @returns Category → its summary.
 * @throws {@link ImpactError} as {@link summarizeWorkforce} does.
 * @internal
 */
export function categorySummariesOf(
  context: IndicatorContext,
): Partial<Record<EmployeeCategory, WorkforceSummary>> {
  const out: Partial<Record<EmployeeCategory, WorkforceSummary>> = {};
  for (const category of EmployeeCategorySchema.options) {
    const records = context.employees.filter(
      (e) => e.category === category && isActiveOn(e, context.asOf),
    );
    if (records.length === 0) continue;
    out[category] = summarizeWorkforce(records, {
      asOf: context.asOf,
      gazetteer: context.gazetteer,
      sites: context.data.sites,
      localityPolicy: context.localityPolicy,
      companyId: context.data.company.id,
    });
  }
  return out;
}
