import { type SocialProgram, SocialProgramSchema } from '../../model/socialProgram.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';

const entry = {
  id: 'community.sdgCoverage',
  title: 'Sustainable Development Goals addressed by programs',
  unit: 'count',
  formula: 'Number of distinct SDGs (1 to 17) named by programs, with the programs per goal',
  standards: ['SDG'],
  family: 'community',
  functionName: 'sdgCoverage',
  results: 'one',
  dimensions: ['sdg'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Lists the UN Sustainable Development Goals the programs contribute to.
 *
 * @remarks
 * Unit `count`. Value: the number of distinct goals (0 to 17) named by at least one program. It
 * reads what the programs state and maps nothing by itself. Rows keyed `{ sdg }` (the goal's
 * number), one per goal named, in goal order: the number of programs naming it (also in
 * `count`). A program naming a goal twice counts once for it.
 *
 * @param programs - The social programs.
 * @returns The number of goals named, from 0 to 17; never `null`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a program does not match
 * {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * // Programs naming goals 4 and 3, then 15 and 4.
 * const coverage = sdgCoverage(programs);
 * [coverage.value, coverage.breakdown?.map((row) => [row.keys.sdg, row.value])];
 * //=> [3, [['3', 1], ['4', 2], ['15', 1]]]
 * ```
 *
 * @category Community indicators
 */
export function sdgCoverage(programs: Iterable<Readonly<SocialProgram>>): IndicatorResult {
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const byGoal = new Map<number, Set<string>>();
  for (const program of list) {
    for (const goal of program.sdgs) {
      const ids = byGoal.get(goal) ?? new Set<string>();
      ids.add(program.id);
      byGoal.set(goal, ids);
    }
  }
  const goals = [...byGoal.entries()].sort(([a], [b]) => a - b);
  return resultFrom(entry, {
    value: goals.length,
    breakdown: goals.map(([goal, ids]) => ({
      keys: { sdg: String(goal) },
      label: `SDG ${goal}`,
      value: ids.size,
      count: ids.size,
    })),
    definitions: {},
    sourceIds: uniqueSourceIds(list.map((program) => program.sourceIds)),
    notes: [],
  });
}

/**
 * The definition of {@link sdgCoverage}: on a dataset, the goals named by its programs.
 *
 * @internal
 */
export const sdgCoverageIndicator = defineIndicator({
  entry,
  compute: sdgCoverage,
  fromDataset: (context) =>
    context.data.programs.some((program) => program.sdgs.length > 0)
      ? [sdgCoverage(context.data.programs)]
      : { status: 'dataAbsent', detail: 'No program names a Sustainable Development Goal.' },
});
