import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ProgramId } from '../core/ids.js';
import type { Award, AwardSchema } from './award.js';
import type { PartyId } from './partyId.js';

describe('the award type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Award, z.output<typeof AwardSchema>>>().toEqualTypeOf<true>();
  });

  it('names the ids it cites', () => {
    expectTypeOf<Award['recipientId']>().toEqualTypeOf<PartyId | ProgramId>();
  });
});
