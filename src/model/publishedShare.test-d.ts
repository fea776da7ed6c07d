import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { PublishedShare, PublishedShareSchema } from './publishedShare.js';

describe('the published share type', () => {
  it('is the type its schema describes, readonly aside', () => {
    expectTypeOf<
      SameShape<PublishedShare, z.output<typeof PublishedShareSchema>>
    >().toEqualTypeOf<true>();
  });
});
