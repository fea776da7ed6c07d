import type { SocialProgram } from '../../model/socialProgram.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { sdgCoverageEntry } from './communityCatalog.js';

/**
 * Lists the UN Sustainable Development Goals the programs contribute to.
 *
 * @remarks
 * Value: the number of distinct goals (0 to 17) named by at least one program. The breakdown has
 * one row per goal named, in goal order, with the number of programs naming it. A program naming
 * a goal twice counts once for it.
 *
 * @param programs - The social programs.
 * @returns An indicator result; `value` is the count of goals covered.
 *
 * @example
 * ```ts
 * sdgCoverage(programs).breakdown?.map((row) => row.key);
 * //=> ['3', '4', '15']
 * ```
 *
 * @category Indicators
 */
export function sdgCoverage(programs: Iterable<Readonly<SocialProgram>>): IndicatorResult {
  const list = [...programs];
  const byGoal = new Map<number, Set<string>>();
  for (const program of list) {
    for (const goal of program.sdgs) {
      const set = byGoal.get(goal) ?? new Set<string>();
      set.add(program.id);
      byGoal.set(goal, set);
    }
  }
  const goals = [...byGoal.entries()].sort(([a], [b]) => a - b);
  return resultFrom(sdgCoverageEntry, {
    value: goals.length,
    breakdown: goals.map(([goal, ids]) => {
      return {
        dimension: 'sdg',
        key: String(goal),
        label: `SDG ${goal}`,
        value: ids.size,
        count: ids.size,
      };
    }),
    definitions: {},
    sourceIds: uniqueSourceIds(list.map((program) => program.sourceIds)),
    notes: [],
  });
}
