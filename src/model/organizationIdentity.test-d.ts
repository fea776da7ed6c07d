import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  EntityType,
  EntityTypeSchema,
  OrganizationIdentifier,
  OrganizationIdentifierSchema,
} from './organizationIdentity.js';

describe('the organization identity types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<EntityType, z.output<typeof EntityTypeSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<OrganizationIdentifier, z.output<typeof OrganizationIdentifierSchema>>
    >().toEqualTypeOf<true>();
  });
});
