import type { Location } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Finds the economic region a location lies in or, where there is none, its first-level
 * division.
 *
 * @remarks
 * Looks at the location, then at its {@link ancestors}, nearest first, and returns the first of
 * kind `economicRegion`; when the chain holds none, the first of kind `adminLevel1` (the
 * first-level division of a country recorded with generic levels: a Malian region, a Kyrgyz
 * oblast, a Peruvian department). So the region level is the economic region where a country has
 * them (Azerbaijan) and the first-level division elsewhere; an economic region is preferred to a
 * first-level division in the same chain, since it groups divisions for statistics. In
 * Azerbaijan the economic regions are those of Decree No. 1386 of 7 July 2021 (see the
 * `mining-impact/data/az` subpath).
 *
 * @param gazetteer - The gazetteer to walk.
 * @param id - The id of any location.
 * @returns The economic region or first-level division: the location itself when it is one;
 * `undefined` for a country, an unknown id, or a location outside any region or division.
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
 * const kyrgyzstan = createGazetteer([
 *   { id: 'KG', kind: 'country', name: 'Kyrgyzstan' },
 *   { id: 'KG-C', kind: 'adminLevel1', name: 'Chüy', parentId: 'KG' },
 *   { id: 'kg-kemin', kind: 'adminLevel2', name: 'Kemin', parentId: 'KG-C' },
 * ] as Location[]);
 * economicRegionOf(kyrgyzstan, 'kg-kemin')?.name;
 * //=> 'Chüy'
 * ```
 *
 * @category Places
 */
export function economicRegionOf(gazetteer: Gazetteer, id: string): Location | undefined {
  assertGazetteer(gazetteer);
  const self = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (self === undefined) return undefined;
  const chain = [self, ...ancestors(gazetteer, self.id)];
  return (
    chain.find((location) => location.kind === 'economicRegion') ??
    chain.find((location) => location.kind === 'adminLevel1')
  );
}
