import { pure } from '../core/pure.js';
import type { MineStage } from './deposit.js';

/**
 * The allowed transitions of the mine lifecycle: for each stage, the stages it may move to.
 *
 * @remarks
 * No single standard fixes the lifecycle; this table follows common industry usage (the World
 * Bank's *Mine Closure* toolbox, closure-planning guidance of major miners):
 * - `planned` → `exploration`, `development`, `construction`;
 * - `exploration` → `development`, `construction`, `closure`;
 * - `development` → `construction`, `careAndMaintenance`, `closure`;
 * - `construction` → `production`, `careAndMaintenance`, `closure`;
 * - `production` → `careAndMaintenance`, `closure`;
 * - `careAndMaintenance` → `production`, `development`, `construction`, `closure` (a suspended
 *   mine can restart);
 * - `closure` → `postClosure`;
 * - `postClosure` is terminal.
 *
 * A stage never transitions to itself, and closure never leads back to production.
 *
 * @example
 * ```ts
 * mineLifecycleTransitions.production;
 * //=> ['careAndMaintenance', 'closure']
 * ```
 *
 * @category Model
 */
export const mineLifecycleTransitions: Readonly<Record<MineStage, readonly MineStage[]>> = pure(
  () =>
    Object.freeze({
      planned: Object.freeze(['exploration', 'development', 'construction'] as const),
      exploration: Object.freeze(['development', 'construction', 'closure'] as const),
      development: Object.freeze(['construction', 'careAndMaintenance', 'closure'] as const),
      construction: Object.freeze(['production', 'careAndMaintenance', 'closure'] as const),
      production: Object.freeze(['careAndMaintenance', 'closure'] as const),
      careAndMaintenance: Object.freeze([
        'production',
        'development',
        'construction',
        'closure',
      ] as const),
      closure: Object.freeze(['postClosure'] as const),
      postClosure: Object.freeze([] as const),
    }),
);

/**
 * Tells whether a deposit may move from one lifecycle stage to another.
 *
 * @remarks
 * Reads `mineLifecycleTransitions`. Dataset validation uses it on every consecutive pair of
 * a deposit's `stageHistory`.
 *
 * @param from - The current stage.
 * @param to - The next stage.
 * @returns `true` when the table allows `from` → `to`; `false` otherwise, and for unknown
 * stages.
 *
 * @example
 * ```ts
 * isAllowedTransition('careAndMaintenance', 'production');
 * //=> true
 * isAllowedTransition('closure', 'production');
 * //=> false
 * ```
 *
 * @category Model
 */
export function isAllowedTransition(from: MineStage, to: MineStage): boolean {
  if (!Object.hasOwn(mineLifecycleTransitions, from)) return false;
  return mineLifecycleTransitions[from].includes(to);
}

/**
 * The stages a deposit must have passed through, unrecorded, to move from one stage to another.
 *
 * @remarks
 * Public sources rarely record every stage: a mine is reported in exploration, then in
 * production, with construction never mentioned. Such a history is possible, only incomplete.
 * This function reads `mineLifecycleTransitions` as a graph and returns the intermediate
 * stages of the shortest path of allowed transitions (the first such path, in table order, when
 * several are as short): `[]` when the move is allowed directly, `['construction']` for
 * `exploration` → `production`, and `null` when no path leads from `from` to `to` (a move back
 * the lifecycle forbids, such as `closure` → `production` or `production` → `exploration`).
 * Dataset validation reports the first case as the warning `deposit.stages_not_recorded` and the
 * second as the error `deposit.stage_transition`.
 *
 * @param from - The earlier stage.
 * @param to - The later stage.
 * @returns The unrecorded stages in lifecycle order, `[]` for an allowed transition, or `null`
 * when the lifecycle forbids reaching `to` from `from` (also for a stage to itself and for
 * unknown stages).
 *
 * @example
 * ```ts
 * stagesNotRecorded('exploration', 'production');
 * //=> ['construction']
 * stagesNotRecorded('construction', 'production');
 * //=> []
 * stagesNotRecorded('closure', 'production');
 * //=> null
 * ```
 *
 * @category Model
 */
export function stagesNotRecorded(from: MineStage, to: MineStage): readonly MineStage[] | null {
  if (!Object.hasOwn(mineLifecycleTransitions, from)) return null;
  // Breadth-first search from `from`: the first path found to `to` is a shortest one.
  const previous = new Map<MineStage, MineStage>();
  const queue: MineStage[] = [from];
  for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
    for (const next of mineLifecycleTransitions[stage] ?? []) {
      if (next === from || previous.has(next)) continue;
      previous.set(next, stage);
      if (next === to) {
        const between: MineStage[] = [];
        for (let at = previous.get(to); at !== undefined && at !== from; at = previous.get(at)) {
          between.unshift(at);
        }
        return between;
      }
      queue.push(next);
    }
  }
  return null;
}
