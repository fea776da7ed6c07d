import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { CommoditySchema, CompanySchema } from './company.js';
import { OrganizationSchema } from './organization.js';
import { EntityTypeSchema, OrganizationIdentifierSchema } from './organizationIdentity.js';

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

describe('CompanySchema', () => {
  const company = {
    id: 'azergold',
    name: 'AzerGold CJSC',
    entityType: 'registeredEntity',
    commodities: ['gold', 'iron-ore'],
  };

  it('accepts the reporting company with commodities and a head office', () => {
    expect(
      accepts(CompanySchema, { ...company, headquartersLocationId: 'AZ-BA' }).commodities,
    ).toEqual(['gold', 'iron-ore']);
  });

  it('requires commodities and rejects malformed commodity codes', () => {
    rejects(CompanySchema, { ...company, commodities: undefined }, ['commodities'], 'invalid_type');
    rejects(
      CompanySchema,
      { ...company, commodities: ['Gold'] },
      ['commodities', 0],
      'invalid_format',
    );
    expect(CommoditySchema.safeParse('iron ore').success).toBe(false);
  });
});
