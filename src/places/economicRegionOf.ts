import type { Location } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Finds the economic region a location lies in.
 *
 * @remarks
 * Looks at the location, then at its {@link ancestors}, nearest first, and returns the first of
 * kind `economicRegion`. In Azerbaijan the economic regions are those of Decree No. 1386 of
 * 7 July 2021 (see the `mining-impact/data/az` subpath).
 *
 * @param gazetteer - The gazetteer to walk.
 * @param id - The id of any location.
 * @returns The economic region: the location itself when it is one; `undefined` for a country,
 * an unknown id, or a location outside any economic region.
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * economicRegionOf(azGazetteer, 'AZ-GYG')?.name;
 * //=> 'Gəncə-Daşkəsən'
 * economicRegionOf(azGazetteer, 'AZ-GAD')?.name;
 * //=> 'Qazax-Tovuz'
 * ```
 *
 * @category Places
 */
export function economicRegionOf(gazetteer: Gazetteer, id: string): Location | undefined {
  assertGazetteer(gazetteer);
  const self = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (self === undefined) return undefined;
  if (self.kind === 'economicRegion') return self;
  return ancestors(gazetteer, self.id).find((location) => location.kind === 'economicRegion');
}
