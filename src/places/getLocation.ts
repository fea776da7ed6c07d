import type { Location } from '../model/location.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Looks a location up by id.
 *
 * @param gazetteer - The gazetteer to search.
 * @param id - The location id, e.g. `'AZ-DAS'`.
 * @returns The location, or `undefined` when the gazetteer has no location with that id (or
 * `id` is not a string).
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * getLocation(azGazetteer, 'AZ-GOY')?.name;
 * //=> 'Göyçay'
 * getLocation(azGazetteer, 'AZ-XYZ');
 * //=> undefined
 * ```
 *
 * @category Places
 */
export function getLocation(gazetteer: Gazetteer, id: string): Location | undefined {
  assertGazetteer(gazetteer);
  return typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
}
