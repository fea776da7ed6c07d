import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Commodity, CommoditySchema, Company, CompanySchema } from './company.js';
import type { EntityType } from './organizationIdentity.js';

describe('the company types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Company, z.output<typeof CompanySchema>>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Commodity, z.output<typeof CommoditySchema>>>().toEqualTypeOf<true>();
  });

  it('name the parts of a company', () => {
    expectTypeOf<Company['entityType']>().toEqualTypeOf<EntityType>();
    expectTypeOf<Company['commodities']>().toEqualTypeOf<readonly Commodity[]>();
  });
});
