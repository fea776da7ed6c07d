import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { ProductionRecord, ProductionRecordSchema } from './productionRecord.js';

describe('the production record type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<ProductionRecord, z.output<typeof ProductionRecordSchema>>
    >().toEqualTypeOf<true>();
  });
});
