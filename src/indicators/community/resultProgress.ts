import { ratio } from '../../core/ratio.js';
import type { ProgramResult } from '../../model/socialProgram.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { resultProgressEntry } from './communityCatalog.js';

/**
 * Measures how far a program result has come from its baseline toward its target.
 *
 * @remarks
 * `(actual − baseline) / (target − baseline)`, with `baseline` 0 when absent. 1 means the
 * target is met; above 1 it is exceeded; below 0 the result moved away from it. Works for
 * decreasing targets too (baseline 40, target 10, actual 25 gives 0.5). Qualitative results have
 * no numeric progress.
 *
 * @param result - The program result.
 * @returns An indicator result with the progress as a ratio; `null` with `NOT_APPLICABLE` for a
 * qualitative result, `MISSING_DATA` without an actual or a target, `ZERO_DENOMINATOR` when the
 * target equals the baseline.
 *
 * @example
 * ```ts
 * resultProgress({ title: 'Pupils taught', measure: 'unit', baseline: 0, target: 300, actual: 240, period: { start: '2023-09-01', end: '2024-06-30' } }).value;
 * //=> 0.8
 * ```
 *
 * @category Indicators
 */
export function resultProgress(result: Readonly<ProgramResult>): IndicatorResult {
  const definitions = {
    title: result.title,
    measure: result.measure,
    period: { start: result.period.start, end: result.period.end ?? null },
  };
  const sourceIds = [...(result.sourceIds ?? [])];
  if (result.measure === 'qualitative') {
    return resultFrom(resultProgressEntry, {
      value: null,
      reason: 'NOT_APPLICABLE',
      definitions,
      sourceIds,
      notes: ['A qualitative result has no numeric progress.'],
    });
  }
  const baseline = result.baseline ?? 0;
  const progress = ratio(
    result.actual === undefined ? null : result.actual - baseline,
    result.target === undefined ? null : result.target - baseline,
  );
  return resultFrom(resultProgressEntry, {
    value: progress.value,
    ...(progress.reason === undefined ? {} : { reason: progress.reason }),
    ratio: progress,
    definitions: { ...definitions, baseline },
    sourceIds,
    notes: result.baseline === undefined ? ['No baseline was given; 0 was used.'] : [],
  });
}
