import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type LocationId, LocationIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { type GeoPoint, GeoPointSchema } from './geoPoint.js';
import { type LocalizedName, LocalizedNameSchema } from './localizedName.js';

/**
 * The level of a location in the hierarchy country → economic region or first-level division →
 * district or second-level division → settlement.
 *
 * @remarks
 * `city`, `town` and `village` are settlements. `economicRegion` and `district` are Azerbaijan's
 * economic regions (statistical groupings of districts) and districts (rayons); `adminLevel1` and
 * `adminLevel2` are the first- and second-level administrative divisions of any other country
 * (a Malian region and cercle, a Kyrgyz oblast and district, a Peruvian department and
 * province). Lower divisions (a Malian commune, a Peruvian district) are `other`. In Azerbaijan a
 * `town` is an urban-type settlement (qəsəbə); some cities (Bakı, Gəncə, Naftalan, …) are
 * first-level units of their own, directly under an economic region.
 *
 * @example
 * ```ts
 * LocationKindSchema.parse('economicRegion');
 * //=> 'economicRegion'
 * ```
 *
 * @category Model
 */
export const LocationKindSchema = pure(() =>
  z.enum([
    'country',
    'economicRegion',
    'adminLevel1',
    'district',
    'adminLevel2',
    'city',
    'town',
    'village',
    'other',
  ]),
);

/**
 * The level of a location in the hierarchy country → economic region or first-level division →
 * district or second-level division → settlement: `'country'`, `'economicRegion'`,
 * `'adminLevel1'`, `'district'`, `'adminLevel2'`, `'city'`, `'town'`, `'village'` or `'other'`.
 *
 * @remarks
 * `city`, `town` and `village` are settlements. `economicRegion` and `district` are Azerbaijan's
 * economic regions and districts (rayons); `adminLevel1` and `adminLevel2` are the first- and
 * second-level administrative divisions of other countries (a Kyrgyz oblast and district, a
 * Malian region and cercle, a Peruvian department and province); lower divisions are `other`. In
 * Azerbaijan a `town` is an urban-type settlement (qəsəbə); some cities (Bakı, Gəncə, Naftalan,
 * …) are first-level units of their own, directly under an economic region. The schema is
 * `LocationSchema.shape.kind`.
 *
 * @example
 * ```ts
 * const kind: LocationKind = 'district';
 * ```
 *
 * @category Model
 */
export type LocationKind =
  | 'country'
  | 'economicRegion'
  | 'adminLevel1'
  | 'district'
  | 'adminLevel2'
  | 'city'
  | 'town'
  | 'village'
  | 'other';

/**
 * The pattern of an ISO 3166-2 subdivision code, e.g. `AZ-DAS`.
 *
 * @example
 * ```ts
 * ISO_3166_2_PATTERN.test('AZ-GYG');
 * //=> true
 * ```
 *
 * @category Model
 */
export const ISO_3166_2_PATTERN: RegExp = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

/**
 * A population count with its date and source.
 *
 * @example
 * ```ts
 * PopulationSchema.parse({ count: 65252, asOf: '2021-12-31', sourceId: 'src-goygol-ih' }).count;
 * //=> 65252
 * ```
 *
 * @category Model
 */
export const PopulationSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The number of residents. */
      count: () => z.int().nonnegative(),
      /** The day, month or year the count refers to, as precise as the source (e.g. `'2020'`). */
      asOf: PartialDateSchema,
      /** The source of the count. */
      sourceId: SourceIdSchema,
    }),
  ),
);

/**
 * A population count with its date and source.
 *
 * @remarks
 * The schema is `LocationSchema.shape.population.unwrap()`.
 *
 * @example
 * ```ts
 * const population: Population = { count: 65252, asOf: '2021-12-31', sourceId: 'src-goygol-ih' as SourceId };
 * ```
 *
 * @category Model
 */
export interface Population {
  /** The number of residents. */
  readonly count: number;
  /** The day, month or year the count refers to, as precise as the source (e.g. `'2020'`). */
  readonly asOf: PartialDate;
  /** The source of the count. */
  readonly sourceId: SourceId;
}

/**
 * A place: a country, an economic region, a first- or second-level division, a district, a city,
 * a town or a village.
 *
 * @remarks
 * Locations form a tree through `parentId`. A dataset may add its own villages under the
 * districts of a gazetteer without repeating the gazetteer. `remote` is meaningful for villages
 * only; `capitalId` for countries only.
 *
 * @example
 * ```ts
 * LocationSchema.parse({ id: 'AZ-DAS', kind: 'district', name: 'Daşkəsən', parentId: 'ganja-dashkasan', iso3166_2: 'AZ-DAS' }).name;
 * //=> 'Daşkəsən'
 * ```
 *
 * @category Model
 */
export const LocationSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id; for ISO 3166-2 units, by convention the ISO code (`AZ-DAS`). */
      id: LocationIdSchema,
      /** The level of the location. */
      kind: LocationKindSchema,
      /** The official name, e.g. `'Daşkəsən'`. */
      name: () => z.string().min(1).max(500),
      /** Other names: exonyms, transliterations, historic names and spelling variants. */
      names: () => z.array(LocalizedNameSchema).optional(),
      /** The enclosing location; absent for a country. */
      parentId: () => LocationIdSchema.optional(),
      /** The ISO 3166-2 code, when the location is an ISO subdivision. */
      iso3166_2: () =>
        z
          .string()
          .regex(ISO_3166_2_PATTERN, 'Expected an ISO 3166-2 code, e.g. AZ-DAS.')
          .optional(),
      /** Whether the village is remote, as stated by a source (villages only). */
      remote: () => z.boolean().optional(),
      /** The population, with its date and source. */
      population: () => PopulationSchema.optional(),
      /** A representative point (GeoJSON, longitude first). */
      point: () => GeoPointSchema.optional(),
      /** For a country: the location of its capital. */
      capitalId: () => LocationIdSchema.optional(),
      /** The day from which the unit exists in this form (e.g. the decree that created it). */
      validFrom: () => CalendarDateSchema.optional(),
      /** The sources behind the location's data. */
      sourceIds: () => z.array(SourceIdSchema).optional(),
    }),
  ),
);

/**
 * A place in the location tree: a country, an economic region, a first- or second-level
 * division, a district, a city, a town or a village (see {@link LocationSchema}).
 *
 * @remarks
 * Locations form a tree through `parentId`. `remote` is meaningful for villages only;
 * `capitalId` for countries only.
 *
 * @example
 * ```ts
 * const district: Location = LocationSchema.parse({ id: 'AZ-DAS', kind: 'district', name: 'Daşkəsən' });
 * ```
 *
 * @category Model
 */
export interface Location {
  /** The id; for ISO 3166-2 units, by convention the ISO code (`AZ-DAS`). */
  readonly id: LocationId;
  /** The level of the location. */
  readonly kind: LocationKind;
  /** The official name, e.g. `'Daşkəsən'`. */
  readonly name: string;
  /** Other names: exonyms, transliterations, historic names and spelling variants. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** The enclosing location; absent for a country. */
  readonly parentId?: LocationId | undefined;
  /** The ISO 3166-2 code, when the location is an ISO subdivision. */
  readonly iso3166_2?: string | undefined;
  /** Whether the village is remote, as stated by a source (villages only). */
  readonly remote?: boolean | undefined;
  /** The population, with its date and source. */
  readonly population?: Population | undefined;
  /** A representative point (GeoJSON, longitude first). */
  readonly point?: GeoPoint | undefined;
  /** For a country: the location of its capital. */
  readonly capitalId?: LocationId | undefined;
  /** The day from which the unit exists in this form (e.g. the decree that created it). */
  readonly validFrom?: CalendarDate | undefined;
  /** The sources behind the location's data. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}
