import * as z from 'zod';
import { type Count, CountSchema } from '../core/count.js';
import {
  type CompanyId,
  CompanyIdSchema,
  IdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import {
  type ReportedAmount,
  ReportedAmountSchema,
  type ReportedPeriod,
  ReportedPeriodSchema,
} from './reportedAmount.js';

/**
 * Where a supplier is based, as the company publishes it: `'local'` (the local area of the
 * operation, under the company's definition), `'national'` (the host country outside the local
 * area), `'foreign'`, or `'notStated'`. The categories do not overlap.
 *
 * @example
 * ```ts
 * const locality: SupplierLocality = 'national';
 * ```
 *
 * @category Model
 */
export type SupplierLocality = 'local' | 'national' | 'foreign' | 'notStated';

/**
 * Procurement spend and supplier count of one supplier locality.
 *
 * @category Model
 */
export interface SupplierLocalityFigure {
  /** The locality of the suppliers. */
  readonly locality: SupplierLocality;
  /** The spend on suppliers of this locality, for the summary's period. */
  readonly spend?: ReportedAmount | undefined;
  /** The number of suppliers of this locality: exact, bounded or approximate. */
  readonly suppliers?: Count | undefined;
}

/**
 * A company's published procurement figures for one period, company-wide or for one site: the
 * total spend and the spend and supplier counts by supplier locality (GRI 204-1).
 *
 * @remarks
 * GRI 204-1 asks for the percentage of the procurement budget used for significant locations of
 * operation that is spent on suppliers local to that operation, with the geographic definition
 * of "local" and of significant locations: `localDefinition` records the company's definition in
 * its words. `byLocality` holds one entry per published locality; the localities do not overlap
 * (a supplier published as "national" is in the host country but not local). `total` is the
 * total procurement spend; without it, the total is the sum of the localities when every one of
 * them has an exact spend. Amounts are {@link ReportedAmount}s; a cumulative amount is never
 * split into years.
 *
 * @example
 * ```ts
 * ProcurementSummarySchema.parse({
 *   id: 'proc-2024',
 *   companyId: 'miner',
 *   localDefinition: 'suppliers registered in the district of the mine',
 *   byLocality: [{ locality: 'local', suppliers: 120 }],
 *   sourceIds: ['src-report'],
 * }).byLocality[0]?.suppliers;
 * //=> 120
 * ```
 *
 * @category Model
 */
export const ProcurementSummarySchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The id other records cite. */
        id: IdSchema,
        /** The buying company. */
        companyId: CompanyIdSchema,
        /** The site (significant location of operation) the figures are for; absent company-wide. */
        siteId: () => SiteIdSchema.optional(),
        /** The period the figures are for (the supplier counts in particular). */
        period: () => ReportedPeriodSchema.optional(),
        /** The company's geographic definition of "local", in its words (GRI 204-1-b). */
        localDefinition: () => z.string().min(1).max(2000).optional(),
        /** The total procurement spend. */
        total: () => ReportedAmountSchema.optional(),
        /** The total number of suppliers. */
        suppliers: () => CountSchema.optional(),
        /** Spend and supplier counts by supplier locality, one entry per locality. */
        byLocality: () =>
          z.array(
            z.strictObject(
              lazyShape({
                /** The locality of the suppliers. */
                locality: () => z.enum(['local', 'national', 'foreign', 'notStated']),
                /** The spend on suppliers of this locality. */
                spend: () => ReportedAmountSchema.optional(),
                /** The number of suppliers of this locality. */
                suppliers: () => CountSchema.optional(),
              }),
            ),
          ),
        /** The sources of the summary. */
        sourceIds: () => z.array(SourceIdSchema),
      }),
    )
    .refine((s) => new Set(s.byLocality.map((l) => l.locality)).size === s.byLocality.length, {
      message: 'A locality appears twice.',
      path: ['byLocality'],
    }),
);

/**
 * A company's published procurement figures for one period (see
 * {@link ProcurementSummarySchema}).
 *
 * @example
 * ```ts
 * declare const summary: ProcurementSummary;
 * summary.byLocality.map((l) => l.locality);
 * ```
 *
 * @category Model
 */
export interface ProcurementSummary {
  /** The id other records cite. */
  readonly id: string;
  /** The buying company. */
  readonly companyId: CompanyId;
  /** The site (significant location of operation) the figures are for; absent company-wide. */
  readonly siteId?: SiteId | undefined;
  /** The period the figures are for (the supplier counts in particular). */
  readonly period?: ReportedPeriod | undefined;
  /** The company's geographic definition of "local", in its words (GRI 204-1-b). */
  readonly localDefinition?: string | undefined;
  /** The total procurement spend. */
  readonly total?: ReportedAmount | undefined;
  /** The total number of suppliers. */
  readonly suppliers?: Count | undefined;
  /** Spend and supplier counts by supplier locality, one entry per locality. */
  readonly byLocality: readonly SupplierLocalityFigure[];
  /** The sources of the summary. */
  readonly sourceIds: readonly SourceId[];
}
