import type { Location, LocationKind } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { assertGazetteer } from './assertGazetteer.js';
import type { Gazetteer } from './gazetteer.js';

/** The kinds above the district level: the walk up from a place stops at them. */
const ABOVE_DISTRICT: ReadonlySet<LocationKind> = new Set<LocationKind>([
  'economicRegion',
  'adminLevel1',
  'country',
]);

/**
 * Finds the district (rayon), second-level division or first-level city a location lies in.
 *
 * @remarks
 * Looks at the location, then at its {@link ancestors}, nearest first, and returns the first that
 * is a `district`, an `adminLevel2` (the second-level division of a country recorded with
 * generic levels: a Malian cercle, a Kyrgyz district, a Peruvian province), or a `city` at the
 * district level: a city whose parent is an economic region, a first-level division or a country,
 * or which has no parent (Gəncə, Naftalan, Xankəndi; Bishkek; a Kyrgyz city of regional
 * significance under its oblast). A city inside a district or second-level division (its centre)
 * is passed over for that unit; so is a division below the second level (`other`, e.g. a Malian
 * commune). The walk stops at an economic region, a first-level division (`adminLevel1`) or a
 * country: those are above the district level.
 *
 * @param gazetteer - The gazetteer to walk.
 * @param id - The id of a village, town, city, district or second-level division.
 * @returns The district, second-level division or district-level city: the location itself when
 * it is one; `undefined` for an economic region, a first-level division, a country, an unknown
 * id, or a chain that reaches none.
 *
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is not a gazetteer.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * districtOf(azGazetteer, 'AZ-DAS')?.id;
 * //=> 'AZ-DAS'
 * districtOf(azGazetteer, 'AZ-NA')?.name;
 * //=> 'Naftalan'
 * districtOf(azGazetteer, 'az-er-ganja-dashkasan');
 * //=> undefined
 * const mali = createGazetteer([
 *   { id: 'ML', kind: 'country', name: 'Mali' },
 *   { id: 'ML-1', kind: 'adminLevel1', name: 'Kayes', parentId: 'ML' },
 *   { id: 'ml-kenieba', kind: 'adminLevel2', name: 'Kéniéba', parentId: 'ML-1' },
 *   { id: 'ml-village', kind: 'village', name: 'Village', parentId: 'ml-kenieba' },
 * ] as Location[]);
 * districtOf(mali, 'ml-village')?.name;
 * //=> 'Kéniéba'
 * ```
 *
 * @category Places
 */
export function districtOf(gazetteer: Gazetteer, id: string): Location | undefined {
  assertGazetteer(gazetteer);
  const self = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (self === undefined) return undefined;
  for (const location of [self, ...ancestors(gazetteer, self.id)]) {
    if (ABOVE_DISTRICT.has(location.kind)) return undefined;
    if (location.kind === 'district' || location.kind === 'adminLevel2') return location;
    if (location.kind === 'city' && isDistrictLevel(gazetteer, location)) return location;
  }
  return undefined;
}

/** Whether a city is at the district level: no parent, or a parent above the district level. */
function isDistrictLevel(gazetteer: Gazetteer, city: Location): boolean {
  if (city.parentId === undefined) return true;
  const kind = gazetteer.byId.get(city.parentId)?.kind;
  return kind !== undefined && ABOVE_DISTRICT.has(kind);
}
