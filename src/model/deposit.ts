import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendarDate.js';
import { DepositIdSchema, LocationIdSchema, SourceIdSchema } from '../core/ids.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { pure } from '../core/pure.js';
import { QuantitySchema } from '../core/quantity.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';
import { CommoditySchema } from './company.js';
import { LocalizedNameSchema } from './localizedName.js';
import { PartyIdSchema } from './partyId.js';

/**
 * The stage of a deposit in the mine lifecycle.
 *
 * @remarks
 * `planned` → `exploration` → `development` → `construction` → `production`, with
 * `careAndMaintenance` (production suspended, the site kept ready), then `closure` and
 * `postClosure` (monitoring and aftercare). Which transitions are allowed is data too (see the
 * lifecycle table of the deposits indicators).
 *
 * @example
 * ```ts
 * MineStageSchema.parse('production');
 * //=> 'production'
 * ```
 *
 * @category Model
 */
export const MineStageSchema = pure(() =>
  z.enum([
    'planned',
    'exploration',
    'development',
    'construction',
    'production',
    'careAndMaintenance',
    'closure',
    'postClosure',
  ]),
);

/**
 * A lifecycle stage (see {@link MineStageSchema}).
 *
 * @example
 * ```ts
 * const stage: MineStage = 'exploration';
 * ```
 *
 * @category Model
 */
export type MineStage = z.infer<typeof MineStageSchema>;

/**
 * The code a resource or reserve estimate was reported under.
 *
 * @remarks
 * JORC (Australasia), NI 43-101 (Canada), CRIRSCO's international template, SAMREC (South
 * Africa), PERC (Europe), GKZ (the Soviet/CIS State Commission on Reserves classification, used
 * for historic estimates in Azerbaijan), or another code. Estimates under different codes are
 * never added together silently.
 *
 * @example
 * ```ts
 * ReportingCodeSchema.parse('JORC');
 * //=> 'JORC'
 * ```
 *
 * @category Model
 */
export const ReportingCodeSchema = pure(() =>
  z.enum(['JORC', 'NI43-101', 'CRIRSCO', 'SAMREC', 'PERC', 'GKZ', 'other']),
);

/**
 * A reporting code (see {@link ReportingCodeSchema}).
 *
 * @example
 * ```ts
 * const code: ReportingCode = 'NI43-101';
 * ```
 *
 * @category Model
 */
export type ReportingCode = z.infer<typeof ReportingCodeSchema>;

/**
 * The CRIRSCO category of an estimate: a resource (`measured`, `indicated`, `inferred`) or a
 * reserve (`proved`, `probable`).
 *
 * @remarks
 * Inferred resources are never converted to reserves; a reserve category requires measured or
 * indicated resources behind it.
 *
 * @example
 * ```ts
 * EstimateCategorySchema.parse('indicated');
 * //=> 'indicated'
 * ```
 *
 * @category Model
 */
export const EstimateCategorySchema = pure(() =>
  z.enum(['measured', 'indicated', 'inferred', 'proved', 'probable']),
);

/**
 * A CRIRSCO category (see {@link EstimateCategorySchema}).
 *
 * @example
 * ```ts
 * const category: EstimateCategory = 'probable';
 * ```
 *
 * @category Model
 */
export type EstimateCategory = z.infer<typeof EstimateCategorySchema>;

/**
 * A grade: grams per tonne (precious metals) or percent (base metals).
 *
 * @remarks
 * A grade in percent is at most 100 (issue code `grade.percent_above_100`; in the JSON Schema an
 * `anyOf`: the unit is not `%`, or the value is at most 100).
 *
 * @example
 * ```ts
 * GradeSchema.parse({ value: 2.1, unit: 'g/t' });
 * //=> { value: 2.1, unit: 'g/t' }
 * ```
 *
 * @category Model
 */
export const GradeSchema = pure(() =>
  z
    .strictObject({
      /** The grade, >= 0; at most 100 when in percent. */
      value: z.number().nonnegative(),
      /** `'g/t'` or `'%'`. */
      unit: z.enum(['g/t', '%']),
    })
    .refine((grade) => grade.unit !== '%' || grade.value <= 100, {
      message: 'A grade in percent is at most 100.',
      path: ['value'],
      params: { code: 'grade.percent_above_100' },
    })
    .meta({
      anyOf: [
        { type: 'object', properties: { unit: { type: 'string', not: { const: '%' } } } },
        { type: 'object', properties: { value: { type: 'number', maximum: 100 } } },
      ],
    }),
);

/**
 * A grade (see {@link GradeSchema}).
 *
 * @example
 * ```ts
 * const grade: Grade = { value: 0.45, unit: '%' };
 * ```
 *
 * @category Model
 */
export type Grade = z.infer<typeof GradeSchema>;

/**
 * One line of a resource or reserve statement: a category, an ore tonnage and a grade.
 *
 * @example
 * ```ts
 * ResourceEstimateSchema.parse({
 *   reportingCode: 'JORC',
 *   effectiveDate: '2024-12-31',
 *   category: 'indicated',
 *   commodity: 'gold',
 *   ore: { value: 1000000, unit: 't' },
 *   grade: { value: 2, unit: 'g/t' },
 *   sourceId: 'src-1',
 * }).category;
 * //=> 'indicated'
 * ```
 *
 * @category Model
 */
export const ResourceEstimateSchema = pure(() =>
  z.strictObject({
    /** The code the estimate was reported under. */
    reportingCode: ReportingCodeSchema,
    /** The day the estimate is effective. */
    effectiveDate: CalendarDateSchema,
    /** The resource or reserve category. */
    category: EstimateCategorySchema,
    /** The commodity the grade is for. */
    commodity: CommoditySchema,
    /** The ore tonnage (a mass; usually in tonnes). */
    ore: QuantitySchema,
    /** The grade of the commodity in the ore. */
    grade: GradeSchema,
    /** The Competent or Qualified Person who signed the estimate. */
    competentPerson: z.string().min(1).max(500).optional(),
    /** The source of the estimate. */
    sourceId: SourceIdSchema,
  }),
);

/**
 * A resource or reserve estimate (see {@link ResourceEstimateSchema}).
 *
 * @example
 * ```ts
 * const estimate: ResourceEstimate = ResourceEstimateSchema.parse({ reportingCode: 'GKZ', effectiveDate: '1990-01-01', category: 'inferred', commodity: 'gold', ore: { value: 1, unit: 't' }, grade: { value: 1, unit: 'g/t' }, sourceId: 's' });
 * ```
 *
 * @category Model
 */
export type ResourceEstimate = z.infer<typeof ResourceEstimateSchema>;

/**
 * A mineral licence or agreement under which a deposit is worked.
 *
 * @remarks
 * `grantedOn <= expiresOn` is enforced (issue code `period.end_before_start`).
 *
 * @example
 * ```ts
 * LicenceSchema.parse({ reference: 'PSA 1997', holderId: 'aimc' }).reference;
 * //=> 'PSA 1997'
 * ```
 *
 * @category Model
 */
export const LicenceSchema = pure(() =>
  z
    .strictObject({
      /** The licence number or agreement reference. */
      reference: z.string().min(1).max(500).optional(),
      /** The holder of the licence. */
      holderId: PartyIdSchema.optional(),
      /** The day it was granted. */
      grantedOn: CalendarDateSchema.optional(),
      /** The day it expires. */
      expiresOn: CalendarDateSchema.optional(),
      /** The sources behind it. */
      sourceIds: z.array(SourceIdSchema).optional(),
    })
    .refine(
      (l) => l.grantedOn === undefined || l.expiresOn === undefined || l.grantedOn <= l.expiresOn,
      {
        message: 'The licence expires before it is granted.',
        path: ['expiresOn'],
        params: { code: 'period.end_before_start' },
        when: whenFieldsValid('grantedOn', 'expiresOn'),
      },
    )
    .meta({ [ORDERED_KEYWORD]: ['grantedOn', 'expiresOn'] }),
);

/**
 * A licence or agreement (see {@link LicenceSchema}).
 *
 * @example
 * ```ts
 * const licence: Licence = { reference: 'PSA 1997' };
 * ```
 *
 * @category Model
 */
export type Licence = z.infer<typeof LicenceSchema>;

/**
 * A mineral deposit: where it is, what it holds, who operates it and where it is in the lifecycle.
 *
 * @example
 * ```ts
 * DepositSchema.parse({ id: 'dep-chovdar', name: 'Çovdar', locationId: 'AZ-DAS', commodities: ['gold'], stage: 'production' }).stage;
 * //=> 'production'
 * ```
 *
 * @category Model
 */
export const DepositSchema = pure(() =>
  z.strictObject({
    /** The id other records cite. */
    id: DepositIdSchema,
    /** The name of the deposit. */
    name: z.string().min(1).max(500),
    /** Other names and spellings. */
    names: z.array(LocalizedNameSchema).optional(),
    /** Where the deposit is (a district, or a settlement within one). */
    locationId: LocationIdSchema,
    /** The commodities it holds. */
    commodities: z.array(CommoditySchema).min(1),
    /** The current stage. */
    stage: MineStageSchema,
    /** Earlier and current stages with the day each began, oldest first. */
    stageHistory: z
      .array(
        z.strictObject({
          /** The stage entered. */
          stage: MineStageSchema,
          /** The day the stage began. */
          from: CalendarDateSchema,
          /** The sources behind the change. */
          sourceIds: z.array(SourceIdSchema).optional(),
        }),
      )
      .optional(),
    /** The company or organization operating the deposit, when known. */
    operatorId: PartyIdSchema.optional(),
    /** The licence or agreement it is worked under. */
    licence: LicenceSchema.optional(),
    /** Resource and reserve estimates. */
    estimates: z.array(ResourceEstimateSchema).optional(),
    /** The sources behind the deposit's data. */
    sourceIds: z.array(SourceIdSchema).optional(),
    /** Anything a reader should know. */
    note: z.string().min(1).max(5000).optional(),
  }),
);

/**
 * A mineral deposit (see {@link DepositSchema}).
 *
 * @example
 * ```ts
 * const deposit: Deposit = DepositSchema.parse({ id: 'd1', name: 'Zod', locationId: 'AZ-KAL', commodities: ['gold'], stage: 'exploration' });
 * ```
 *
 * @category Model
 */
export type Deposit = z.infer<typeof DepositSchema>;
