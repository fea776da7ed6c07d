import * as z from 'zod';
import { type Count, CountSchema } from '../core/count.js';
import { type SiteId, SiteIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type Period, PeriodSchema } from '../core/period.js';
import { pure } from '../core/pure.js';

/**
 * Grievances received in a period, by type (GRI 2-25 and GRI 14.10: local communities; IFC
 * Performance Standard 1 on grievance mechanisms).
 *
 * @remarks
 * The schema is `GrievanceRecordSchema.shape.byType`. Each type is a {@link Count}; types not
 * reported are left out.
 *
 * @example
 * ```ts
 * const byType: GrievancesByType = { land: 4, compensation: 2 };
 * ```
 *
 * @category Model
 */
export interface GrievancesByType {
  /** Land access, use and resettlement. */
  readonly land?: Count | undefined;
  /** Dust, noise, water and other environmental effects. */
  readonly environment?: Count | undefined;
  /** Hiring, local jobs and working conditions. */
  readonly employment?: Count | undefined;
  /** Compensation for land, crops or damage. */
  readonly compensation?: Count | undefined;
  /** Any other grievance. */
  readonly other?: Count | undefined;
}

/**
 * The grievances received through a site's (or the company's) grievance mechanism in one period,
 * with how many of them were resolved, and the grievances open and escalated at its end.
 *
 * @remarks
 * - `received`: grievances received in the period;
 * - `resolved`: of those received in the period, the ones resolved (closed with the complainant's
 *   acceptance or by the mechanism's final step) by the end of the period, so `resolved` is at
 *   most `received` (checked by `validateDataset`, issue code
 *   `grievance.resolved_above_received`);
 * - `open`: grievances open at the end of the period, whenever received;
 * - `escalated`: grievances referred in the period to a higher level (management, a third party,
 *   a court).
 *
 * Every figure is a {@link Count}. GRI 2-25 (processes to remediate negative impacts) and the
 * GRI 14.10 local communities topic ask for the grievances and their outcome.
 *
 * @example
 * ```ts
 * GrievanceRecordSchema.parse({ period: { start: '2024-01-01', end: '2024-12-31' }, received: 12, resolved: 9, sourceIds: [] }).resolved;
 * //=> 9
 *  * ```
 *
 * @category Model
 */
export const GrievanceRecordSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The site; absent for the company's mechanism as a whole. */
      siteId: () => SiteIdSchema.optional(),
      /** The period the record covers. */
      period: PeriodSchema,
      /** Grievances received in the period. */
      received: CountSchema,
      /** The grievances received, by type. */
      byType: () =>
        z
          .strictObject(
            lazyShape({
              land: () => CountSchema.optional(),
              environment: () => CountSchema.optional(),
              employment: () => CountSchema.optional(),
              compensation: () => CountSchema.optional(),
              other: () => CountSchema.optional(),
            }),
          )
          .optional(),
      /** Of the grievances received in the period, those resolved by its end. */
      resolved: () => CountSchema.optional(),
      /** Grievances open at the end of the period, whenever received. */
      open: () => CountSchema.optional(),
      /** Grievances escalated in the period. */
      escalated: () => CountSchema.optional(),
      /** The sources of the record. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * The grievances received in one period and their outcome (see {@link GrievanceRecordSchema}).
 *
 * @example
 * ```ts
 * const record: GrievanceRecord = GrievanceRecordSchema.parse({ period: { start: '2024-01-01', end: '2024-12-31' }, received: 12, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface GrievanceRecord {
  /** The site; absent for the company's mechanism as a whole. */
  readonly siteId?: SiteId | undefined;
  /** The period the record covers. */
  readonly period: Period;
  /** Grievances received in the period. */
  readonly received: Count;
  /** The grievances received, by type. */
  readonly byType?: GrievancesByType | undefined;
  /** Of the grievances received in the period, those resolved by its end. */
  readonly resolved?: Count | undefined;
  /** Grievances open at the end of the period, whenever received. */
  readonly open?: Count | undefined;
  /** Grievances escalated in the period. */
  readonly escalated?: Count | undefined;
  /** The sources of the record. */
  readonly sourceIds: readonly SourceId[];
}
