import { describe, expect, it } from 'vitest';
import * as library from '../../index.js';
import { catalogEntry, indicatorCatalog } from '../indicatorCatalog.js';
import { IndicatorCatalogEntrySchema } from '../indicatorCatalogEntry.js';
import { workforceCatalog } from './workforceCatalog.js';

describe('workforceCatalog', () => {
  const entries = Object.entries(workforceCatalog);

  it('has valid entries keyed by the exported function that computes each', () => {
    for (const [key, entry] of entries) {
      expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
      expect(entry.functionName).toBe(key);
      expect(entry.id).toBe(`workforce.${key}`);
      expect(entry.family).toBe('workforce');
      expect(typeof (library as Record<string, unknown>)[entry.functionName]).toBe('function');
    }
  });

  it('is part of the indicator catalog', () => {
    for (const [, entry] of entries) expect(catalogEntry(entry.id)).toBe(entry);
    expect(indicatorCatalog.filter((e) => e.family === 'workforce')).toHaveLength(entries.length);
  });

  it('maps senior management hired locally to GRI 202-2 and the local shares to GRI 14', () => {
    expect(workforceCatalog.seniorManagementLocalShare.standards).toEqual(['GRI 202-2']);
    expect(workforceCatalog.localEmploymentShare.standards).toContain('GRI 14.9');
    expect(workforceCatalog.originConcentration.unit).toBe('index');
    expect(workforceCatalog.workforceOriginDistribution.unit).toBe('table');
  });
});
