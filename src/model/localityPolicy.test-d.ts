import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  ListedLocationsPolicy,
  LocalityPolicy,
  LocalityPolicySchema,
  WithinKmPolicy,
} from './localityPolicy.js';

describe('the locality policy type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<LocalityPolicy, z.output<typeof LocalityPolicySchema>>
    >().toEqualTypeOf<true>();
  });

  it('is a union of named variants told apart by kind', () => {
    expectTypeOf<Extract<LocalityPolicy, { kind: 'withinKm' }>>().toEqualTypeOf<WithinKmPolicy>();
    expectTypeOf<
      Extract<LocalityPolicy, { kind: 'listedLocations' }>
    >().toEqualTypeOf<ListedLocationsPolicy>();
  });
});
