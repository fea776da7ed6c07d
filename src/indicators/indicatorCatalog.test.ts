import { describe, expect, it } from 'vitest';
import * as library from '../index.js';
import { IndicatorCatalogEntrySchema } from './contract/indicatorCatalogEntry.js';
import { catalogEntry, indicatorCatalog } from './indicatorCatalog.js';
import { indicatorRegistry } from './indicatorRegistry.js';

/** The exported function of an entry: at the root, or in its family's namespace (`safety`). */
function exported(family: string, name: string): unknown {
  const root = library as unknown as Record<string, Record<string, unknown> | undefined>;
  return (root as Record<string, unknown>)[name] ?? root[family]?.[name];
}

describe('indicatorCatalog', () => {
  it('holds the entry of every registered indicator, family by family', () => {
    expect(indicatorCatalog).toEqual(indicatorRegistry.map((definition) => definition.entry));
    const families = indicatorCatalog.map((entry) => entry.family);
    // Families come in one block each, in the order workforce, community, deposits, jobs.
    expect([...new Set(families)]).toEqual([
      'workforce',
      'community',
      'deposits',
      'jobs',
      'safety',
      'economic',
    ]);
    expect(families).toEqual(
      [...families].sort(
        (a, b) =>
          ['workforce', 'community', 'deposits', 'jobs', 'safety', 'economic'].indexOf(a) -
          ['workforce', 'community', 'deposits', 'jobs', 'safety', 'economic'].indexOf(b),
      ),
    );
  });

  it('holds valid, frozen entries, each computed by a function of the root entry', () => {
    expect(Object.isFrozen(indicatorCatalog)).toBe(true);
    for (const entry of indicatorCatalog) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success, entry.id).toBe(true);
      expect(Object.isFrozen(entry), entry.id).toBe(true);
      expect(Object.isFrozen(entry.standards), entry.id).toBe(true);
      expect(typeof exported(entry.family, entry.functionName), entry.id).toBe('function');
    }
    for (const definition of indicatorRegistry)
      expect(definition.compute).toBe(
        exported(definition.entry.family, definition.entry.functionName),
      );
  });

  it('keeps the definitions out of the public API', () => {
    const values = new Set<unknown>([...Object.values(library), ...Object.values(library.safety)]);
    for (const definition of indicatorRegistry) expect(values.has(definition)).toBe(false);
    expect(Object.keys(library).filter((name) => name.endsWith('Indicator'))).toEqual([]);
    expect(Object.keys(library.safety).filter((name) => name.endsWith('Indicator'))).toEqual([]);
  });
});

/** Where a family's functions are exported: the `economic` namespace, or the root. */

describe('catalogEntry', () => {
  it('finds an entry by id, and nothing for an unknown id', () => {
    expect(catalogEntry('workforce.localEmploymentShare')?.unit).toBe('share');
    expect(catalogEntry('jobs.projectEmployment')?.resultKeys).toEqual(['projection', 'phase']);
    expect(catalogEntry('no.such')).toBeUndefined();
  });
});
