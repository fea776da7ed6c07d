import { districtOf } from '../places/districtOf.js';
import type { Gazetteer } from '../places/gazetteer.js';
import { placeLabel } from './placeLabel.js';

/**
 * The district (or first-level city) a location lies in, with a readable label.
 *
 * @remarks
 * The location itself when it has no district above it (an economic region, a country); the
 * bare id as its own label when the gazetteer does not know it.
 *
 * @param gazetteer - The gazetteer.
 * @param locationId - The location.
 * @returns The id and label of the district, or of the location itself.
 * @internal
 */
export function districtPlace(
  gazetteer: Gazetteer,
  locationId: string,
): { id: string; label: string } {
  const place = districtOf(gazetteer, locationId) ?? gazetteer.byId.get(locationId);
  return place === undefined
    ? { id: locationId, label: locationId }
    : { id: place.id, label: placeLabel(place) };
}
