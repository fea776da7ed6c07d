import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Ratio, RatioReason, RatioReasonSchema, RatioSchema } from './ratio.js';

describe('the ratio types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Ratio, z.output<typeof RatioSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<RatioReason, z.output<typeof RatioReasonSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the reason of a ratio', () => {
    expectTypeOf<NonNullable<Ratio['reason']>>().toEqualTypeOf<RatioReason>();
  });
});
