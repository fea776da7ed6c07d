import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  OwnershipInterest,
  OwnershipInterestSchema,
  OwnershipType,
  OwnershipTypeSchema,
  Share,
  ShareSchema,
} from './ownershipInterest.js';

describe('the ownership types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<OwnershipInterest, z.output<typeof OwnershipInterestSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<OwnershipType, z.output<typeof OwnershipTypeSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Share, z.output<typeof ShareSchema>>>().toEqualTypeOf<true>();
  });

  it('name the parts of an interest', () => {
    expectTypeOf<NonNullable<OwnershipInterest['share']>>().toEqualTypeOf<Share>();
  });
});
