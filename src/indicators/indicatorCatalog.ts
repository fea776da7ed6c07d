import { pure } from '../core/pure.js';
import type { IndicatorCatalogEntry } from './contract/indicatorCatalogEntry.js';
import { indicatorRegistry } from './indicatorRegistry.js';

/**
 * Every indicator of the library, one entry each, family by family.
 *
 * @remarks
 * Derived from the indicator registries. Ids are unique; the GRI content index of a report
 * lists, for each disclosure, the entries whose `standards` name it.
 *
 * @example
 * ```ts
 * indicatorCatalog.filter((entry) => entry.standards.includes('GRI 202-2')).map((entry) => entry.id);
 * //=> ['workforce.seniorManagementLocalShare']
 * ```
 *
 * @category Indicators
 */
export const indicatorCatalog: readonly IndicatorCatalogEntry[] = pure(() =>
  Object.freeze(indicatorRegistry.map((definition) => definition.entry)),
);

/**
 * Finds a catalog entry by id.
 *
 * @param id - The indicator id, e.g. `'workforce.localEmploymentShare'`.
 * @returns The entry, or `undefined` when no indicator has that id.
 *
 * @example
 * ```ts
 * catalogEntry('workforce.localEmploymentShare')?.unit;
 * //=> 'share'
 * catalogEntry('no.such');
 * //=> undefined
 * ```
 *
 * @category Indicators
 */
export function catalogEntry(id: string): IndicatorCatalogEntry | undefined {
  return indicatorCatalog.find((entry) => entry.id === id);
}
