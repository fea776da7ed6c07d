import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Site, SiteKind, SiteKindSchema, SiteSchema } from './site.js';

describe('the site types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Site, z.output<typeof SiteSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<SiteKind, z.output<typeof SiteKindSchema>>>().toEqualTypeOf<true>();
  });
});
