import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { HttpUrl, HttpUrlSchema } from './httpUrl.js';

describe('the URL type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<HttpUrl, z.output<typeof HttpUrlSchema>>>().toEqualTypeOf<true>();
  });
});
