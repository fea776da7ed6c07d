import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
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
