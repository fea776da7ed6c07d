import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { GeoPoint } from '../model/geoPoint.js';
import { distanceKm } from './distanceKm.js';

const point = (lon: number, lat: number): GeoPoint => ({ type: 'Point', coordinates: [lon, lat] });
const R = 6371.0088;

describe('distanceKm', () => {
  it('is 0 between a point and itself', () => {
    expect(distanceKm(point(46.08, 40.52), point(46.08, 40.52))).toBe(0);
  });

  it('measures one degree along the equator as R·π/180', () => {
    // 6371.0088 × 0.0174532925 = 111.19508 km
    expect(distanceKm(point(0, 0), point(1, 0))).toBeCloseTo(111.19508, 5);
    expect(distanceKm(point(-0.5, 0), point(0.5, 0))).toBeCloseTo(111.19508, 5);
  });

  it('measures a quarter of the equator and pole to pole', () => {
    // R·π/2 = 6371.0088 × 1.5707963 = 10,007.5572 km; R·π = 20,015.1144 km
    expect(distanceKm(point(0, 0), point(90, 0))).toBeCloseTo(10007.5572, 3);
    expect(distanceKm(point(0, 90), point(0, -90))).toBeCloseTo(20015.1144, 3);
    expect(distanceKm(point(0, 0), point(180, 0))).toBeCloseTo(20015.1144, 3);
    expect(distanceKm(point(-180, 0), point(180, 0))).toBeCloseTo(0, 9);
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    // At 60° N: h = cos²60° · sin²(0.5°) = 0.25 × 0.0000761524 = 0.0000190381;
    // d = 2R · asin(√h) = 2 × 6371.0088 × asin(0.0043632677) = 2 × 6371.0088 × 0.0043632816
    //   = 55.59701 km, about half of the 111.195 km on the equator.
    expect(distanceKm(point(0, 60), point(1, 60))).toBeCloseTo(55.59701, 4);
  });

  it('measures along a meridian as R·Δφ', () => {
    // 0.45° of latitude: 6371.0088 × 0.45 × π / 180 = 50.03779 km
    expect(distanceKm(point(46, 40.5), point(46, 40.95))).toBeCloseTo(50.03779, 4);
  });

  it.each([
    [point(181, 0), 'longitude above 180'],
    [point(0, -91), 'latitude below -90'],
    [point(Number.NaN, 0), 'NaN'],
    [point(0, Number.POSITIVE_INFINITY), 'infinite'],
    [{ type: 'Point', coordinates: ['46', '40'] } as unknown as GeoPoint, 'strings'],
    [{ type: 'Point' } as unknown as GeoPoint, 'no coordinates'],
    [null as unknown as GeoPoint, 'null'],
  ])('throws INVALID_ARGUMENT for %j (%s)', (bad) => {
    expect(() => distanceKm(bad, point(0, 0))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => distanceKm(point(0, 0), bad)).toThrow(/the second point must be a GeoJSON Point/);
  });
});

describe('distanceKm properties', () => {
  const lon = fc.double({ min: -180, max: 180, noNaN: true });
  const lat = fc.double({ min: -90, max: 90, noNaN: true });
  const anyPoint = fc.tuple(lon, lat).map(([x, y]) => point(x, y));

  test.prop([anyPoint, anyPoint])('is symmetric, finite and within [0, πR]', (a, b) => {
    const d = distanceKm(a, b);
    expect(Number.isFinite(d)).toBe(true);
    expect(d).toBeGreaterThanOrEqual(0);
    expect(d).toBeLessThanOrEqual(Math.PI * R + 1e-9);
    expect(distanceKm(b, a)).toBeCloseTo(d, 6);
  });

  // Near antipodes the haversine loses precision (asin is steep near 1): an error of about
  // R·√ε = 6371 km × 1.5e-8 ≈ 1e-4 km, so the inequality is checked to 1 m.
  test.prop([anyPoint, anyPoint, anyPoint])('satisfies the triangle inequality', (a, b, c) => {
    expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-3);
  });
});
