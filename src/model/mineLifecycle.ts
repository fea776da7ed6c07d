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
