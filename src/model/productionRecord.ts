import * as z from 'zod';
import type { CalendarDate } from '../core/calendarDate.js';
import {
  type DepositId,
  DepositIdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { partialDateRange } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { type Quantity, QuantitySchema } from '../core/quantity.js';
import { type Commodity, CommoditySchema } from './company.js';

/**
 * A part of a calendar year production is reported for: a quarter (`'Q1'`–`'Q4'`) or a half
 * (`'H1'`, `'H2'`).
 *
 * @remarks
 * Calendar quarters and halves of the record's `year` (Q1 = January to March, H2 = July to
 * December); a company whose financial year differs says so in the record's `note`. One field
 * rather than `quarter` and `half`: a record is for one stretch of time, so the two can never
 * both be set, and the values read as companies publish them ("Q3 2024", "H1 2024").
 *
 * @example
 * ```ts
 * const part: PartOfYear = 'Q3';
 * ```
 *
 * @category Model
 */
export type PartOfYear = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2';

/** The first and last month (1–12) of each part of a year. */
const MONTHS_OF_PART: Readonly<Record<PartOfYear, readonly [number, number]>> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
};

/**
 * Reported production of a commodity in a year, or a quarter or half of it, at a site or a
 * deposit (or company-wide when neither is given).
 *
 * @remarks
 * Without `partOfYear` the record is for the whole calendar year; with it, for that quarter or
 * half ({@link PartOfYear}).
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
  z.strictObject(
    lazyShape({
      /** The site that produced it. */
      siteId: () => SiteIdSchema.optional(),
      /** The deposit it came from. */
      depositId: () => DepositIdSchema.optional(),
      /** The calendar year. */
      year: () => z.int().min(1900).max(2200),
      /** The quarter or half of the year, when the figure is for one; absent for the whole year. */
      partOfYear: () => z.enum(['Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2']).optional(),
      /** The commodity produced. */
      commodity: CommoditySchema,
      /** How much, in a mass unit. */
      quantity: QuantitySchema,
      /** Anything a reader should know (e.g. "in doré", "in concentrate"). */
      note: () => z.string().min(1).max(2000).optional(),
      /** The sources of the figure. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
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
  /** The quarter or half of the year, when the figure is for one; absent for the whole year. */
  readonly partOfYear?: PartOfYear | undefined;
  /** The commodity produced. */
  readonly commodity: Commodity;
  /** How much, in a mass unit. */
  readonly quantity: Quantity;
  /** Anything a reader should know (e.g. "in doré", "in concentrate"). */
  readonly note?: string | undefined;
  /** The sources of the figure. */
  readonly sourceIds: readonly SourceId[];
}

/**
 * The calendar days a production record is for: its year, or its quarter or half of the year.
 *
 * @param record - The record's `year` and `partOfYear`.
 * @returns `{ start, end }`, both `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * productionPeriodOf({ year: 2024, partOfYear: 'Q3' });
 * //=> { start: '2024-07-01', end: '2024-09-30' }
 * productionPeriodOf({ year: 2024 });
 * //=> { start: '2024-01-01', end: '2024-12-31' }
 * ```
 *
 * @category Model
 */
export function productionPeriodOf(
  record: Readonly<Pick<ProductionRecord, 'year' | 'partOfYear'>>,
): { readonly start: CalendarDate; readonly end: CalendarDate } {
  const year = String(record.year).padStart(4, '0');
  if (record.partOfYear === undefined) return partialDateRange(year);
  const [first, last] = MONTHS_OF_PART[record.partOfYear];
  const start = partialDateRange(`${year}-${String(first).padStart(2, '0')}`).start;
  const end = partialDateRange(`${year}-${String(last).padStart(2, '0')}`).end;
  return { start, end };
}
