import { ImpactError } from '../../../core/ImpactError.js';
import type { Site } from '../../../model/site.js';

/**
 * Indexes sites by id, checking each has a string id and location.
 *
 * @param sites - The sites.
 * @returns Site id → site, in the order given.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `sites` is not iterable, a site has no
 * string `id` or `locationId`, or two sites share an id (their locations would be ambiguous).
 * @internal
 */
export function indexSites<T extends Readonly<Pick<Site, 'id' | 'locationId'>>>(
  sites: Iterable<T>,
): Map<string, T> {
  if (typeof (sites as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new ImpactError('INVALID_ARGUMENT', 'sites is not iterable');
  }
  const byId = new Map<string, T>();
  for (const site of sites) {
    const { id, locationId } = (site ?? {}) as { id?: unknown; locationId?: unknown };
    if (typeof id !== 'string' || typeof locationId !== 'string') {
      throw new ImpactError('INVALID_ARGUMENT', 'a site needs a string id and locationId');
    }
    if (byId.has(id)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `two sites share the id ${JSON.stringify(id).slice(0, 140)}`,
      );
    }
    byId.set(id, site);
  }
  return byId;
}
