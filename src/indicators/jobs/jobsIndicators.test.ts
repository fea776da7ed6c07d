import { describe, expect, it } from 'vitest';
import * as library from '../../index.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { jobsIndicators } from './jobsIndicators.js';

describe('jobsIndicators', () => {
  it('lists the jobs indicators in catalog order, each once, with two-part ids', () => {
    expect(jobsIndicators.map((d) => d.entry.id)).toEqual([
      'jobs.projectEmployment',
      'jobs.jobsInTerritories',
    ]);
  });

  it('has valid, frozen entries of the family, each computed by a function of the family', () => {
    for (const { entry, compute } of jobsIndicators) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.family).toBe('jobs');
      expect(entry.id).toBe(`jobs.${entry.functionName}`);
      expect(Object.isFrozen(entry)).toBe(true);
      expect((library as Record<string, unknown>)[entry.functionName]).toBe(compute);
    }
  });
});
