import { describe, expect, it } from 'vitest';
import * as library from '../index.js';
import { communityCatalog } from './community/communityCatalog.js';
import { depositsCatalog } from './deposits/depositsCatalog.js';
import { catalogEntry, indicatorCatalog } from './indicatorCatalog.js';
import { IndicatorCatalogEntrySchema } from './indicatorCatalogEntry.js';
import { jobsCatalog } from './jobs/jobsCatalog.js';

describe('the deposits and jobs catalogs', () => {
  const entries = [...depositsCatalog, ...jobsCatalog];

  it('are valid entries of their family, each computed by an exported function', () => {
    for (const entry of entries) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.id.startsWith(`${entry.family}.`)).toBe(true);
      expect(typeof (library as Record<string, unknown>)[entry.functionName]).toBe('function');
    }
    expect(depositsCatalog.every((e) => e.family === 'deposits')).toBe(true);
    expect(jobsCatalog.every((e) => e.family === 'jobs')).toBe(true);
  });

  it('are part of the indicator catalog, found by id', () => {
    for (const entry of entries) {
      expect(indicatorCatalog).toContain(entry);
      expect(catalogEntry(entry.id)).toBe(entry);
    }
    expect(depositsCatalog.map((e) => e.id)).toEqual([
      'deposits.resourceReserveStatement',
      'deposits.productionSummary',
      'deposits.depositPipeline',
    ]);
    // Five figures for operations and for construction (projectEmployment), five for the
    // territories (jobsInTerritories).
    expect(jobsCatalog).toHaveLength(15);
  });

  it('are frozen', () => {
    expect(Object.isFrozen(depositsCatalog)).toBe(true);
    expect(Object.isFrozen(jobsCatalog)).toBe(true);
    for (const entry of entries) expect(Object.isFrozen(entry)).toBe(true);
  });
});

describe('the community catalog', () => {
  it('is keyed by function name, each entry computed by an exported function', () => {
    for (const [key, entry] of Object.entries(communityCatalog)) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.functionName).toBe(key);
      expect(entry.id).toBe(`community.${key}`);
      expect(typeof (library as Record<string, unknown>)[entry.functionName]).toBe('function');
      expect(catalogEntry(entry.id)).toBe(entry);
    }
    expect(Object.keys(communityCatalog)).toEqual(
      expect.arrayContaining(['communityInvestment', 'beneficiaryCoverage', 'categoryCoverage']),
    );
  });
});
