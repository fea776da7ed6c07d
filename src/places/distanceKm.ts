import { ImpactError } from '../core/ImpactError.js';
import type { GeoPoint } from '../model/geoPoint.js';

/** The mean Earth radius R₁ = (2a + b) / 3 of WGS 84, in kilometres (IUGG). */
const MEAN_EARTH_RADIUS_KM = 6371.0088;

/** Reads `[longitude, latitude]` in radians, or throws for a malformed point. */
function radians(point: GeoPoint, label: string): [number, number] {
  const coordinates = (point as { coordinates?: unknown } | null | undefined)?.coordinates;
  const [lon, lat] = Array.isArray(coordinates) ? coordinates : [];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !(Math.abs(lon) <= 180) ||
    !(Math.abs(lat) <= 90)
  ) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${label} must be a GeoJSON Point with longitude in [-180, 180] and latitude in [-90, 90]`,
    );
  }
  return [(lon * Math.PI) / 180, (lat * Math.PI) / 180];
}

/**
 * Returns the great-circle distance between two points, in kilometres.
 *
 * @remarks
 * The haversine formula on a sphere of mean Earth radius R = 6371.0088 km (the IUGG mean radius
 * R₁ of the WGS 84 ellipsoid):
 * `d = 2R · asin(√(sin²(Δφ/2) + cos φ₁ · cos φ₂ · sin²(Δλ/2)))`, with φ the latitudes and λ the
 * longitudes. Points are GeoJSON, longitude first. Against the ellipsoid the error is below
 * 0.5 %, far finer than a "within 50 km" policy needs.
 *
 * @param a - The first point, `{ type: 'Point', coordinates: [longitude, latitude] }`.
 * @param b - The second point.
 * @returns The distance in km: 0 for the same point, at most πR ≈ 20,015.1 km for antipodes;
 * never `NaN`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a point has a coordinate that is not a
 * number or is out of range.
 *
 * @example
 * ```ts
 * // One degree of longitude on the equator: 6371.0088 × π / 180 ≈ 111.195 km.
 * distanceKm({ type: 'Point', coordinates: [0, 0] }, { type: 'Point', coordinates: [1, 0] });
 * //=> 111.19508…
 * ```
 *
 * @category Places
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const [lambda1, phi1] = radians(a, 'the first point');
  const [lambda2, phi2] = radians(b, 'the second point');
  const h =
    Math.sin((phi2 - phi1) / 2) ** 2 +
    Math.cos(phi1) * Math.cos(phi2) * Math.sin((lambda2 - lambda1) / 2) ** 2;
  // Rounding can push h a hair above 1 for antipodes; asin would then return NaN.
  return 2 * MEAN_EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
}
