import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Source, SourceReliability, SourceReliabilitySchema, SourceSchema } from './source.js';

describe('the source types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Source, z.output<typeof SourceSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<SourceReliability, z.output<typeof SourceReliabilitySchema>>
    >().toEqualTypeOf<true>();
  });
});
