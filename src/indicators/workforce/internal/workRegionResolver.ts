import { ImpactError } from '../../../core/ImpactError.js';
import type { Site } from '../../../model/site.js';
import { economicRegionOf } from '../../../places/economicRegionOf.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import { indexSites } from './indexSites.js';

/**
 * Builds a lookup of the economic region of an employee's work site, for breakdowns.
 *
 * @remarks
 * The site's `locationId` is placed by {@link economicRegionOf} (the economic region, or the
 * first-level division where the country has none). The key is `'notStated'` when the record
 * names no site, names a site not among `sites` (whose location is therefore unknown), or its
 * site's location lies in no region.
 *
 * @param sites - The sites (required).
 * @param gazetteer - The gazetteer (required).
 * @returns `(siteId) => region id`, or `'notStated'`; each site is resolved once.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the sites or the gazetteer are missing, the
 * gazetteer is not one, or the sites are not valid (see `indexSites`).
 * @internal
 */
export function workRegionResolver(
  sites: Iterable<Readonly<Pick<Site, 'id' | 'locationId'>>> | undefined,
  gazetteer: Gazetteer | undefined,
): (siteId: string | undefined) => string {
  if (sites === undefined || gazetteer === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      "the 'workRegion' breakdown needs the sites (for each site's location) and a gazetteer (for the region of that location)",
    );
  }
  return siteRegionResolver(sites, gazetteer);
}

/**
 * The same lookup as {@link workRegionResolver}, for indicators whose region rows are optional:
 * without a gazetteer every record's region is `'notStated'`.
 *
 * @param sites - The sites (none: every region is `'notStated'`).
 * @param gazetteer - The gazetteer, or `undefined`.
 * @returns `(siteId) => region id`, or `'notStated'`; each site is resolved once.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the gazetteer is not one or two sites share
 * an id.
 * @internal
 */
export function siteRegionResolver(
  sites: Iterable<Readonly<Pick<Site, 'id' | 'locationId'>>> | undefined,
  gazetteer: Gazetteer | undefined,
): (siteId: string | undefined) => string {
  if (gazetteer === undefined) return () => 'notStated';
  // Checks the gazetteer before any record is read.
  economicRegionOf(gazetteer, '');
  const regions = new Map<string, string>();
  for (const [id, site] of indexSites(sites ?? [])) {
    regions.set(id, economicRegionOf(gazetteer, site.locationId)?.id ?? 'notStated');
  }
  return (siteId) => (siteId === undefined ? undefined : regions.get(siteId)) ?? 'notStated';
}
