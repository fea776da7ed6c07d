import { ImpactError } from '../core/ImpactError.js';
import type { LocalityPolicy } from '../model/localityPolicy.js';
import type { Location } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import { capitalOf } from './capitalOf.js';
import { countryOf } from './countryOf.js';
import { distanceKm } from './distanceKm.js';
import { districtOf } from './districtOf.js';
import { economicRegionOf } from './economicRegionOf.js';
import type { Gazetteer } from './gazetteer.js';
import type { Locality } from './locality.js';

/** Two units compared: the same one is local, two different ones non-local, a missing one unknown. */
function sameUnit(home: Location | undefined, site: Location | undefined): Locality {
  if (home === undefined || site === undefined) return 'unknown';
  return home.id === site.id ? 'local' : 'nonLocal';
}

/**
 * Where `home` stands relative to a set of areas: inside one of them; apart from all of them; or
 * undecided, when it encloses one without lying inside any, or an area is not in the gazetteer.
 */
function inAreas(
  gazetteer: Gazetteer,
  home: Location,
  areaIds: readonly string[],
): 'inside' | 'apart' | 'undecided' {
  const areas = new Set(areaIds);
  const homeChain = [home, ...ancestors(gazetteer, home.id)];
  if (homeChain.some((location) => areas.has(location.id))) return 'inside';
  for (const areaId of areas) {
    if (!gazetteer.byId.has(areaId)) return 'undecided';
    if (ancestors(gazetteer, areaId).some((location) => location.id === home.id)) {
      return 'undecided';
    }
  }
  return 'apart';
}

/**
 * The capital `outsideCapital` compares with when it names none: that of the site's own country,
 * or the gazetteer's capital when the site lies in no country of the gazetteer.
 */
function siteCapital(gazetteer: Gazetteer, site: Location): Location | undefined {
  return countryOf(gazetteer, site.id) === undefined
    ? capitalOf(gazetteer)
    : capitalOf(gazetteer, site.id);
}

/** Throws for a policy that is not one of the documented variants. */
function assertPolicy(policy: LocalityPolicy): void {
  const p = policy as unknown as Partial<Record<string, unknown>> | null | undefined;
  const kind = p?.kind;
  const valid =
    kind === 'sameDistrict' ||
    kind === 'sameEconomicRegion' ||
    (kind === 'withinKm' && typeof p?.km === 'number' && Number.isFinite(p.km) && p.km > 0) ||
    (kind === 'listedLocations' && Array.isArray(p?.locationIds) && p.locationIds.length > 0) ||
    (kind === 'outsideCapital' && Array.isArray(p?.capitalIds));
  if (!valid) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `not a valid locality policy of kind ${JSON.stringify(String(kind)).slice(0, 64)}`,
    );
  }
}

/**
 * The two places {@link classifyLocality} compares.
 *
 * @category Places
 */
export interface LocalityPlace {
  /** Where the person lives (or was hired from): a location id, e.g. a village. */
  readonly home: string;
  /** Where the site is: a location id. */
  readonly site: string;
}

/**
 * Options of {@link classifyLocality}.
 *
 * @category Places
 */
export interface ClassifyLocalityOptions {
  /** The gazetteer holding both locations. */
  readonly gazetteer: Gazetteer;
  /** The definition of local. */
  readonly policy: LocalityPolicy;
}

/**
 * Classifies a person's home as local or not to a site, under an explicit definition of "local".
 *
 * @remarks
 * GRI 202-2 and 204-1 leave the definition of *local* to the reporter, who must disclose it; the
 * {@link LocalityPolicy} is that disclosure. Home and site are location ids of the gazetteer; a
 * village or town is classified through the district and economic region it lies in (in a
 * country recorded with generic levels, its second- and first-level divisions).
 * - `sameDistrict`: local when {@link districtOf} home and site is the same district,
 *   second-level division (`adminLevel2`: a Malian cercle, a Kyrgyz district) or district-level
 *   city.
 * - `sameEconomicRegion`: local when {@link economicRegionOf} home and site is the same economic
 *   region or, where the chain has none, the same first-level division (`adminLevel1`: a Malian
 *   region, a Kyrgyz oblast).
 * - `withinKm`: local when {@link distanceKm} between the home's and the site's own `point` is
 *   at most `km` (a boundary distance is local). Points are never borrowed from a parent: a
 *   district's representative point says nothing about where in the district someone lives.
 * - `listedLocations`: local when home is one of `locationIds` or lies under one.
 * - `outsideCapital` ("from the regions"): local when home lies outside every capital location;
 *   `capitalIds`, or when it is empty the capital of the site's own country
 *   ({@link capitalOf}`(gazetteer, site)`, never another country's), or the gazetteer's capital
 *   when the site lies in no country.
 *
 * The answer is `unknown`, never `nonLocal`, when the data cannot decide: the home or the site id
 * is not in the gazetteer (both must be, under every policy); a location is above the level the
 * policy compares (a home recorded as an economic region or a first-level division under
 * `sameDistrict`, as the country under `sameEconomicRegion`); a point is missing under
 * `withinKm`; under `listedLocations` or `outsideCapital` the home encloses a listed location or
 * a capital without lying inside one (a home recorded as the country), or an id of `locationIds`
 * or `capitalIds` is not in the gazetteer; `outsideCapital` with no `capitalIds` when the site's
 * country records no capital (or, for a site in no country, the gazetteer has none).
 *
 * @param place - `home`, where the person lives (or was hired from), e.g. a village id, and
 * `site`, where the site is: location ids of the gazetteer.
 * @param options - The gazetteer holding both locations and the policy (the definition of local).
 * @returns `'local'`, `'nonLocal'` or `'unknown'`; never throws for unknown or malformed ids.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `policy` is not a valid
 * {@link LocalityPolicy} (unknown kind, `km` not a positive finite number, no `locationIds`) or
 * `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const g = extendGazetteer(azGazetteer, [
 *   { id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' },
 * ] as Location[]);
 * classifyLocality({ home: 'vil-chovdar', site: 'AZ-DAS' }, { gazetteer: g, policy: { kind: 'sameDistrict' } });
 * //=> 'local'
 * classifyLocality({ home: 'AZ-GYG', site: 'AZ-GOY' }, { gazetteer: g, policy: { kind: 'sameEconomicRegion' } });
 * //=> 'nonLocal'
 * classifyLocality({ home: 'AZ-BA', site: 'AZ-DAS' }, { gazetteer: g, policy: { kind: 'outsideCapital', capitalIds: [] } });
 * //=> 'nonLocal'
 * classifyLocality({ home: 'vil-chovdar', site: 'AZ-DAS' }, { gazetteer: g, policy: { kind: 'withinKm', km: 50 } });
 * //=> 'unknown'
 * ```
 *
 * @category Places
 */
export function classifyLocality(
  place: Readonly<LocalityPlace>,
  options: Readonly<ClassifyLocalityOptions>,
): Locality {
  const { gazetteer, policy } = options ?? {};
  assertGazetteer(gazetteer as Gazetteer);
  assertPolicy(policy as LocalityPolicy);
  const home = typeof place?.home === 'string' ? gazetteer.byId.get(place.home) : undefined;
  const site = typeof place?.site === 'string' ? gazetteer.byId.get(place.site) : undefined;
  if (home === undefined || site === undefined) return 'unknown';
  switch (policy.kind) {
    case 'sameDistrict':
      return sameUnit(districtOf(gazetteer, home.id), districtOf(gazetteer, site.id));
    case 'sameEconomicRegion':
      return sameUnit(economicRegionOf(gazetteer, home.id), economicRegionOf(gazetteer, site.id));
    case 'withinKm':
      if (home.point === undefined || site.point === undefined) return 'unknown';
      return distanceKm(home.point, site.point) <= policy.km ? 'local' : 'nonLocal';
    case 'listedLocations': {
      const where = inAreas(gazetteer, home, policy.locationIds);
      return where === 'inside' ? 'local' : where === 'apart' ? 'nonLocal' : 'unknown';
    }
    case 'outsideCapital': {
      let capitalIds: readonly string[] = policy.capitalIds;
      if (capitalIds.length === 0) {
        const capital = siteCapital(gazetteer, site);
        if (capital === undefined) return 'unknown';
        capitalIds = [capital.id];
      }
      const where = inAreas(gazetteer, home, capitalIds);
      return where === 'inside' ? 'nonLocal' : where === 'apart' ? 'local' : 'unknown';
    }
  }
}
