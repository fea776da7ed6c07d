import { ImpactError } from '../core/ImpactError.js';
import { type Location, LocationSchema } from '../model/location.js';
import type { Gazetteer } from './gazetteer.js';
import { normalizePlaceName } from './normalizePlaceName.js';

type NameEntry =
  Gazetteer['byNameKey'] extends ReadonlyMap<string, readonly (infer E)[]> ? E : never;

/**
 * Checks one location against the Location schema.
 *
 * @param value - The value given as a location.
 * @param position - Its position in the input, for the error message.
 * @returns The value, typed.
 * @throws {@link ImpactError} `INVALID_LOCATION` when the schema rejects it.
 * @internal
 */
function checkedLocation(value: unknown, position: number): Location {
  const result = LocationSchema.safeParse(value);
  if (result.success) return value as Location;
  const id = (value as { id?: unknown } | null)?.id;
  const label = typeof id === 'string' ? JSON.stringify(id.slice(0, 64)) : `#${position}`;
  const problems = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  throw new ImpactError('INVALID_LOCATION', `location ${label} at ${problems.join('; ')}`);
}

/**
 * Builds a gazetteer from trusted locations followed by new ones, which are checked.
 *
 * @remarks
 * Shared by {@link createGazetteer} and {@link extendGazetteer}. The inputs are read, never
 * modified; the gazetteer holds the given location objects.
 *
 * @param trusted - Locations already checked (those of a base gazetteer), in order.
 * @param added - The locations to check and add.
 * @returns A new gazetteer.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `added` is not iterable;
 * `INVALID_LOCATION` when a location does not match the schema; `DUPLICATE_LOCATION` when an id
 * or an ISO 3166-2 code occurs twice.
 * @internal
 */
export function buildGazetteer(trusted: Iterable<Location>, added: Iterable<Location>): Gazetteer {
  if (
    added === null ||
    typeof added !== 'object' ||
    typeof (added as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function'
  ) {
    throw new ImpactError('INVALID_ARGUMENT', 'the locations must be an iterable of Location');
  }
  const byId = new Map<string, Location>();
  const byIsoCode = new Map<string, Location>();
  const childrenOf = new Map<string, Location[]>();
  const byNameKey = new Map<string, NameEntry[]>();

  const add = (location: Location): void => {
    if (byId.has(location.id)) {
      throw new ImpactError('DUPLICATE_LOCATION', `id ${JSON.stringify(location.id)}`);
    }
    if (location.iso3166_2 !== undefined) {
      const holder = byIsoCode.get(location.iso3166_2);
      if (holder !== undefined) {
        throw new ImpactError(
          'DUPLICATE_LOCATION',
          `ISO 3166-2 code ${location.iso3166_2} of ${JSON.stringify(location.id)} and ${JSON.stringify(holder.id)}`,
        );
      }
      byIsoCode.set(location.iso3166_2, location);
    }
    byId.set(location.id, location);
    if (location.parentId !== undefined) {
      const siblings = childrenOf.get(location.parentId);
      if (siblings === undefined) childrenOf.set(location.parentId, [location]);
      else siblings.push(location);
    }
    const names: NameEntry[] = [{ location, name: location.name, official: true }];
    for (const other of location.names ?? []) {
      names.push({ location, name: other.value, official: other.kind === 'official' });
    }
    const seen = new Set<string>();
    for (const entry of names) {
      const key = normalizePlaceName(entry.name);
      // One entry per distinct name: a location listing its official name again adds nothing.
      if (key === '' || seen.has(`${key}\u0000${entry.name}`)) continue;
      seen.add(`${key}\u0000${entry.name}`);
      const bucket = byNameKey.get(key);
      if (bucket === undefined) byNameKey.set(key, [entry]);
      else bucket.push(entry);
    }
  };

  for (const location of trusted) add(location);
  let position = 0;
  for (const value of added) add(checkedLocation(value, position++));
  return Object.freeze({ byId, byIsoCode, childrenOf, byNameKey });
}
