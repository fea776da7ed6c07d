import type { Location } from '../model/location.js';
import { ancestors } from './ancestors.js';
import type { Gazetteer } from './gazetteer.js';

/**
 * The country a location lies in: the location itself when it is a country, else its nearest
 * ancestor of kind `country`.
 *
 * @param gazetteer - The gazetteer to walk (already checked).
 * @param id - The location id.
 * @returns The country, or `undefined` for an unknown id or a chain that reaches no country.
 * @internal
 */
export function countryOf(gazetteer: Gazetteer, id: string): Location | undefined {
  const self = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (self === undefined) return undefined;
  if (self.kind === 'country') return self;
  return ancestors(gazetteer, self.id).find((location) => location.kind === 'country');
}
