import { ratio } from '../../core/ratio.js';
import {
  type ProgramResult,
  type SocialProgram,
  SocialProgramSchema,
} from '../../model/socialProgram.js';
import type { RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { periodDefinition } from './internal/periodDefinition.js';

const entry = {
  id: 'community.resultProgress',
  title: 'Progress of a program result toward its target',
  unit: 'ratio',
  formula:
    '(actual − baseline) / (target − baseline); baseline 0 when absent; null for qualitative results',
  standards: ['IATI result'],
  family: 'community',
  functionName: 'resultProgress',
  results: 'many',
  resultKeys: ['programId', 'result'],
  dimensions: [],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link resultProgress}.
 *
 * @category Community indicators
 */
export interface ResultProgressOptions {
  /**
   * Whether qualitative results get a result (`null` with `NOT_APPLICABLE`); default `true`.
   * With `false` only quantitative results (measure `unit` or `percentage`) are measured.
   */
  readonly includeQualitative?: boolean | undefined;
}

/** The progress of one result of a program. */
function progressOf(result: Readonly<ProgramResult>, keys: RowKeys): IndicatorResult {
  const definitions = {
    title: result.title,
    measure: result.measure,
    period: periodDefinition(result.period),
  };
  const sourceIds = uniqueSourceIds([result.sourceIds]);
  if (result.measure === 'qualitative') {
    return resultFrom(entry, {
      keys,
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
  return resultFrom(entry, {
    keys,
    ...(progress.value === null
      ? { value: null, reason: progress.reason ?? 'MISSING_DATA' }
      : { value: progress.value }),
    ratio: progress,
    definitions: { ...definitions, baseline },
    sourceIds,
    notes: result.baseline === undefined ? ['No baseline was given; 0 was used.'] : [],
  });
}

/**
 * Measures how far each program result has come from its baseline toward its target (IATI
 * results).
 *
 * @remarks
 * One result per program result, keyed `{ programId, result }` where `result` is the result's
 * index in the program's `results` (`'0'`, `'1'`, …), in input order. Unit `ratio`:
 * `(actual − baseline) / (target − baseline)`, with `baseline` 0 when absent (a note says so).
 * 1 means the target is met; above 1 it is exceeded; below 0 the result moved away from it.
 * Works for decreasing targets too (baseline 40, target 10, actual 25 gives 0.5). Qualitative
 * results have no numeric progress.
 *
 * @param programs - The social programs.
 * @param options - Whether qualitative results get a result.
 * @returns One result per program result: the progress with its `ratio`; `null` with
 * `NOT_APPLICABLE` for a qualitative result, `MISSING_DATA` without an actual or a target,
 * `ZERO_DENOMINATOR` when the target equals the baseline. Empty when no program states a result.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a program does not match
 * {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * const [progress] = resultProgress([{
 *   ...program,
 *   id: 'school',
 *   results: [{ title: 'Pupils taught', measure: 'unit', baseline: 0, target: 300, actual: 240, period: { start: '2023-09-01', end: '2024-06-30' } }],
 * }]);
 * [progress?.keys, progress?.value];
 * //=> [{ programId: 'school', result: '0' }, 0.8]
 * ```
 *
 * @category Community indicators
 */
export function resultProgress(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<ResultProgressOptions> = {},
): readonly IndicatorResult[] {
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const includeQualitative = options.includeQualitative !== false;
  return list.flatMap((program) =>
    (program.results ?? []).flatMap((result, index) =>
      result.measure === 'qualitative' && !includeQualitative
        ? []
        : [progressOf(result, { programId: program.id, result: String(index) })],
    ),
  );
}

/**
 * The definition of {@link resultProgress}: on a dataset, the quantitative results of its
 * programs (a qualitative result has no progress to compute).
 *
 * @internal
 */
export const resultProgressIndicator = defineIndicator({
  entry,
  compute: resultProgress,
  fromDataset: (context) => {
    const results = resultProgress(context.data.programs, { includeQualitative: false });
    return results.length === 0
      ? { status: 'notApplicable', detail: 'No program states a quantitative result.' }
      : results;
  },
});
