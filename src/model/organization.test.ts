import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { OrganizationSchema } from './organization.js';

const state = {
  id: 'state-az',
  name: 'Republic of Azerbaijan',
  entityType: 'state',
  jurisdiction: 'AZ',
};

describe('OrganizationSchema', () => {
  it('accepts an organization with names, identifiers, founding day and website', () => {
    const parsed = accepts(OrganizationSchema, {
      ...state,
      names: [{ value: 'Azərbaycan Respublikası', lang: 'az', kind: 'official' }],
      identifiers: [{ scheme: 'XI-GOV', id: 'AZ' }],
      foundedOn: '1991-10-18',
      url: 'https://president.az/',
      sourceIds: ['src-1'],
    });
    expect(parsed.entityType).toBe('state');
  });

  it('rejects unknown keys, entity types, jurisdictions and URLs', () => {
    rejects(OrganizationSchema, { ...state, flag: true }, [], 'unrecognized_keys');
    rejects(
      OrganizationSchema,
      { ...state, entityType: 'company' },
      ['entityType'],
      'invalid_value',
    );
    rejects(
      OrganizationSchema,
      { ...state, jurisdiction: 'AZE' },
      ['jurisdiction'],
      'invalid_format',
    );
    rejects(OrganizationSchema, { ...state, url: 'ftp://example.com/' }, ['url'], 'invalid_format');
    rejects(OrganizationSchema, { ...state, name: '' }, ['name'], 'too_small');
    rejects(OrganizationSchema, { ...state, id: 'state az' }, ['id'], 'invalid_format');
  });
});
