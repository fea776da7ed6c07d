import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  CommunityAssessment,
  CommunityAssessmentSchema,
  EngagementElement,
  EngagementElementSchema,
} from './communityAssessment.js';

describe('the community assessment types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<CommunityAssessment, z.output<typeof CommunityAssessmentSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<EngagementElement, z.output<typeof EngagementElementSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the elements', () => {
    expectTypeOf<CommunityAssessment['elements']>().toEqualTypeOf<readonly EngagementElement[]>();
  });
});
