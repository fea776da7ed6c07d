import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type Count, CountSchema } from '../core/count.js';
import {
  type CompanyId,
  CompanyIdSchema,
  type LocationId,
  LocationIdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { pure } from '../core/pure.js';
import {
  type EmployeeCategory,
  EmployeeCategorySchema,
  type Engagement,
  EngagementSchema,
  type Gender,
  GenderSchema,
} from './employee.js';
import { idKeyedRecord } from './idKeyedRecord.js';
import { type LocalityPolicy, LocalityPolicySchema } from './localityPolicy.js';

/**
 * The age bands of GRI 401-1 and 405-1: under 30, 30 to 50, over 50.
 *
 * @remarks
 * 30 and 50 fall in the middle band.
 *
 * @example
 * ```ts
 * AgeBandSchema.parse('30-50');
 * //=> '30-50'
 * ```
 *
 * @category Model
 */
export const AgeBandSchema = pure(() => z.enum(['<30', '30-50', '>50']));

/**
 * The age bands of GRI 401-1 and 405-1: `'<30'` (under 30), `'30-50'` (30 to 50) and `'>50'`
 * (over 50).
 *
 * @remarks
 * 30 and 50 fall in the middle band. The keys of `WorkforceSummarySchema.shape.byAgeBand` are
 * these bands and `'unknown'`.
 *
 * @example
 * ```ts
 * const band: AgeBand = '<30';
 * ```
 *
 * @category Model
 */
export type AgeBand = '<30' | '30-50' | '>50';

/**
 * Who a published headcount covers.
 *
 * @example
 * ```ts
 * WorkforceScopeSchema.parse('employeesAndContractors');
 * //=> 'employeesAndContractors'
 * ```
 *
 * @category Model
 */
export const WorkforceScopeSchema = pure(() =>
  z.enum(['employees', 'employeesAndContractors', 'unknown']),
);

/**
 * Who a published headcount covers: `'employees'` only, `'employeesAndContractors'`, or
 * `'unknown'`.
 *
 * @remarks
 * The schema is `WorkforceSummarySchema.shape.scope.unwrap()`.
 *
 * @example
 * ```ts
 * const scope: WorkforceScope = 'employees';
 * ```
 *
 * @category Model
 */
export type WorkforceScope = 'employees' | 'employeesAndContractors' | 'unknown';

/**
 * A workforce at a date, as aggregates: what companies publish, or what the library computes
 * from employee records.
 *
 * @remarks
 * Every count is a {@link Count}: exact, or bounds with the published phrase. "Over 80 % of
 * 2,554 from the regions" is `headcount: 2554, fromRegions: { min: 2044, phrase: 'over 80
 * percent of 2,554' }`. Breakdowns map a key to a count; a breakdown need not cover everyone
 * (validation warns when exact parts do not add up to the headcount, and reports an error when
 * they exceed it).
 *
 * @example
 * ```ts
 * WorkforceSummarySchema.parse({
 *   companyId: 'azergold',
 *   asOf: '2025-11-14',
 *   headcount: 2554,
 *   fromRegions: { min: 2044, phrase: 'over 80 percent of 2,554' },
 *   scope: 'unknown',
 *   sourceIds: ['src-trend-4117320'],
 * }).headcount;
 * //=> 2554
 * ```
 *
 * @category Model
 */
export const WorkforceSummarySchema = pure(() =>
  z.strictObject({
    /** The company the workforce belongs to. */
    companyId: CompanyIdSchema,
    /** The site, when the summary covers one site only. */
    siteId: SiteIdSchema.optional(),
    /** The day the figures refer to. */
    asOf: CalendarDateSchema,
    /** Everyone counted. */
    headcount: CountSchema,
    /** Who the headcount covers: employees only, or contractors' workers too. */
    scope: WorkforceScopeSchema.optional(),
    /** People who are local under `localityPolicy`. */
    local: CountSchema.optional(),
    /** People who are not local under `localityPolicy`. */
    nonLocal: CountSchema.optional(),
    /** People whose locality could not be decided (unknown origin, missing data). */
    localityUnknown: CountSchema.optional(),
    /** People from outside the capital ("from the regions"). */
    fromRegions: CountSchema.optional(),
    /** People from the capital. */
    fromCapital: CountSchema.optional(),
    /** People whose origin is unknown. */
    originUnknown: CountSchema.optional(),
    /** People from villages marked remote. */
    fromRemoteVillages: CountSchema.optional(),
    /** People by origin location (district or first-level city). */
    byOrigin: idKeyedRecord(LocationIdSchema, CountSchema).optional(),
    /** People by economic region of origin. */
    byEconomicRegion: idKeyedRecord(LocationIdSchema, CountSchema).optional(),
    /** People by gender. */
    byGender: z.partialRecord(GenderSchema, CountSchema).optional(),
    /** People by employee category. */
    byCategory: z.partialRecord(EmployeeCategorySchema, CountSchema).optional(),
    /** People by engagement: employees and contractors' workers. */
    byEngagement: z.partialRecord(EngagementSchema, CountSchema).optional(),
    /** People by age band; `unknown` for records without a birth year. */
    byAgeBand: z
      .partialRecord(z.enum([...AgeBandSchema.options, 'unknown']), CountSchema)
      .optional(),
    /** The definition of "local" behind `local`, `nonLocal` and `localityUnknown`. */
    localityPolicy: LocalityPolicySchema.optional(),
    /** The publisher's own words for what "local" or "the regions" means, when stated. */
    localityDefinition: z.string().min(1).max(2000).optional(),
    /** Anything a reader should know about the figures. */
    note: z.string().min(1).max(5000).optional(),
    /** The sources of the figures. */
    sourceIds: z.array(SourceIdSchema),
  }),
);

/**
 * A workforce at a date, as aggregates: what companies publish, or what the library computes
 * from employee records (see {@link WorkforceSummarySchema}).
 *
 * @remarks
 * Every count is a {@link Count}: exact, or bounds with the published phrase. A breakdown need
 * not cover everyone.
 *
 * @example
 * ```ts
 * const summary: WorkforceSummary = WorkforceSummarySchema.parse({ companyId: 'azergold', asOf: '2025-11-14', headcount: 2554, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface WorkforceSummary {
  /** The company the workforce belongs to. */
  readonly companyId: CompanyId;
  /** The site, when the summary covers one site only. */
  readonly siteId?: SiteId | undefined;
  /** The day the figures refer to. */
  readonly asOf: CalendarDate;
  /** Everyone counted. */
  readonly headcount: Count;
  /** Who the headcount covers: employees only, or contractors' workers too. */
  readonly scope?: WorkforceScope | undefined;
  /** People who are local under `localityPolicy`. */
  readonly local?: Count | undefined;
  /** People who are not local under `localityPolicy`. */
  readonly nonLocal?: Count | undefined;
  /** People whose locality could not be decided (unknown origin, missing data). */
  readonly localityUnknown?: Count | undefined;
  /** People from outside the capital ("from the regions"). */
  readonly fromRegions?: Count | undefined;
  /** People from the capital. */
  readonly fromCapital?: Count | undefined;
  /** People whose origin is unknown. */
  readonly originUnknown?: Count | undefined;
  /** People from villages marked remote. */
  readonly fromRemoteVillages?: Count | undefined;
  /** People by origin location (district or first-level city). */
  readonly byOrigin?: Readonly<Record<LocationId, Count>> | undefined;
  /** People by economic region of origin. */
  readonly byEconomicRegion?: Readonly<Record<LocationId, Count>> | undefined;
  /** People by gender. */
  readonly byGender?: Readonly<Partial<Record<Gender, Count>>> | undefined;
  /** People by employee category. */
  readonly byCategory?: Readonly<Partial<Record<EmployeeCategory, Count>>> | undefined;
  /** People by engagement: employees and contractors' workers. */
  readonly byEngagement?: Readonly<Partial<Record<Engagement, Count>>> | undefined;
  /** People by age band; `unknown` for records without a birth year. */
  readonly byAgeBand?: Readonly<Partial<Record<AgeBand | 'unknown', Count>>> | undefined;
  /** The definition of "local" behind `local`, `nonLocal` and `localityUnknown`. */
  readonly localityPolicy?: LocalityPolicy | undefined;
  /** The publisher's own words for what "local" or "the regions" means, when stated. */
  readonly localityDefinition?: string | undefined;
  /** Anything a reader should know about the figures. */
  readonly note?: string | undefined;
  /** The sources of the figures. */
  readonly sourceIds: readonly SourceId[];
}
