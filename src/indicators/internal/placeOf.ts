import type { Location } from '../../model/location.js';
import { districtOf } from '../../places/districtOf.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';

/**
 * The key of a row whose economic region or district is not known.
 *
 * @internal
 */
export const UNKNOWN_PLACE = 'unknown';

/**
 * Orders row keys: ascending, with `'unknown'` last.
 *
 * @param a - The first key.
 * @param b - The second key.
 * @returns A negative number when `a` comes first, positive when `b` does, 0 when equal.
 * @internal
 */
export function byPlaceKey(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN_PLACE) return 1;
  if (b === UNKNOWN_PLACE) return -1;
  return a < b ? -1 : 1;
}

/**
 * Where a location lies, for a breakdown by economic region and by district.
 *
 * @internal
 */
export type Place = {
  /** The economic region, or `undefined` when the location lies in none the gazetteer knows. */
  readonly region: Location | undefined;
  /** The district or first-level city, or `undefined` above the district level. */
  readonly district: Location | undefined;
  /** Whether the gazetteer holds the location at all. */
  readonly known: boolean;
};

/**
 * Finds the economic region and the district of a location.
 *
 * @remarks
 * {@link districtOf} and {@link economicRegionOf}: a village or town gives its district and
 * region; a district or first-level city gives itself and its region; an economic region gives
 * itself and no district; a country, or an id the gazetteer does not hold, gives neither.
 *
 * @param gazetteer - The gazetteer.
 * @param locationId - The location.
 * @returns The region and the district, either `undefined` when not known.
 * @internal
 */
export function placeOf(gazetteer: Gazetteer, locationId: string): Place {
  return {
    region: economicRegionOf(gazetteer, locationId),
    district: districtOf(gazetteer, locationId),
    known: gazetteer.byId.has(locationId),
  };
}
