import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  LocalizedName,
  LocalizedNameSchema,
  NameKind,
  NameKindSchema,
} from './localizedName.js';

describe('the name types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<LocalizedName, z.output<typeof LocalizedNameSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<NameKind, z.output<typeof NameKindSchema>>>().toEqualTypeOf<true>();
  });
});
