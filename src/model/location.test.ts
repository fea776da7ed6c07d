import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { LocationSchema, PopulationSchema } from './location.js';

const village = { id: 'v-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' };

describe('LocationSchema', () => {
  it('accepts a village with names, population and a point', () => {
    const parsed = accepts(LocationSchema, {
      ...village,
      names: [{ value: 'Chovdar', lang: 'en', kind: 'exonym' }],
      remote: true,
      population: { count: 1200, asOf: '2024-01-01', sourceId: 'src-census' },
      point: { type: 'Point', coordinates: [46.0, 40.5] },
    });
    expect(parsed.point?.coordinates).toEqual([46, 40.5]);
  });

  it('accepts an ISO 3166-2 district and a country with its capital', () => {
    accepts(LocationSchema, {
      id: 'AZ-DAS',
      kind: 'district',
      name: 'Daşkəsən',
      iso3166_2: 'AZ-DAS',
      validFrom: '2021-07-07',
    });
    accepts(LocationSchema, { id: 'AZ', kind: 'country', name: 'Azərbaycan', capitalId: 'AZ-BA' });
  });

  it('rejects unknown kinds, malformed ISO codes and a negative population', () => {
    rejects(LocationSchema, { ...village, kind: 'hamlet' }, ['kind'], 'invalid_value');
    rejects(LocationSchema, { ...village, iso3166_2: 'AZDAS' }, ['iso3166_2'], 'invalid_format');
    rejects(
      LocationSchema,
      { ...village, population: { count: -1, asOf: '2024-01-01', sourceId: 's' } },
      ['population', 'count'],
      'too_small',
    );
    rejects(PopulationSchema, { count: 10, asOf: '2024-01-01' }, ['sourceId'], 'invalid_type');
  });
});
