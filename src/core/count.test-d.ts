import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  ApproximateCount,
  ApproximateCountSchema,
  Count,
  CountBounds,
  CountBoundsSchema,
  CountSchema,
} from './count.js';

describe('the count types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Count, z.output<typeof CountSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<CountBounds, z.output<typeof CountBoundsSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the bounds and the approximate form of a count', () => {
    expectTypeOf<Exclude<Count, number>>().toEqualTypeOf<CountBounds | ApproximateCount>();
    expectTypeOf<
      SameShape<ApproximateCount, z.output<typeof ApproximateCountSchema>>
    >().toEqualTypeOf<true>();
  });
});
