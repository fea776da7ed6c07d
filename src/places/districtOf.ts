import type { Location } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Finds the district (rayon) or first-level city a location lies in.
 *
 * @remarks
 * Looks at the location, then at its {@link ancestors}, nearest first, and returns the first that
 * is a `district`, or a `city` of the first level: a city whose parent is an economic region or
 * a country, or which has no parent (Gəncə, Naftalan, Xankəndi). A city inside a district (the
 * district's centre) is passed over for its district. The walk stops at an economic region or a
 * country: those are above the district level.
 *
 * @param gazetteer - The gazetteer to walk.
 * @param id - The id of a village, town, city or district.
 * @returns The district or first-level city: the location itself when it is one; `undefined`
 * for an economic region, a country, an unknown id, or a chain that reaches none.
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * districtOf(azGazetteer, 'AZ-DAS')?.id;
 * //=> 'AZ-DAS'
 * districtOf(azGazetteer, 'AZ-NA')?.name;
 * //=> 'Naftalan'
 * districtOf(azGazetteer, 'az-er-ganja-dashkasan');
 * //=> undefined
 * ```
 *
 * @category Places
 */
export function districtOf(gazetteer: Gazetteer, id: string): Location | undefined {
  assertGazetteer(gazetteer);
  const self = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (self === undefined) return undefined;
  for (const location of [self, ...ancestors(gazetteer, self.id)]) {
    if (location.kind === 'economicRegion' || location.kind === 'country') return undefined;
    if (location.kind === 'district') return location;
    if (location.kind === 'city' && isFirstLevel(gazetteer, location)) return location;
  }
  return undefined;
}

/** Whether a city is a first-level unit: no parent, or a parent that is a region or a country. */
function isFirstLevel(gazetteer: Gazetteer, city: Location): boolean {
  if (city.parentId === undefined) return true;
  const kind = gazetteer.byId.get(city.parentId)?.kind;
  return kind === 'economicRegion' || kind === 'country';
}
