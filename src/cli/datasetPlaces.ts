import { azGazetteer, liberatedTerritoryIds } from '../data/az/index.js';
import type { Gazetteer } from '../index.js';

/** Reads a property of a value that may be anything. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The dataset's own locations, as far as they are objects. */
function ownLocations(dataset: unknown): readonly unknown[] {
  const locations = field(dataset, 'locations');
  return Array.isArray(locations) ? locations : [];
}

/**
 * Whether a string anywhere in the dataset names a location of the Azerbaijani gazetteer other
 * than the country itself (`AZ-DAS`, `az-er-…`) and not defined by the dataset, or a dataset
 * location has the country `AZ` as its parent.
 */
function refersToAzerbaijan(dataset: unknown, own: ReadonlySet<unknown>): boolean {
  if (ownLocations(dataset).some((l) => field(l, 'parentId') === 'AZ' && !own.has('AZ'))) {
    return true;
  }
  const stack: unknown[] = [dataset];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') {
      if (value !== 'AZ' && azGazetteer.byId.has(value) && !own.has(value)) return true;
    } else if (typeof value === 'object' && value !== null && !seen.has(value)) {
      seen.add(value);
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
  return false;
}

/**
 * Whether the command treats a dataset as Azerbaijani: its company is registered in `AZ`, it
 * records the country `AZ` among its locations, or it refers to places of the Azerbaijani
 * gazetteer (`AZ-DAS`, `az-er-ganja-dashkasan`, …) without defining them.
 *
 * @param dataset - The dataset as read (not yet validated).
 * @returns `true` for an Azerbaijani dataset.
 * @internal
 */
export function isAzerbaijaniDataset(dataset: unknown): boolean {
  if (field(field(dataset, 'company'), 'jurisdiction') === 'AZ') return true;
  const locations = ownLocations(dataset);
  const own = new Set(locations.map((l) => field(l, 'id')));
  if (locations.some((l) => field(l, 'kind') === 'country' && field(l, 'id') === 'AZ')) return true;
  return refersToAzerbaijan(dataset, own);
}

/**
 * The places the command gives a dataset: for an Azerbaijani dataset the Azerbaijani gazetteer
 * and, by default, the liberated territories; for any other, no gazetteer (only the dataset's
 * own locations, so the capital is the one its own country location records in `capitalId`)
 * and no default territories.
 *
 * @param dataset - The dataset as read (not yet validated).
 * @returns The gazetteer to extend and the default territory ids.
 * @internal
 */
export function datasetPlaces(dataset: unknown): {
  readonly gazetteer: Gazetteer | undefined;
  readonly territoryIds: readonly string[] | undefined;
} {
  return isAzerbaijaniDataset(dataset)
    ? { gazetteer: azGazetteer, territoryIds: liberatedTerritoryIds }
    : { gazetteer: undefined, territoryIds: undefined };
}
