import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { PartyId, PartyIdSchema } from './partyId.js';

describe('the party id type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<PartyId, z.output<typeof PartyIdSchema>>>().toEqualTypeOf<true>();
  });
});
