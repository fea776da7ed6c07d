import { describe, expect, it } from 'vitest';
import * as library from '../../index.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { depositsIndicators } from './depositsIndicators.js';

describe('depositsIndicators', () => {
  it('lists the deposits indicators in catalog order, each once', () => {
    expect(depositsIndicators.map((d) => d.entry.id)).toEqual([
      'deposits.resourceReserveStatement',
      'deposits.productionSummary',
      'deposits.depositPipeline',
    ]);
  });

  it('has valid, frozen entries of the family, each computed by a function of the family', () => {
    for (const { entry, compute } of depositsIndicators) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.family).toBe('deposits');
      expect(entry.id).toBe(`deposits.${entry.functionName}`);
      expect(Object.isFrozen(entry)).toBe(true);
      expect((library as Record<string, unknown>)[entry.functionName]).toBe(compute);
    }
  });
});
