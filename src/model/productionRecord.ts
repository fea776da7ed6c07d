import * as z from 'zod';
import { DepositIdSchema, SiteIdSchema, SourceIdSchema } from '../core/ids.js';
import { pure } from '../core/pure.js';
import { QuantitySchema } from '../core/quantity.js';
import { CommoditySchema } from './company.js';

/**
 * Reported production of a commodity in a year, at a site or a deposit (or company-wide when
 * neither is given).
 *
 * @example
 * ```ts
 * ProductionRecordSchema.parse({ year: 2024, commodity: 'gold', quantity: { value: 60000, unit: 'ozt' }, sourceIds: ['src-1'] }).year;
 * //=> 2024
 * ```
 *
 * @category Model
 */
export const ProductionRecordSchema = pure(() =>
  z.strictObject({
    /** The site that produced it. */
    siteId: SiteIdSchema.optional(),
    /** The deposit it came from. */
    depositId: DepositIdSchema.optional(),
    /** The calendar year. */
    year: z.int().min(1900).max(2200),
    /** The commodity produced. */
    commodity: CommoditySchema,
    /** How much, in a mass unit. */
    quantity: QuantitySchema,
    /** Anything a reader should know (e.g. "in doré", "in concentrate"). */
    note: z.string().min(1).max(2000).optional(),
    /** The sources of the figure. */
    sourceIds: z.array(SourceIdSchema),
  }),
);

/**
 * A production figure (see {@link ProductionRecordSchema}).
 *
 * @example
 * ```ts
 * const record: ProductionRecord = ProductionRecordSchema.parse({ year: 2024, commodity: 'gold', quantity: { value: 1, unit: 't' }, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export type ProductionRecord = z.infer<typeof ProductionRecordSchema>;
