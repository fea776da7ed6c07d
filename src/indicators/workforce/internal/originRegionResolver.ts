import { ImpactError } from '../../../core/ImpactError.js';
import { economicRegionOf } from '../../../places/economicRegionOf.js';
import type { Gazetteer } from '../../../places/gazetteer.js';

/**
 * Builds a cached lookup of the economic region of a home location, for breakdowns.
 *
 * @param gazetteer - The gazetteer (required).
 * @returns `(homeLocationId) => region id`, `'unknown'` when the gazetteer places the home in no
 * economic region; each distinct home is resolved once.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when there is no gazetteer or it is not one.
 * @internal
 */
export function originRegionResolver(
  gazetteer: Gazetteer | undefined,
): (homeLocationId: string) => string {
  if (gazetteer === undefined) {
    throw new ImpactError('INVALID_ARGUMENT', "the 'originRegion' breakdown needs a gazetteer");
  }
  // Checks the gazetteer before any record is read.
  economicRegionOf(gazetteer, '');
  const regions = new Map<string, string>();
  return (home) => {
    let region = regions.get(home);
    if (region === undefined) {
      region = economicRegionOf(gazetteer, home)?.id ?? 'unknown';
      regions.set(home, region);
    }
    return region;
  };
}
