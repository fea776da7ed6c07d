import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { CommunityAssessmentSchema } from './communityAssessment.js';

describe('CommunityAssessmentSchema', () => {
  it('accepts the GRI 413-1 elements of a site and rejects unknown ones', () => {
    accepts(CommunityAssessmentSchema, {
      siteId: 'site-chovdar',
      asOf: '2024-12-31',
      elements: ['grievanceProcess'],
      sourceIds: [],
    });
    rejects(
      CommunityAssessmentSchema,
      { siteId: 'site-chovdar', asOf: '2024-12-31', elements: ['hotline'], sourceIds: [] },
      ['elements', 0],
      'invalid_value',
    );
  });
});
