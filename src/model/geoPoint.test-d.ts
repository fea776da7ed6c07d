import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { GeoPoint, GeoPointSchema } from './geoPoint.js';

describe('the point type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<GeoPoint, z.output<typeof GeoPointSchema>>>().toEqualTypeOf<true>();
  });

  it('keeps the coordinates a pair', () => {
    expectTypeOf<GeoPoint['coordinates']>().toEqualTypeOf<readonly [number, number]>();
  });
});
