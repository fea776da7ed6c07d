import * as z from 'zod';
import { type LocationId, LocationIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';

/**
 * The definition of "local" an indicator uses.
 *
 * @remarks
 * GRI 202-2 and 204-1 leave the geographic definition of *local* to the reporter, who must
 * disclose it. Each variant is one such definition, comparing a person's home location with a
 * site's location:
 * - `sameDistrict`: home and site lie in the same district (rayon) or first-level city.
 * - `sameEconomicRegion`: home and site lie in the same economic region.
 * - `withinKm`: the great-circle distance between the two points is at most `km`.
 * - `listedLocations`: home lies in (or under) one of `locationIds`, e.g. the communities
 *   around an operation.
 * - `outsideCapital`: home lies outside the capital: "from the regions". `capitalIds` names the
 *   capital's locations; when empty, the gazetteer's capital is used.
 *
 * @example
 * ```ts
 * LocalityPolicySchema.parse({ kind: 'withinKm', km: 50 });
 * //=> { kind: 'withinKm', km: 50 }
 * ```
 *
 * @category Model
 */
export const LocalityPolicySchema = pure(() =>
  z.discriminatedUnion('kind', [
    z.strictObject(
      lazyShape({
        /** Home and site in the same district or first-level city. */
        kind: () => z.literal('sameDistrict'),
      }),
    ),
    z.strictObject(
      lazyShape({
        /** Home and site in the same economic region. */
        kind: () => z.literal('sameEconomicRegion'),
      }),
    ),
    z.strictObject(
      lazyShape({
        /** Home within a great-circle distance of the site. */
        kind: () => z.literal('withinKm'),
        /** The largest distance, in kilometres, that still counts as local. */
        km: () => z.number().positive(),
      }),
    ),
    z.strictObject(
      lazyShape({
        /** Home in or under one of the listed locations. */
        kind: () => z.literal('listedLocations'),
        /** The locations that count as local. */
        locationIds: () => z.array(LocationIdSchema).min(1),
      }),
    ),
    z.strictObject(
      lazyShape({
        /** Home outside the capital ("from the regions"). */
        kind: () => z.literal('outsideCapital'),
        /** The capital's locations; empty to use the gazetteer's capital. */
        capitalIds: () => z.array(LocationIdSchema),
      }),
    ),
  ]),
);

/**
 * "Local" means: home and site lie in the same district (rayon) or first-level city.
 *
 * @example
 * ```ts
 * const policy: SameDistrictPolicy = { kind: 'sameDistrict' };
 * ```
 *
 * @category Model
 */
export interface SameDistrictPolicy {
  /** Home and site in the same district or first-level city. */
  readonly kind: 'sameDistrict';
}

/**
 * "Local" means: home and site lie in the same economic region.
 *
 * @example
 * ```ts
 * const policy: SameEconomicRegionPolicy = { kind: 'sameEconomicRegion' };
 * ```
 *
 * @category Model
 */
export interface SameEconomicRegionPolicy {
  /** Home and site in the same economic region. */
  readonly kind: 'sameEconomicRegion';
}

/**
 * "Local" means: the great-circle distance between home and site is at most `km`.
 *
 * @example
 * ```ts
 * const policy: WithinKmPolicy = { kind: 'withinKm', km: 50 };
 * ```
 *
 * @category Model
 */
export interface WithinKmPolicy {
  /** Home within a great-circle distance of the site. */
  readonly kind: 'withinKm';
  /** The largest distance, in kilometres, that still counts as local (> 0). */
  readonly km: number;
}

/**
 * "Local" means: home lies in (or under) one of `locationIds`, e.g. the communities around an
 * operation.
 *
 * @example
 * ```ts
 * const policy: ListedLocationsPolicy = { kind: 'listedLocations', locationIds: [LocationSchema.shape.id.parse('AZ-DAS')] };
 * ```
 *
 * @category Model
 */
export interface ListedLocationsPolicy {
  /** Home in or under one of the listed locations. */
  readonly kind: 'listedLocations';
  /** The locations that count as local (at least one). */
  readonly locationIds: readonly LocationId[];
}

/**
 * "Local" means: home lies outside the capital ("from the regions").
 *
 * @remarks
 * `capitalIds` names the capital's locations; when empty, the gazetteer's capital is used.
 *
 * @example
 * ```ts
 * const policy: OutsideCapitalPolicy = { kind: 'outsideCapital', capitalIds: [] };
 * ```
 *
 * @category Model
 */
export interface OutsideCapitalPolicy {
  /** Home outside the capital ("from the regions"). */
  readonly kind: 'outsideCapital';
  /** The capital's locations; empty to use the gazetteer's capital. */
  readonly capitalIds: readonly LocationId[];
}

/**
 * The definition of "local" an indicator uses, one variant per `kind` (see
 * {@link LocalityPolicySchema}).
 *
 * @remarks
 * GRI 202-2 and 204-1 leave the geographic definition of *local* to the reporter, who must
 * disclose it. Each variant compares a person's home location with a site's location.
 *
 * @example
 * ```ts
 * const policy: LocalityPolicy = { kind: 'sameDistrict' };
 * ```
 *
 * @category Model
 */
export type LocalityPolicy =
  | SameDistrictPolicy
  | SameEconomicRegionPolicy
  | WithinKmPolicy
  | ListedLocationsPolicy
  | OutsideCapitalPolicy;
