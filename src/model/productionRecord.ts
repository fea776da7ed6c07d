import * as z from 'zod';
import {
  type DepositId,
  DepositIdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { pure } from '../core/pure.js';
import { type Quantity, QuantitySchema } from '../core/quantity.js';
import { type Commodity, CommoditySchema } from './company.js';

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
 * Reported production of a commodity in a year, at a site or a deposit (or company-wide when
 * neither is given; see {@link ProductionRecordSchema}).
 *
 * @example
 * ```ts
 * const record: ProductionRecord = ProductionRecordSchema.parse({ year: 2024, commodity: 'gold', quantity: { value: 1, unit: 't' }, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface ProductionRecord {
  /** The site that produced it. */
  readonly siteId?: SiteId | undefined;
  /** The deposit it came from. */
  readonly depositId?: DepositId | undefined;
  /** The calendar year. */
  readonly year: number;
  /** The commodity produced. */
  readonly commodity: Commodity;
  /** How much, in a mass unit. */
  readonly quantity: Quantity;
  /** Anything a reader should know (e.g. "in doré", "in concentrate"). */
  readonly note?: string | undefined;
  /** The sources of the figure. */
  readonly sourceIds: readonly SourceId[];
}
