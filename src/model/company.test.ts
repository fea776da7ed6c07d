import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { CommoditySchema, CompanySchema } from './company.js';

describe('CompanySchema', () => {
  const company = {
    id: 'azergold',
    name: 'AzerGold CJSC',
    entityType: 'registeredEntity',
    commodities: ['gold', 'iron-ore'],
  };

  it('accepts the reporting company with commodities and a head office', () => {
    expect(
      accepts(CompanySchema, { ...company, headquartersLocationId: 'AZ-BA' }).commodities,
    ).toEqual(['gold', 'iron-ore']);
  });

  it('requires commodities and rejects malformed commodity codes', () => {
    rejects(CompanySchema, { ...company, commodities: undefined }, ['commodities'], 'invalid_type');
    rejects(
      CompanySchema,
      { ...company, commodities: ['Gold'] },
      ['commodities', 0],
      'invalid_format',
    );
    expect(CommoditySchema.safeParse('iron ore').success).toBe(false);
  });
});
