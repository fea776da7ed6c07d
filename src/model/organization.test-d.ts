import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Organization, OrganizationSchema } from './organization.js';

describe('the organization type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<Organization, z.output<typeof OrganizationSchema>>
    >().toEqualTypeOf<true>();
  });
});
