import { describe, expect, it } from 'vitest';
import * as library from '../../index.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { communityIndicators } from './communityIndicators.js';

describe('the community registry', () => {
  it('lists the ten indicators in catalog order, each a valid entry of the family', () => {
    expect(communityIndicators.map((d) => d.entry.id)).toEqual([
      'community.communityInvestment',
      'community.socialExpenditureDisclosure',
      'community.programBeneficiaries',
      'community.costPerBeneficiary',
      'community.beneficiaryCoverage',
      'community.categoryCoverage',
      'community.sdgCoverage',
      'community.communityEngagementCoverage',
      'community.resultProgress',
      'community.sroi',
    ]);
    for (const { entry } of communityIndicators) {
      expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
      expect(entry.family).toBe('community');
      expect(entry.id).toBe(`community.${entry.functionName}`);
      expect(Object.isFrozen(entry)).toBe(true);
    }
  });

  it('computes each indicator with the function the family exports under its name', () => {
    for (const { entry, compute } of communityIndicators) {
      expect((library as Record<string, unknown>)[entry.functionName]).toBe(compute);
    }
  });
});
