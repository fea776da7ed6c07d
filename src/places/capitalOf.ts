import { pure } from '../core/pure.js';
import type { Location } from '../model/location.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

const capitals = pure(() => new WeakMap<Gazetteer, Location | null>());

/**
 * Finds the capital a gazetteer's country records.
 *
 * @remarks
 * Returns the location named by `capitalId` of the first location of kind `country` (in the
 * gazetteer's order) whose `capitalId` the gazetteer holds. A gazetteer built from
 * `azLocations`, or extended from `azGazetteer`, knows Bakı (`AZ-BA`). The answer is computed
 * once per gazetteer.
 *
 * @param gazetteer - The gazetteer to search.
 * @returns The capital, or `undefined` when no country of the gazetteer records one it holds.
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * capitalOf(azGazetteer)?.name;
 * //=> 'Bakı'
 * ```
 *
 * @category Places
 */
export function capitalOf(gazetteer: Gazetteer): Location | undefined {
  assertGazetteer(gazetteer);
  const cached = capitals.get(gazetteer);
  if (cached !== undefined) return cached ?? undefined;
  let capital: Location | null = null;
  for (const location of gazetteer.byId.values()) {
    if (location.kind !== 'country' || location.capitalId === undefined) continue;
    const found = gazetteer.byId.get(location.capitalId);
    if (found !== undefined) {
      capital = found;
      break;
    }
  }
  capitals.set(gazetteer, capital);
  return capital ?? undefined;
}
