import { describe, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { GeoPointSchema } from './geoPoint.js';

describe('GeoPointSchema', () => {
  it('accepts [longitude, latitude] within range', () => {
    accepts(GeoPointSchema, { type: 'Point', coordinates: [-180, 90] });
  });

  it('rejects latitude first beyond 90, a third coordinate and other geometry types', () => {
    rejects(
      GeoPointSchema,
      { type: 'Point', coordinates: [40.5, 91] },
      ['coordinates', 1],
      'too_big',
    );
    rejects(
      GeoPointSchema,
      { type: 'Point', coordinates: [46, 40, 10] },
      ['coordinates'],
      'too_big',
    );
    rejects(GeoPointSchema, { type: 'Polygon', coordinates: [46, 40] }, ['type'], 'invalid_value');
  });
});
