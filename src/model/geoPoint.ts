import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * A GeoJSON Point in WGS 84: `{ type: 'Point', coordinates: [longitude, latitude] }`.
 *
 * @remarks
 * GeoJSON order is longitude first (IATI writes "lat lon"; this model does not). Longitude lies
 * in [-180, 180], latitude in [-90, 90].
 *
 * @example
 * ```ts
 * GeoPointSchema.parse({ type: 'Point', coordinates: [46.08, 40.52] }).coordinates;
 * //=> [46.08, 40.52]
 * ```
 *
 * @category Model
 */
export const GeoPointSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** Always `'Point'`. */
      type: () => z.literal('Point'),
      /** `[longitude, latitude]` in decimal degrees (WGS 84). */
      coordinates: () => z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    }),
  ),
);

/**
 * A GeoJSON Point in WGS 84: `{ type: 'Point', coordinates: [longitude, latitude] }`.
 *
 * @remarks
 * Longitude first, in [-180, 180]; latitude in [-90, 90]. The schema is
 * `LocationSchema.shape.point.unwrap()`.
 *
 * @example
 * ```ts
 * const point: GeoPoint = { type: 'Point', coordinates: [46.08, 40.52] };
 * ```
 *
 * @category Model
 */
export interface GeoPoint {
  /** Always `'Point'`. */
  readonly type: 'Point';
  /** `[longitude, latitude]` in decimal degrees (WGS 84). */
  readonly coordinates: readonly [number, number];
}
