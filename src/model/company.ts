import * as z from 'zod';
import { CompanyIdSchema, LocationIdSchema } from '../core/ids.js';
import { pure } from '../core/pure.js';
import { organizationFields } from './organizationFields.js';

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
 * A commodity code from the open list (see {@link COMMODITY_PATTERN}).
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
 * A commodity code (see {@link CommoditySchema}).
 *
 * @example
 * ```ts
 * const commodity: Commodity = 'copper';
 * ```
 *
 * @category Model
 */
export type Commodity = z.infer<typeof CommoditySchema>;

/**
 * The reporting company: an organization that operates mines.
 *
 * @remarks
 * Ownership is not a flag on the company: it is stated as {@link OwnershipInterestSchema}
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
  z.strictObject({
    /** The id other records cite. */
    id: CompanyIdSchema,
    ...organizationFields(),
    /** The commodities the company produces or explores for. */
    commodities: z.array(CommoditySchema),
    /** Where the head office is. */
    headquartersLocationId: LocationIdSchema.optional(),
  }),
);

/**
 * The reporting company (see {@link CompanySchema}).
 *
 * @example
 * ```ts
 * const company: Company = CompanySchema.parse({ id: 'azergold', name: 'AzerGold CJSC', entityType: 'registeredEntity', commodities: ['gold'] });
 * ```
 *
 * @category Model
 */
export type Company = z.infer<typeof CompanySchema>;
