import * as z from 'zod';
import { type Count, CountSchema } from '../core/count.js';
import { type SiteId, SiteIdSchema, type SourceId, SourceIdSchema } from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type Period, PeriodSchema } from '../core/period.js';
import { pure } from '../core/pure.js';

/**
 * Whose work a safety record covers: `'employees'`, or `'nonEmployees'` (workers who are not
 * employees but whose work and/or workplace is controlled by the organization: contractors).
 *
 * @remarks
 * GRI 403-9 asks for the two groups separately (403-9-a and 403-9-b); SASB EM-MM-320a.1 asks
 * for full-time employees and contract employees. The schema is
 * `SafetyRecordSchema.shape.workers`.
 *
 * @example
 * ```ts
 * const workers: WorkerGroup = 'nonEmployees';
 * ```
 *
 * @category Model
 */
export type WorkerGroup = 'employees' | 'nonEmployees';

/**
 * The occupational health and safety record of one group of workers at one site (or the whole
 * company) over one period: hours worked and the counts of GRI 403-9 and SASB EM-MM-320a.1.
 *
 * @remarks
 * Every count is a {@link Count}: exact, bounds ("fewer than 5") or approximate, so that a
 * bound stays a bound in the rates. A field left out is not reported (never zero). Definitions
 * (GRI 403: Occupational Health and Safety 2018, glossary):
 * - `fatalities`: deaths as a result of work-related injury;
 * - `highConsequenceInjuries`: work-related injuries from which the worker cannot, does not, or
 *   is not expected to recover fully to pre-injury health status within 6 months,
 *   **excluding fatalities**;
 * - `recordableInjuries`: work-related injuries that result in death, days away from work,
 *   restricted work or transfer to another job, medical treatment beyond first aid, or loss of
 *   consciousness, or significant injuries diagnosed by a physician or other licensed
 *   healthcare professional (fatalities included);
 * - `lostTimeInjuries`: injuries that keep the worker away from work for at least one full day
 *   or shift after the day of the injury (the industry's lost-time definition, e.g. ICMM's);
 * - `nearMisses`: incidents that could have caused injury or ill health but did not;
 * - `occupationalIllnesses`: recordable cases of work-related ill health.
 *
 * @example
 * ```ts
 * SafetyRecordSchema.parse({ siteId: 'mine-1', period: { start: '2024-01-01', end: '2024-12-31' }, workers: 'employees', hoursWorked: 1450000, recordableInjuries: 3, sourceIds: [] }).recordableInjuries;
 * //=> 3
 * ```
 *
 * @category Model
 */
export const SafetyRecordSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The site; absent for a company-wide record. */
      siteId: () => SiteIdSchema.optional(),
      /** The period the record covers. */
      period: PeriodSchema,
      /** Employees, or workers who are not employees but whose work is controlled by the organization. */
      workers: () => z.enum(['employees', 'nonEmployees']),
      /** Hours worked by the group in the period. */
      hoursWorked: () => CountSchema.optional(),
      /** Fatalities as a result of work-related injury. */
      fatalities: () => CountSchema.optional(),
      /** High-consequence work-related injuries, excluding fatalities. */
      highConsequenceInjuries: () => CountSchema.optional(),
      /** Recordable work-related injuries, fatalities included. */
      recordableInjuries: () => CountSchema.optional(),
      /** Lost-time injuries: at least one full day or shift lost after the day of the injury. */
      lostTimeInjuries: () => CountSchema.optional(),
      /** Near misses. */
      nearMisses: () => CountSchema.optional(),
      /** Recordable occupational illnesses. */
      occupationalIllnesses: () => CountSchema.optional(),
      /** The sources of the record. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * The occupational health and safety record of one group of workers at one site over one
 * period (see {@link SafetyRecordSchema} for the definitions of each count).
 *
 * @example
 * ```ts
 * const record: SafetyRecord = SafetyRecordSchema.parse({ period: { start: '2024-01-01', end: '2024-12-31' }, workers: 'employees', hoursWorked: 1450000, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface SafetyRecord {
  /** The site; absent for a company-wide record. */
  readonly siteId?: SiteId | undefined;
  /** The period the record covers. */
  readonly period: Period;
  /** Employees, or workers who are not employees but whose work is controlled by the organization. */
  readonly workers: WorkerGroup;
  /** Hours worked by the group in the period. */
  readonly hoursWorked?: Count | undefined;
  /** Fatalities as a result of work-related injury. */
  readonly fatalities?: Count | undefined;
  /** High-consequence work-related injuries, excluding fatalities. */
  readonly highConsequenceInjuries?: Count | undefined;
  /** Recordable work-related injuries, fatalities included. */
  readonly recordableInjuries?: Count | undefined;
  /** Lost-time injuries: at least one full day or shift lost after the day of the injury. */
  readonly lostTimeInjuries?: Count | undefined;
  /** Near misses. */
  readonly nearMisses?: Count | undefined;
  /** Recordable occupational illnesses. */
  readonly occupationalIllnesses?: Count | undefined;
  /** The sources of the record. */
  readonly sourceIds: readonly SourceId[];
}
