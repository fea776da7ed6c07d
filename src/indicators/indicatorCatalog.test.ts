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

describe('the standards the catalog names, read against their text', () => {
  /** The standards of a catalog entry. */
  function standardsOf(id: string): readonly string[] | undefined {
    return catalogEntry(id)?.standards;
  }

  it('IRIS+ PI4060 is a beneficiary count: costPerBeneficiary does not claim it', () => {
    // PI4060 (Client Individuals) counts the unique people served: the beneficiary count claims
    // it; a cost per person is no IRIS+ metric, so the ratio names no standard.
    expect(standardsOf('community.costPerBeneficiary')).toEqual([]);
    expect(standardsOf('community.programBeneficiaries')).toContain('IRIS+ PI4060');
  });

  it('community.categoryCoverage is the library’s own program-coverage view, not GRI 413-1 or 203-1', () => {
    const entry = catalogEntry('community.categoryCoverage');
    expect(entry?.standards).toEqual([]);
    expect(entry?.formula.startsWith('The library’s own program-coverage view')).toBe(true);
    // GRI 413-1 is served by the engagement coverage, GRI 203-1 by the investment.
    expect(standardsOf('community.communityEngagementCoverage')).toContain('GRI 413-1');
    expect(standardsOf('community.communityInvestment')).toContain('GRI 203-1');
  });

  it('IRIS+ PI3687 counts jobs created: the projections claim GRI 203-2 only, and say "projected"', () => {
    for (const id of ['jobs.projectEmployment', 'jobs.jobsInTerritories']) {
      const entry = catalogEntry(id);
      expect(entry?.standards).toEqual(['GRI 203-2']);
      expect(entry?.title).toMatch(/^Projected /);
    }
    expect(indicatorCatalog.some((entry) => entry.standards.includes('IRIS+ PI3687'))).toBe(false);
  });

  it('GRI 14.9 is a topic (economic impacts) under which the local employment shares are filed', () => {
    // A topic of GRI 14, not a disclosure: the content index lists it under its topics. The
    // shares keep it, with ICMM; filing them under 14.9 is the library's reading.
    expect(standardsOf('workforce.localEmploymentShare')).toEqual(['GRI 14.9', 'ICMM SER']);
    expect(standardsOf('workforce.regionalOriginShare')).toEqual(['GRI 14.9', 'ICMM SER']);
  });

  it('GRI 2-6 b: the deposit pipeline by stage and commodity describes activities and products', () => {
    expect(standardsOf('deposits.depositPipeline')).toEqual(['GRI 2-6']);
    expect(catalogEntry('deposits.depositPipeline')?.dimensions).toEqual(
      expect.arrayContaining(['stage', 'commodity']),
    );
  });
});
