import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  AgeBand,
  AgeBandSchema,
  WorkforceScope,
  WorkforceScopeSchema,
  WorkforceShares,
  WorkforceSharesSchema,
  WorkforceSummary,
  WorkforceSummarySchema,
} from './workforceSummary.js';

describe('the workforce summary types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<WorkforceSummary, z.output<typeof WorkforceSummarySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<AgeBand, z.output<typeof AgeBandSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<WorkforceScope, z.output<typeof WorkforceScopeSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<WorkforceShares, z.output<typeof WorkforceSharesSchema>>
    >().toEqualTypeOf<true>();
  });
});
