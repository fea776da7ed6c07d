import { ancestors } from '../../places/ancestors.js';
import type { Gazetteer } from '../../places/gazetteer.js';

/**
 * Tells whether a location is one of a set of areas or lies under one of them.
 *
 * @param gazetteer - The gazetteer holding the hierarchy.
 * @param locationId - The location.
 * @param areaIds - The areas.
 * @returns `true` when the location or one of its {@link ancestors} is in `areaIds`; `false` for
 * an id the gazetteer does not hold unless the id itself is listed.
 * @internal
 */
export function isInOrUnder(
  gazetteer: Gazetteer,
  locationId: string,
  areaIds: ReadonlySet<string>,
): boolean {
  if (areaIds.has(locationId)) return true;
  return ancestors(gazetteer, locationId).some((location) => areaIds.has(location.id));
}
