import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { MassUnit, MassUnitSchema, Quantity, QuantitySchema } from './quantity.js';

describe('the quantity types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Quantity, z.output<typeof QuantitySchema>>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<MassUnit, z.output<typeof MassUnitSchema>>>().toEqualTypeOf<true>();
  });

  it('name the unit of a quantity', () => {
    expectTypeOf<Quantity['unit']>().toEqualTypeOf<MassUnit>();
  });
});
