import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Range, RangeSchema } from './range.js';

describe('the range type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Range, z.output<typeof RangeSchema>>>().toEqualTypeOf<true>();
  });
});
