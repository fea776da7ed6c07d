import type { WorkforceSummary } from '../../../model/workforceSummary.js';
import type { IndicatorOutcome } from '../../contract/defineIndicator.js';
import type { IndicatorContext } from '../../contract/indicatorContext.js';
import { workforceSummaryOf } from './workforceSummaryOf.js';

/**
 * Runs a summary indicator on a dataset's workforce summary (that of its employee records, else
 * the latest published one), or says that there is none.
 *
 * @param run - The indicator on the summary.
 * @returns The `fromDataset` of the indicator.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function onSummary(
  run: (summary: WorkforceSummary, context: IndicatorContext) => IndicatorOutcome,
): (context: IndicatorContext) => IndicatorOutcome {
  return (context) => {
    const summary = workforceSummaryOf(context);
    return summary === undefined
      ? {
          status: 'dataAbsent',
          detail:
            'The dataset has no employee records and no workforce summary on or before the report date.',
        }
      : run(summary, context);
  };
}

/**
 * The `fromDataset` of an indicator of employee records only: a report runs it only without
 * records, so it says that there are none.
 *
 * @returns That the data is absent.
 * @internal
 */
export function withoutRecords(): IndicatorOutcome {
  return { status: 'dataAbsent', detail: 'The dataset has no employee records.' };
}
