import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Bounds, BoundsSchema } from './bounds.js';

describe('the bounds type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Bounds, z.output<typeof BoundsSchema>>>().toEqualTypeOf<true>();
  });
});
