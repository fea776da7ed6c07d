import { pure } from '../../../core/pure.js';
import type { WorkforceSummary } from '../../../model/workforceSummary.js';
import type { IndicatorContext } from '../../contract/indicatorContext.js';
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
