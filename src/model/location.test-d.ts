import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  Location,
  LocationKind,
  LocationKindSchema,
  LocationSchema,
  Population,
  PopulationSchema,
} from './location.js';

describe('the location types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Location, z.output<typeof LocationSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<LocationKind, z.output<typeof LocationKindSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Population, z.output<typeof PopulationSchema>>>().toEqualTypeOf<true>();
  });

  it('name the parts of a location', () => {
    expectTypeOf<Location['kind']>().toEqualTypeOf<LocationKind>();
    expectTypeOf<NonNullable<Location['population']>>().toEqualTypeOf<Population>();
  });
});
