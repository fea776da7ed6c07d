import { pure } from '../core/pure.js';
import { communityCatalog } from './community/communityCatalog.js';
import { depositsCatalog } from './deposits/depositsCatalog.js';
import type { IndicatorCatalogEntry } from './indicatorCatalogEntry.js';
import { jobsCatalog } from './jobs/jobsCatalog.js';
import { workforceCatalog } from './workforce/workforceCatalog.js';

/**
 * Every indicator of the library, one entry each.
 *
 * @remarks
 * Each family contributes its entries (`workforceCatalog`, `communityCatalog`, …). Ids are
 * unique; the GRI content index of a report lists, for each disclosure, the entries whose
 * `standards` name it.
 *
 * @example
 * ```ts
 * indicatorCatalog.filter((entry) => entry.standards.includes('GRI 202-2')).map((entry) => entry.id);
 * ```
 *
 * @category Indicators
 */
export const indicatorCatalog: readonly IndicatorCatalogEntry[] = pure(() =>
  Object.freeze([
    ...Object.values(workforceCatalog),
    ...Object.values(communityCatalog),
    ...depositsCatalog,
    ...jobsCatalog,
  ]),
);

/**
 * Finds a catalog entry by id.
 *
 * @param id - The indicator id, e.g. `'workforce.localEmploymentShare'`.
 * @returns The entry, or `undefined` when no indicator has that id.
 *
 * @example
 * ```ts
 * catalogEntry('no.such')?.title;
 * //=> undefined
 * ```
 *
 * @category Indicators
 */
export function catalogEntry(id: string): IndicatorCatalogEntry | undefined {
  return indicatorCatalog.find((entry) => entry.id === id);
}
