import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  JobProjection,
  JobProjectionSchema,
  ProjectionPhase,
  ProjectionPhaseSchema,
} from './jobProjection.js';

describe('the job projection types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<JobProjection, z.output<typeof JobProjectionSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ProjectionPhase, z.output<typeof ProjectionPhaseSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the phases', () => {
    expectTypeOf<JobProjection['phases']>().toEqualTypeOf<readonly ProjectionPhase[]>();
  });
});
