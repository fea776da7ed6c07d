import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import { type Count, CountSchema } from '../core/count.js';
import {
  type LocationId,
  LocationIdSchema,
  type ProgramId,
  ProgramIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { type Money, MoneySchema } from '../core/money.js';
import { type Period, PeriodSchema } from '../core/period.js';
import { pure } from '../core/pure.js';
import { type LocalizedName, LocalizedNameSchema } from './localizedName.js';
import { type PartyId, PartyIdSchema } from './partyId.js';
import { type ReportedAmount, ReportedAmountSchema } from './reportedAmount.js';

/**
 * The category of a social program.
 *
 * @remarks
 * The seven categories of the reference company's CSR work (sports and health, environmental
 * protection, agricultural development, education, public awareness, entrepreneurship support,
 * historical and cultural heritage), plus community infrastructure (GRI 203-1) and `other`.
 *
 * @example
 * ```ts
 * ProgramCategorySchema.parse('culturalHeritage');
 * //=> 'culturalHeritage'
 * ```
 *
 * @category Model
 */
export const ProgramCategorySchema = pure(() =>
  z.enum([
    'sportsAndHealth',
    'environment',
    'agriculture',
    'education',
    'publicAwareness',
    'entrepreneurship',
    'culturalHeritage',
    'infrastructure',
    'other',
  ]),
);

/**
 * The category of a social program.
 *
 * @remarks
 * The seven categories of the reference company's CSR work (`'sportsAndHealth'`,
 * `'environment'`, `'agriculture'`, `'education'`, `'publicAwareness'`, `'entrepreneurship'`,
 * `'culturalHeritage'`), plus community `'infrastructure'` (GRI 203-1) and `'other'`. The schema
 * is `SocialProgramSchema.shape.category`.
 *
 * @example
 * ```ts
 * const category: ProgramCategory = 'education';
 * ```
 *
 * @category Model
 */
export type ProgramCategory =
  | 'sportsAndHealth'
  | 'environment'
  | 'agriculture'
  | 'education'
  | 'publicAwareness'
  | 'entrepreneurship'
  | 'culturalHeritage'
  | 'infrastructure'
  | 'other';

/**
 * The status of a program (IATI ActivityStatus).
 *
 * @example
 * ```ts
 * ProgramStatusSchema.parse('implementation');
 * //=> 'implementation'
 * ```
 *
 * @category Model
 */
export const ProgramStatusSchema = pure(() =>
  z.enum(['pipeline', 'implementation', 'finalisation', 'closed', 'cancelled', 'suspended']),
);

/**
 * The status of a program (IATI ActivityStatus): `'pipeline'`, `'implementation'`,
 * `'finalisation'`, `'closed'`, `'cancelled'` or `'suspended'`.
 *
 * @remarks
 * The schema is `SocialProgramSchema.shape.status`.
 *
 * @example
 * ```ts
 * const status: ProgramStatus = 'closed';
 * ```
 *
 * @category Model
 */
export type ProgramStatus =
  | 'pipeline'
  | 'implementation'
  | 'finalisation'
  | 'closed'
  | 'cancelled'
  | 'suspended';

/**
 * A money flow of a program (IATI transaction types): a `commitment` promised, a
 * `disbursement` paid out to an implementer, an `expenditure` spent on goods and services.
 *
 * @remarks
 * GRI 201-1 community investment counts actual spending in the period (disbursements and
 * expenditures), not commitments. For in-kind contributions the value is the deemed value.
 * `equivalents` are the publisher's own figures of the same flow in other currencies ("KGS
 * 1,000,000 (USD 23,000)"): a conversion to one of them uses it rather than a rate.
 *
 * @example
 * ```ts
 * SpendSchema.parse({ date: '2024-06-01', value: { amountMinor: 500000, currency: 'AZN' }, kind: 'expenditure' }).kind;
 * //=> 'expenditure'
 * ```
 *
 * @category Model
 */
export const SpendSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The day of the flow. */
      date: CalendarDateSchema,
      /** The amount; for in-kind contributions, the deemed value. */
      value: MoneySchema,
      /** Commitment, disbursement or expenditure. */
      kind: () => z.enum(['commitment', 'disbursement', 'expenditure']),
      /** Cash or in kind, when it differs from the program's form. */
      form: () => z.enum(['cash', 'inKind']).optional(),
      /** The party receiving the money or goods (EITI 6.1 beneficiary). */
      recipientId: () => PartyIdSchema.optional(),
      /** What the flow paid for. */
      description: () => z.string().min(1).max(2000).optional(),
      /** The publisher's own amounts in other currencies, used before any exchange-rate table. */
      equivalents: () => z.array(MoneySchema).optional(),
      /** The sources of the figure. */
      sourceIds: () => z.array(SourceIdSchema).optional(),
    }),
  ),
);

/**
 * A money flow of a program (IATI transaction types): a `commitment` promised, a
 * `disbursement` paid out to an implementer, an `expenditure` spent on goods and services.
 *
 * @remarks
 * GRI 201-1 community investment counts actual spending in the period (disbursements and
 * expenditures), not commitments. For in-kind contributions the value is the deemed value. The
 * schema is `SocialProgramSchema.shape.spend.element`.
 *
 * @example
 * ```ts
 * const spend: Spend = { date: '2024-06-01', value: { amountMinor: 500000, currency: 'AZN' }, kind: 'expenditure' };
 * ```
 *
 * @category Model
 */
export interface Spend {
  /** The day of the flow. */
  readonly date: CalendarDate;
  /** The amount; for in-kind contributions, the deemed value. */
  readonly value: Money;
  /** Commitment, disbursement or expenditure. */
  readonly kind: 'commitment' | 'disbursement' | 'expenditure';
  /** Cash or in kind, when it differs from the program's form. */
  readonly form?: 'cash' | 'inKind' | undefined;
  /** The party receiving the money or goods (EITI 6.1 beneficiary). */
  readonly recipientId?: PartyId | undefined;
  /** What the flow paid for. */
  readonly description?: string | undefined;
  /** The publisher's own amounts in other currencies, used before any exchange-rate table. */
  readonly equivalents?: readonly Money[] | undefined;
  /** The sources of the figure. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}

/**
 * The people, households, organizations or communities a program reaches.
 *
 * @remarks
 * IRIS+ convention: count people; use `household` only when the source counts households,
 * `organization` for schools, clinics or firms supported, and `community` when the source counts
 * whole villages or communities ("12 communities along the road"). Pupils, patients or farmers
 * are persons: counted as `person`, they add up with the other persons reached (IRIS+ PI4060),
 * which a unit of their own would prevent; say who they are in the program's description.
 * `ids`, when given, are pseudonymous beneficiary ids that let the library count unique
 * beneficiaries across programs. "Hundreds of community members" is
 * `{ count: { min: 200, max: 999, phrase: 'hundreds of community members' }, unit: 'person', estimated: true }`.
 * When a source gives one count for several programs together ("hundreds of community members
 * benefit from the projects of the seven areas"), each of those programs carries that count
 * with `jointWith` listing the others: the indicators count it once for the group, never once
 * per program, and validation checks that the group agrees (`program.joint_beneficiaries`).
 *
 * @example
 * ```ts
 * BeneficiariesSchema.parse({ count: 120, unit: 'person', estimated: false }).count;
 * //=> 120
 * ```
 *
 * @category Model
 */
export const BeneficiariesSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** How many, exact or as bounds. */
      count: CountSchema,
      /** What is counted. */
      unit: () => z.enum(['person', 'household', 'organization', 'community']),
      /** Pseudonymous ids of the beneficiaries, for de-duplication across programs. */
      ids: () => z.array(z.string().min(1).max(128)).optional(),
      /** Whether the count is an estimate. */
      estimated: () => z.boolean(),
      /**
       * The other programs this count covers together with this one, when the source gives one
       * count for several programs ("hundreds of people benefit from the projects of the seven
       * areas"): each program of the group carries the same count and lists the others.
       */
      jointWith: () => z.array(ProgramIdSchema).min(1).optional(),
    }),
  ),
);

/**
 * The people, households, organizations or communities a program reaches.
 *
 * @remarks
 * IRIS+ convention: count people (pupils and patients are persons); use `household`,
 * `organization` or `community` only when the source counts those. "Hundreds of community members" is
 * `{ count: { min: 200, max: 999, phrase: 'hundreds of community members' }, unit: 'person', estimated: true }`.
 * The schema is `SocialProgramSchema.shape.beneficiaries.unwrap()`.
 *
 * @example
 * ```ts
 * const beneficiaries: Beneficiaries = { count: 120, unit: 'person', estimated: false };
 * ```
 *
 * @category Model
 */
export interface Beneficiaries {
  /** How many, exact or as bounds. */
  readonly count: Count;
  /** What is counted. */
  readonly unit: 'person' | 'household' | 'organization' | 'community';
  /** Pseudonymous ids of the beneficiaries, for de-duplication across programs. */
  readonly ids?: readonly string[] | undefined;
  /** Whether the count is an estimate. */
  readonly estimated: boolean;
  /**
   * The other programs this count covers together with this one (one count published for
   * several programs); each program of the group carries the same count and lists the others.
   */
  readonly jointWith?: readonly ProgramId[] | undefined;
}

/**
 * A result a program aims at, with its indicator values (IATI result/indicator).
 *
 * @remarks
 * `unit` and `percentage` measures carry numbers; a `qualitative` result carries a description
 * and no numbers (validation reports numbers on a qualitative result).
 *
 * @example
 * ```ts
 * ProgramResultSchema.parse({ title: 'Pupils in the new school building', measure: 'unit', baseline: 0, target: 300, actual: 240, period: { start: '2023-09-01', end: '2024-06-30' } }).actual;
 * //=> 240
 * ```
 *
 * @category Model
 */
export const ProgramResultSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** What is measured. */
      title: () => z.string().min(1).max(1000),
      /** How it is measured. */
      measure: () => z.enum(['unit', 'percentage', 'qualitative']),
      /** The value before the program. */
      baseline: () => z.number().optional(),
      /** The value aimed at. */
      target: () => z.number().optional(),
      /** The value reached. */
      actual: () => z.number().optional(),
      /** For qualitative results: what was achieved, in words. */
      description: () => z.string().min(1).max(5000).optional(),
      /** The period the values refer to. */
      period: PeriodSchema,
      /** The sources of the values. */
      sourceIds: () => z.array(SourceIdSchema).optional(),
    }),
  ),
);

/**
 * A result a program aims at, with its indicator values (IATI result/indicator).
 *
 * @remarks
 * `unit` and `percentage` measures carry numbers; a `qualitative` result carries a description
 * and no numbers. The schema is `SocialProgramSchema.shape.results.unwrap().element`.
 *
 * @example
 * ```ts
 * const result: ProgramResult = { title: 'Trees planted', measure: 'unit', target: 1000, actual: 1200, period: { start: '2024-01-01', end: '2024-12-31' } };
 * ```
 *
 * @category Model
 */
export interface ProgramResult {
  /** What is measured. */
  readonly title: string;
  /** How it is measured. */
  readonly measure: 'unit' | 'percentage' | 'qualitative';
  /** The value before the program. */
  readonly baseline?: number | undefined;
  /** The value aimed at. */
  readonly target?: number | undefined;
  /** The value reached. */
  readonly actual?: number | undefined;
  /** For qualitative results: what was achieved, in words. */
  readonly description?: string | undefined;
  /** The period the values refer to. */
  readonly period: Period;
  /** The sources of the values. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}

/**
 * A social program of the company: CSR projects, donations, community infrastructure.
 *
 * @remarks
 * Modelled on IATI activities and 360Giving grants: participants with roles, locations with
 * percentages that sum to 100 (so spend can be split exactly between them), money flows by kind,
 * amounts reported for a period ({@link ReportedAmountSchema}: "USD 781,000 in 2009"),
 * beneficiaries and results. `regrant` marks money passed on to another grant-maker (reported
 * apart, not counted twice). `obligation` is EITI 6.1's mandatory / voluntary, and `obligation`
 * and `form` are `notStated` when no source says. `category` is the primary category;
 * `categories` lists further ones.
 *
 * @example
 * ```ts
 * SocialProgramSchema.parse({
 *   id: 'csr-sports-dashkasan',
 *   title: 'Sports grounds in Daşkəsən',
 *   category: 'sportsAndHealth',
 *   sdgs: [3],
 *   status: 'closed',
 *   period: { start: '2023-01-01', end: '2023-12-31' },
 *   locations: [{ locationId: 'AZ-DAS' }],
 *   participants: [{ organizationId: 'azergold', role: 'funding' }],
 *   obligation: 'voluntary',
 *   form: 'inKind',
 *   spend: [],
 *   sourceIds: ['src-azergold-2023-07-10'],
 * }).category;
 * //=> 'sportsAndHealth'
 * ```
 *
 * @category Model
 */
export const SocialProgramSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: ProgramIdSchema,
      /** The title. */
      title: () => z.string().min(1).max(1000),
      /** The title in other languages. */
      names: () => z.array(LocalizedNameSchema).optional(),
      /** What the program does. */
      description: () => z.string().min(1).max(10000).optional(),
      /** The primary category: the one investment by category counts the program under. */
      category: ProgramCategorySchema,
      /** Further categories the program also belongs to, besides the primary one. */
      categories: () => z.array(ProgramCategorySchema).optional(),
      /** The UN Sustainable Development Goals it contributes to (1 to 17). */
      sdgs: () => z.array(z.int().min(1).max(17)),
      /** Where the program is in its life. */
      status: ProgramStatusSchema,
      /** When the program runs; open-ended while it continues. */
      period: PeriodSchema,
      /** Where it takes place; percentages, when given, sum to 100 within their rounding. */
      locations: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The location (a district, settlement or region). */
              locationId: LocationIdSchema,
              /** The share of the program at this location, in percent, with at most 2 decimals. */
              percentage: () => z.number().min(0).max(100).optional(),
            }),
          ),
        ),
      /** Who funds, implements and is accountable for it. */
      participants: () =>
        z.array(
          z.strictObject(
            lazyShape({
              /** The company or organization. */
              organizationId: PartyIdSchema,
              /** Its role (IATI organisation roles). */
              role: () => z.enum(['funding', 'implementing', 'accountable']),
            }),
          ),
        ),
      /**
       * Whether the company had to do it (law, contract) or chose to (EITI 6.1); `notStated` when
       * the sources do not say.
       */
      obligation: () => z.enum(['voluntary', 'mandatory', 'notStated']),
      /** Cash, in kind, or both; `notStated` when the sources do not say. */
      form: () => z.enum(['cash', 'inKind', 'mixed', 'notStated']),
      /** Money flows: commitments, disbursements and expenditures. */
      spend: () => z.array(SpendSchema),
      /** Amounts reported for a period rather than a day: spent, budgeted, committed, cumulative. */
      reportedAmounts: () => z.array(ReportedAmountSchema).optional(),
      /** The budget, when published. */
      budget: () => MoneySchema.optional(),
      /** Whether the money is passed on to another grant-maker. */
      regrant: () => z.boolean().optional(),
      /** Whether the program serves the community or primarily the company's own operations. */
      primaryPurpose: () => z.enum(['community', 'business']).optional(),
      /** Who it reaches. */
      beneficiaries: () => BeneficiariesSchema.optional(),
      /** What it aims at and achieved. */
      results: () => z.array(ProgramResultSchema).optional(),
      /** Anything a reader should know: what is assumed, what no source states. */
      note: () => z.string().min(1).max(5000).optional(),
      /** The sources of the program's data. */
      sourceIds: () => z.array(SourceIdSchema),
    }),
  ),
);

/**
 * A social program of the company: CSR projects, donations, community infrastructure (see
 * {@link SocialProgramSchema}).
 *
 * @remarks
 * Location percentages, when given, sum to 100 within their rounding (so spend can be split
 * exactly between them). Money is recorded as dated flows (`spend`) or as amounts reported for a
 * period (`reportedAmounts`). `regrant` marks money passed on to another grant-maker (reported
 * apart, not counted twice). `obligation` is EITI 6.1's mandatory / voluntary, or `notStated`;
 * `form` may be `notStated` too. `category` is the primary category, `categories` further ones.
 *
 * @example
 * ```ts
 * declare const program: SocialProgram;
 * program.category;
 * ```
 *
 * @category Model
 */
export interface SocialProgram {
  /** The id other records cite. */
  readonly id: ProgramId;
  /** The title. */
  readonly title: string;
  /** The title in other languages. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** What the program does. */
  readonly description?: string | undefined;
  /** The primary category: the one investment by category counts the program under. */
  readonly category: ProgramCategory;
  /** Further categories the program also belongs to, besides the primary one. */
  readonly categories?: readonly ProgramCategory[] | undefined;
  /** The UN Sustainable Development Goals it contributes to (1 to 17). */
  readonly sdgs: readonly number[];
  /** Where the program is in its life. */
  readonly status: ProgramStatus;
  /** When the program runs; open-ended while it continues. */
  readonly period: Period;
  /** Where it takes place; percentages, when given, sum to 100 within their rounding. */
  readonly locations: readonly {
    /** The location (a district, settlement or region). */
    readonly locationId: LocationId;
    /** The share of the program at this location, in percent, with at most 2 decimals. */
    readonly percentage?: number | undefined;
  }[];
  /** Who funds, implements and is accountable for it. */
  readonly participants: readonly {
    /** The company or organization. */
    readonly organizationId: PartyId;
    /** Its role (IATI organisation roles). */
    readonly role: 'funding' | 'implementing' | 'accountable';
  }[];
  /**
   * Whether the company had to do it (law, contract) or chose to (EITI 6.1); `notStated` when
   * the sources do not say.
   */
  readonly obligation: 'voluntary' | 'mandatory' | 'notStated';
  /** Cash, in kind, or both; `notStated` when the sources do not say. */
  readonly form: 'cash' | 'inKind' | 'mixed' | 'notStated';
  /** Money flows: commitments, disbursements and expenditures. */
  readonly spend: readonly Spend[];
  /** Amounts reported for a period rather than a day: spent, budgeted, committed, cumulative. */
  readonly reportedAmounts?: readonly ReportedAmount[] | undefined;
  /** The budget, when published. */
  readonly budget?: Money | undefined;
  /** Whether the money is passed on to another grant-maker. */
  readonly regrant?: boolean | undefined;
  /** Whether the program serves the community or primarily the company's own operations. */
  readonly primaryPurpose?: 'community' | 'business' | undefined;
  /** Who it reaches. */
  readonly beneficiaries?: Beneficiaries | undefined;
  /** What it aims at and achieved. */
  readonly results?: readonly ProgramResult[] | undefined;
  /** Anything a reader should know: what is assumed, what no source states. */
  readonly note?: string | undefined;
  /** The sources of the program's data. */
  readonly sourceIds: readonly SourceId[];
}
