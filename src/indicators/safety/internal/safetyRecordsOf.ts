import type { Period } from '../../../core/period.js';
import type { SafetyRecord } from '../../../model/safetyRecord.js';
import type { IndicatorOutcome } from '../../contract/defineIndicator.js';
import type { IndicatorContext } from '../../contract/indicatorContext.js';
import type { IndicatorResult } from '../../contract/indicatorResult.js';

/**
 * Runs a safety rate on a dataset's safety records within the report's period, or says that
 * the dataset has none.
 *
 * @internal
 */
export function safetyRecordsOf(
  context: IndicatorContext,
  compute: (records: readonly SafetyRecord[], period: Period) => IndicatorResult,
): IndicatorOutcome {
  return context.data.safety.length === 0
    ? { status: 'dataAbsent', detail: 'The dataset has no safety records.' }
    : [compute(context.data.safety, context.period)];
}
