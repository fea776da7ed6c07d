import { describe, expectTypeOf, it } from 'vitest';
import type { ResourceEstimate } from '../../model/deposit.js';
import { type ContainedMetal, containedMetal } from './containedMetal.js';

describe('containedMetal types', () => {
  it('computes ContainedMetal from an estimate', () => {
    expectTypeOf(containedMetal).parameter(0).toEqualTypeOf<Readonly<ResourceEstimate>>();
    expectTypeOf(containedMetal).returns.toEqualTypeOf<ContainedMetal>();
    const metal = {} as ContainedMetal;
    // @ts-expect-error contained metal is read-only
    metal.tonnes = 1;
  });
});
