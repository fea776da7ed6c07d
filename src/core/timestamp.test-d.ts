import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Timestamp, TimestampSchema } from './timestamp.js';

describe('the timestamp type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Timestamp, z.output<typeof TimestampSchema>>>().toEqualTypeOf<true>();
  });
});
