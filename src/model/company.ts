import * as z from 'zod';
import {
  type CompanyId,
  CompanyIdSchema,
  type LocationId,
  LocationIdSchema,
  type SourceId,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import type { HttpUrl } from './httpUrl.js';
import type { LocalizedName } from './localizedName.js';
import { organizationFields } from './organizationFields.js';
import type { EntityType, OrganizationIdentifier } from './organizationIdentity.js';

/**
 * The pattern of a commodity code: lower-case words joined by hyphens (`gold`, `copper`,
 * `iron-ore`). The list is open: gold, silver, copper, zinc, lead, molybdenum, iron, …
 *
 * @example
 * ```ts
 * COMMODITY_PATTERN.test('gold');
 * //=> true
 * ```
 *
 * @category Model
 */
export const COMMODITY_PATTERN: RegExp = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * A commodity code from the open list (see `COMMODITY_PATTERN`).
 *
 * @example
 * ```ts
 * CommoditySchema.parse('gold');
 * //=> 'gold'
 * ```
 *
 * @category Model
 */
export const CommoditySchema = pure(() =>
  z.string().regex(COMMODITY_PATTERN, 'Expected a commodity code such as gold or copper.'),
);

/**
 * A commodity code: lower-case words joined by hyphens (`gold`, `copper`, `iron-ore`).
 *
 * @remarks
 * The list is open: gold, silver, copper, zinc, lead, molybdenum, iron, … The pattern is
 * `COMMODITY_PATTERN`; the schema is `CompanySchema.shape.commodities.element`.
 *
 * @example
 * ```ts
 * const commodity: Commodity = 'copper';
 * ```
 *
 * @category Model
 */
export type Commodity = string;

/**
 * The reporting company: an organization that operates mines.
 *
 * @remarks
 * Ownership is not a flag on the company: it is stated as {@link OwnershipInterest}
 * records, and {@link isStateOwned} derives state ownership from them.
 *
 * @example
 * ```ts
 * CompanySchema.parse({
 *   id: 'azergold',
 *   name: 'AzerGold CJSC',
 *   entityType: 'registeredEntity',
 *   jurisdiction: 'AZ',
 *   commodities: ['gold', 'silver', 'copper'],
 * }).commodities;
 * //=> ['gold', 'silver', 'copper']
 * ```
 *
 * @category Model
 */
export const CompanySchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: CompanyIdSchema,
      ...organizationFields(),
      /** When it was founded: a day, or the month or year the source gives (e.g. `'1997-05'`). */
      foundedOn: () => PartialDateSchema.optional(),
      /** The commodities the company produces or explores for. */
      commodities: () => z.array(CommoditySchema),
      /** Where the head office is. */
      headquartersLocationId: () => LocationIdSchema.optional(),
    }),
  ),
);

/**
 * The reporting company: an organization that operates mines (see {@link CompanySchema}).
 *
 * @remarks
 * Ownership is stated as {@link OwnershipInterest} records, and {@link isStateOwned} derives
 * state ownership from them.
 *
 * @example
 * ```ts
 * const company: Company = CompanySchema.parse({ id: 'azergold', name: 'AzerGold CJSC', entityType: 'registeredEntity', commodities: ['gold'] });
 * ```
 *
 * @category Model
 */
export interface Company {
  /** The id other records cite. */
  readonly id: CompanyId;
  /** The official name. */
  readonly name: string;
  /** Other names: in other languages, transliterations, former names. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** Identifiers in public registers. */
  readonly identifiers?: readonly OrganizationIdentifier[] | undefined;
  /** What kind of entity it is. */
  readonly entityType: EntityType;
  /** The ISO 3166-1 alpha-2 code of the jurisdiction it is registered in. */
  readonly jurisdiction?: string | undefined;
  /** When it was founded: a day, or the month or year the source gives (e.g. `'1997-05'`). */
  readonly foundedOn?: PartialDate | undefined;
  /** Its website (http or https). */
  readonly url?: HttpUrl | undefined;
  /** The sources behind these facts. */
  readonly sourceIds?: readonly SourceId[] | undefined;
  /** The commodities the company produces or explores for. */
  readonly commodities: readonly Commodity[];
  /** Where the head office is. */
  readonly headquartersLocationId?: LocationId | undefined;
}
