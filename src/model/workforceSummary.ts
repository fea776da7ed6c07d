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
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import {
  type EmployeeCategory,
  EmployeeCategorySchema,
  type Engagement,
  EngagementSchema,
  type Gender,
  GenderSchema,
  type Nationality,
  NationalitySchema,
} from './employee.js';
import { idKeyedRecord } from './idKeyedRecord.js';
import { type LocalityPolicy, LocalityPolicySchema } from './localityPolicy.js';
import { type PublishedShare, PublishedShareSchema } from './publishedShare.js';

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
  z.enum(['employees', 'employeesAndContractors', 'contractors', 'unknown']),
);

/**
 * Who a published headcount covers: `'employees'` only, `'employeesAndContractors'`,
 * `'contractors'` only (contractors' workers, e.g. "400 to 1,700 contracted workers"), or
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
export type WorkforceScope = 'employees' | 'employeesAndContractors' | 'contractors' | 'unknown';

/**
 * The shares of a workforce summary's headcount as the source publishes them, each a
 * {@link PublishedShare} with its words.
 *
 * @remarks
 * Every share is of the summary's `headcount` (which may itself be a bound: "97 % of over 2,500
 * employees"), and each key matches a count of the summary: `local` the count `local`,
 * `hostCountryNationals` the count `byNationality.hostCountry`, `contractors` the count
 * `byEngagement.contractor`, and so on. A share may stand alone or next to its count; when both
 * are given they must agree within the share's rounding (`workforce.share_inconsistent`).
 *
 * @example
 * ```ts
 * WorkforceSharesSchema.parse({ hostCountryNationals: { value: 0.97, phrase: '97 %' } }).hostCountryNationals?.value;
 * //=> 0.97
 * ```
 *
 * @category Model
 */
export const WorkforceSharesSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The share that is local (the count `local`). */
      local: () => PublishedShareSchema.optional(),
      /** The share that is not local (the count `nonLocal`). */
      nonLocal: () => PublishedShareSchema.optional(),
      /** The share whose locality is unknown (the count `localityUnknown`). */
      localityUnknown: () => PublishedShareSchema.optional(),
      /** The share from outside the capital (the count `fromRegions`). */
      fromRegions: () => PublishedShareSchema.optional(),
      /** The share from the capital (the count `fromCapital`). */
      fromCapital: () => PublishedShareSchema.optional(),
      /** The share of unknown origin (the count `originUnknown`). */
      originUnknown: () => PublishedShareSchema.optional(),
      /** The share from remote villages (the count `fromRemoteVillages`). */
      fromRemoteVillages: () => PublishedShareSchema.optional(),
      /** The share of host-country nationals (the count `byNationality.hostCountry`). */
      hostCountryNationals: () => PublishedShareSchema.optional(),
      /** The share of expatriates (the count `byNationality.expatriate`). */
      expatriates: () => PublishedShareSchema.optional(),
      /** The share whose nationality is not stated (the count `byNationality.notStated`). */
      nationalityNotStated: () => PublishedShareSchema.optional(),
      /** The share of contractors' workers (the count `byEngagement.contractor`). */
      contractors: () => PublishedShareSchema.optional(),
    }),
  ),
);

/**
 * The shares of a workforce summary's headcount as the source publishes them (see
 * `WorkforceSharesSchema`).
 *
 * @example
 * ```ts
 * const shares: WorkforceShares = { local: { value: 0.8, phrase: '80 % of 400 to 1,700 contracted workers' } };
 * ```
 *
 * @category Model
 */
export interface WorkforceShares {
  /** The share that is local (the count `local`). */
  readonly local?: PublishedShare | undefined;
  /** The share that is not local (the count `nonLocal`). */
  readonly nonLocal?: PublishedShare | undefined;
  /** The share whose locality is unknown (the count `localityUnknown`). */
  readonly localityUnknown?: PublishedShare | undefined;
  /** The share from outside the capital (the count `fromRegions`). */
  readonly fromRegions?: PublishedShare | undefined;
  /** The share from the capital (the count `fromCapital`). */
  readonly fromCapital?: PublishedShare | undefined;
  /** The share of unknown origin (the count `originUnknown`). */
  readonly originUnknown?: PublishedShare | undefined;
  /** The share from remote villages (the count `fromRemoteVillages`). */
  readonly fromRemoteVillages?: PublishedShare | undefined;
  /** The share of host-country nationals (the count `byNationality.hostCountry`). */
  readonly hostCountryNationals?: PublishedShare | undefined;
  /** The share of expatriates (the count `byNationality.expatriate`). */
  readonly expatriates?: PublishedShare | undefined;
  /** The share whose nationality is not stated (the count `byNationality.notStated`). */
  readonly nationalityNotStated?: PublishedShare | undefined;
  /** The share of contractors' workers (the count `byEngagement.contractor`). */
  readonly contractors?: PublishedShare | undefined;
}

/**
 * A workforce at a date, as aggregates: what companies publish, or what the library computes
 * from employee records.
 *
 * @remarks
 * Every count is a {@link Count}: exact, or bounds with the published phrase. "Over 80 % of
 * 2,554 from the regions" is `headcount: 2554, fromRegions: { min: 2044, phrase: 'over 80
 * percent of 2,554' }`. Breakdowns map a key to a count; a breakdown need not cover everyone
 * (validation warns when exact parts do not add up to the headcount, and reports an error when
 * they exceed it). Nationality (`byNationality`) is counted apart from origin. A share published
 * without its count ("97 % of over 2,500 employees are nationals") goes in `shares`, with the
 * rounding it implies, and is never turned into a count.
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
  z.strictObject(
    lazyShape({
      /** The company the workforce belongs to. */
      companyId: CompanyIdSchema,
      /** The site, when the summary covers one site only. */
      siteId: () => SiteIdSchema.optional(),
      /** The day the figures refer to. */
      asOf: CalendarDateSchema,
      /** Everyone counted. */
      headcount: CountSchema,
      /** Who the headcount covers: employees only, or contractors' workers too. */
      scope: () => WorkforceScopeSchema.optional(),
      /**
       * Whether the source states the scope (`stated`, the default) or the dataset infers it
       * (`inferred`, e.g. from another version of the text: say how in `note`).
       */
      scopeBasis: () => z.enum(['stated', 'inferred']).optional(),
      /** People who are local under `localityPolicy`. */
      local: () => CountSchema.optional(),
      /** People who are not local under `localityPolicy`. */
      nonLocal: () => CountSchema.optional(),
      /** People whose locality could not be decided (unknown origin, missing data). */
      localityUnknown: () => CountSchema.optional(),
      /** People from outside the capital ("from the regions"). */
      fromRegions: () => CountSchema.optional(),
      /** People from the capital. */
      fromCapital: () => CountSchema.optional(),
      /** People whose origin is unknown. */
      originUnknown: () => CountSchema.optional(),
      /** People from villages marked remote. */
      fromRemoteVillages: () => CountSchema.optional(),
      /** People by origin location (district or first-level city). */
      byOrigin: () => idKeyedRecord(LocationIdSchema, CountSchema).optional(),
      /** People by economic region of origin. */
      byEconomicRegion: () => idKeyedRecord(LocationIdSchema, CountSchema).optional(),
      /** People by gender. */
      byGender: () => z.partialRecord(GenderSchema, CountSchema).optional(),
      /** People by employee category. */
      byCategory: () => z.partialRecord(EmployeeCategorySchema, CountSchema).optional(),
      /** People by engagement: employees and contractors' workers. */
      byEngagement: () => z.partialRecord(EngagementSchema, CountSchema).optional(),
      /** People by age band; `unknown` for records without a birth year. */
      byAgeBand: () =>
        z.partialRecord(z.enum([...AgeBandSchema.options, 'unknown']), CountSchema).optional(),
      /** People by nationality: host-country nationals, expatriates, not stated. */
      byNationality: () => z.partialRecord(NationalitySchema, CountSchema).optional(),
      /** Shares of the headcount as published ("97 % of over 2,500 employees are nationals"). */
      shares: () => WorkforceSharesSchema.optional(),
      /** The definition of "local" behind `local`, `nonLocal` and `localityUnknown`. */
      localityPolicy: () => LocalityPolicySchema.optional(),
      /** The publisher's own words for what "local" or "the regions" means, when stated. */
      localityDefinition: () => z.string().min(1).max(2000).optional(),
      /** Anything a reader should know about the figures. */
      note: () => z.string().min(1).max(5000).optional(),
      /** The sources of the figures. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
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
  /** Whether the source states the scope (`stated`, the default) or the dataset infers it. */
  readonly scopeBasis?: 'stated' | 'inferred' | undefined;
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
  /** People by nationality: host-country nationals, expatriates, not stated. */
  readonly byNationality?: Readonly<Partial<Record<Nationality, Count>>> | undefined;
  /** Shares of the headcount as published ("97 % of over 2,500 employees are nationals"). */
  readonly shares?: WorkforceShares | undefined;
  /** The definition of "local" behind `local`, `nonLocal` and `localityUnknown`. */
  readonly localityPolicy?: LocalityPolicy | undefined;
  /** The publisher's own words for what "local" or "the regions" means, when stated. */
  readonly localityDefinition?: string | undefined;
  /** Anything a reader should know about the figures. */
  readonly note?: string | undefined;
  /** The sources of the figures. */
  readonly sourceIds: readonly SourceId[];
}
