import type { Location } from '../model/location.js';
import { buildGazetteer } from './buildGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * Builds a {@link Gazetteer} from a list of locations.
 *
 * @remarks
 * Each location is checked against {@link LocationSchema}; ids and ISO 3166-2 codes must be
 * unique. Parents are not required to be present and the parent chain is not required to be
 * acyclic: a missing parent ends the chain and a cycle is cut where it closes (see
 * {@link ancestors}), so lookups stay total. The locations are read, never modified, and the
 * gazetteer keeps their order.
 *
 * @param locations - The locations, parents before or after their children.
 * @returns A new, immutable gazetteer.
 * @throws {@link ImpactError} `INVALID_LOCATION` when a location does not match the schema;
 * `DUPLICATE_LOCATION` when two locations share an id or an ISO 3166-2 code;
 * `INVALID_ARGUMENT` when `locations` is not iterable.
 *
 * @example
 * ```ts
 * const gazetteer = createGazetteer([
 *   { id: 'AZ', kind: 'country', name: 'Azərbaycan', capitalId: 'AZ-BA' },
 *   { id: 'AZ-BA', kind: 'city', name: 'Bakı', parentId: 'AZ', iso3166_2: 'AZ-BA' },
 * ] as Location[]);
 * gazetteer.byIsoCode.get('AZ-BA')?.name;
 * //=> 'Bakı'
 * capitalOf(gazetteer)?.id;
 * //=> 'AZ-BA'
 * ```
 *
 * @category Places
 */
export function createGazetteer(locations: Iterable<Location>): Gazetteer {
  return buildGazetteer([], locations);
}
