import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { EntityTypeSchema, OrganizationIdentifierSchema } from './organizationIdentity.js';

describe('OrganizationIdentifierSchema and EntityTypeSchema', () => {
  it('accepts org-id.guide prefixes and the BODS entity types', () => {
    accepts(OrganizationIdentifierSchema, { scheme: 'AZ-IVI', id: '1234567891' });
    accepts(OrganizationIdentifierSchema, { scheme: 'XI-LEI', id: '5493001KJTIIGC8Y1R12' });
    expect(EntityTypeSchema.options).toEqual([
      'registeredEntity',
      'stateBody',
      'state',
      'ngo',
      'other',
    ]);
  });

  it('rejects a scheme that is not an org-id.guide prefix, and an empty id', () => {
    rejects(
      OrganizationIdentifierSchema,
      { scheme: 'az-ivi', id: '1' },
      ['scheme'],
      'invalid_format',
    );
    rejects(OrganizationIdentifierSchema, { scheme: 'AZ', id: '1' }, ['scheme'], 'invalid_format');
    rejects(OrganizationIdentifierSchema, { scheme: 'AZ-IVI', id: '' }, ['id'], 'too_small');
  });
});
