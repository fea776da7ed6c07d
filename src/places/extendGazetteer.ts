import type { Location } from '../model/location.js';
import { assertGazetteer } from './assertGazetteer.js';
import { buildGazetteer } from './buildGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Returns a new gazetteer holding a base gazetteer's locations and some more.
 *
 * @remarks
 * This is how a dataset adds its own places, such as villages under the ISO districts of
 * `azGazetteer`, without repeating the gazetteer. The base is never modified. The added
 * locations are checked against {@link LocationSchema} and come after the base's in every
 * index. An added location may not reuse an id or an ISO 3166-2 code of the base or of another
 * added location: replacing a location would silently change every lookup through it, so it is
 * an error rather than an override.
 *
 * @param base - The gazetteer to extend; left unchanged.
 * @param locations - The locations to add.
 * @returns A new, immutable gazetteer with the base's locations followed by `locations`.
 * @throws {@link ImpactError} `DUPLICATE_LOCATION` when an added id or ISO 3166-2 code is
 * already used; `INVALID_LOCATION` when an added location does not match the schema;
 * `INVALID_ARGUMENT` when `locations` is not iterable or `base` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const gazetteer = extendGazetteer(azGazetteer, [
 *   { id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' },
 * ] as Location[]);
 * districtOf(gazetteer, 'vil-chovdar')?.name;
 * //=> 'Daşkəsən'
 * azGazetteer.byId.has('vil-chovdar');
 * //=> false
 * ```
 *
 * @category Places
 */
export function extendGazetteer(base: Gazetteer, locations: Iterable<Location>): Gazetteer {
  assertGazetteer(base);
  return buildGazetteer(base.byId.values(), locations);
}
