import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { FxRate } from './fxRate.js';
import type { FxTable, FxTableSchema } from './fxTable.js';

describe('the exchange-rate table type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<FxTable, z.output<typeof FxTableSchema>>>().toEqualTypeOf<true>();
  });

  it('is a readonly list of named rates', () => {
    expectTypeOf<FxTable['rates']>().toEqualTypeOf<readonly FxRate[]>();
  });
});
