import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { CommunityAssessmentSchema } from './communityAssessment.js';
import { PartyIdSchema } from './partyId.js';
import { ProductionRecordSchema } from './productionRecord.js';
import { SiteSchema } from './site.js';

const site = {
  id: 'site-chovdar',
  name: 'Çovdar',
  kind: 'mine',
  companyId: 'azergold',
  locationId: 'AZ-DAS',
  depositIds: ['dep-chovdar'],
};

describe('SiteSchema', () => {
  it('accepts a significant mine working a deposit', () => {
    expect(accepts(SiteSchema, { ...site, significant: true, sourceIds: ['src-1'] }).kind).toBe(
      'mine',
    );
  });

  it('rejects unknown kinds and a missing list of deposits', () => {
    rejects(SiteSchema, { ...site, kind: 'quarry' }, ['kind'], 'invalid_value');
    rejects(SiteSchema, { ...site, depositIds: undefined }, ['depositIds'], 'invalid_type');
  });
});

describe('ProductionRecordSchema', () => {
  it('accepts company-wide and site production', () => {
    accepts(ProductionRecordSchema, {
      year: 2024,
      commodity: 'gold',
      quantity: { value: 60000, unit: 'ozt' },
      sourceIds: ['src-1'],
    });
    accepts(ProductionRecordSchema, {
      siteId: 'site-chovdar',
      depositId: 'dep-chovdar',
      year: 2024,
      commodity: 'silver',
      quantity: { value: 2, unit: 't' },
      note: 'in doré',
      sourceIds: [],
    });
  });

  it('rejects a fractional year and an unknown unit', () => {
    rejects(
      ProductionRecordSchema,
      { year: 2024.5, commodity: 'gold', quantity: { value: 1, unit: 't' }, sourceIds: [] },
      ['year'],
      'invalid_type',
    );
    rejects(
      ProductionRecordSchema,
      { year: 2024, commodity: 'gold', quantity: { value: 1, unit: 'lb' }, sourceIds: [] },
      ['quantity', 'unit'],
      'invalid_value',
    );
  });
});

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

describe('PartyIdSchema', () => {
  it('accepts company and organization ids and rejects malformed ones', () => {
    expect(PartyIdSchema.parse('state-az')).toBe('state-az');
    expect(PartyIdSchema.safeParse('state az').success).toBe(false);
  });
});
