import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from '../core/calendarDate.js';
import {
  type DepositId,
  DepositIdSchema,
  type LocationId,
  LocationIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { type Quantity, QuantitySchema } from '../core/quantity.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';
import { type Commodity, CommoditySchema } from './company.js';
import { type LocalizedName, LocalizedNameSchema } from './localizedName.js';
import { type PartyId, PartyIdSchema } from './partyId.js';

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
 * The stage of a deposit in the mine lifecycle.
 *
 * @remarks
 * `'planned'` → `'exploration'` → `'development'` → `'construction'` → `'production'`, with
 * `'careAndMaintenance'` (production suspended, the site kept ready), then `'closure'` and
 * `'postClosure'` (monitoring and aftercare). The schema is `DepositSchema.shape.stage`.
 *
 * @example
 * ```ts
 * const stage: MineStage = 'exploration';
 * ```
 *
 * @category Model
 */
export type MineStage =
  | 'planned'
  | 'exploration'
  | 'development'
  | 'construction'
  | 'production'
  | 'careAndMaintenance'
  | 'closure'
  | 'postClosure';

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
 * The code a resource or reserve estimate was reported under.
 *
 * @remarks
 * `'JORC'` (Australasia), `'NI43-101'` (Canada), `'CRIRSCO'` (the international template),
 * `'SAMREC'` (South Africa), `'PERC'` (Europe), `'GKZ'` (the Soviet/CIS State Commission on
 * Reserves classification, used for historic estimates in Azerbaijan), or `'other'`. Estimates
 * under different codes are never added together silently. The schema is
 * `DepositSchema.shape.estimates.unwrap().element.shape.reportingCode`.
 *
 * @example
 * ```ts
 * const code: ReportingCode = 'NI43-101';
 * ```
 *
 * @category Model
 */
export type ReportingCode = 'JORC' | 'NI43-101' | 'CRIRSCO' | 'SAMREC' | 'PERC' | 'GKZ' | 'other';

/**
 * The category of an estimate: a CRIRSCO category — a resource (`measured`, `indicated`,
 * `inferred`), a reserve (`proved`, `probable`), or a combined line as statements publish it
 * (`measuredIndicated`, `provedProbable`, `totalResources`) — or a category of the GKZ
 * classification (`A`, `B`, `C1`, the combined `A+B+C1`, `C2`, and the prognostic `P1`, `P2`,
 * `P3`).
 *
 * @remarks
 * CRIRSCO International Reporting Template: a Proved Mineral Reserve is the economically
 * mineable part of a Measured Mineral Resource, a Probable Mineral Reserve that of an Indicated
 * and, in some circumstances, a Measured Mineral Resource; Inferred resources are never
 * converted to reserves. The combined categories hold a line a statement publishes as such
 * ("Measured + Indicated", "Proven + Probable", "Total" of a resource table: measured +
 * indicated + inferred): a deposit that publishes only the combined line is stated without
 * inventing the split, and a combined line is never added to its parts.
 *
 * The GKZ categories (the Soviet/CIS State Commission on Reserves classification: explored
 * A, B, C1; evaluated C2; prognostic P1, P2, P3) belong to the `GKZ` code and the CRIRSCO ones to
 * the CRIRSCO-family codes (`JORC`, `NI43-101`, `CRIRSCO`, `SAMREC`, `PERC`); `other` takes
 * either. No fixed correspondence between the two exists (published mappings differ by deposit
 * type and author, and a conversion is a Competent Person's work), so GKZ estimates keep their
 * own categories and are mapped to CRIRSCO ones only by an explicit mapping the user gives.
 *
 * @example
 * ```ts
 * EstimateCategorySchema.parse('measuredIndicated');
 * //=> 'measuredIndicated'
 * ```
 *
 * @category Model
 */
export const EstimateCategorySchema = pure(() =>
  z.enum([
    'measured',
    'indicated',
    'measuredIndicated',
    'inferred',
    'totalResources',
    'proved',
    'probable',
    'provedProbable',
    'A',
    'B',
    'C1',
    'A+B+C1',
    'C2',
    'P1',
    'P2',
    'P3',
  ]),
);

/**
 * The category of an estimate: a CRIRSCO resource (`'measured'`, `'indicated'`, `'inferred'`), a
 * CRIRSCO reserve (`'proved'`, `'probable'`), a combined line as published
 * (`'measuredIndicated'`, `'provedProbable'`, `'totalResources'` = measured + indicated +
 * inferred), or a GKZ category (`'A'`, `'B'`, `'C1'`, `'A+B+C1'`, `'C2'`, `'P1'`, `'P2'`,
 * `'P3'`), which belongs to the `GKZ` code only.
 *
 * @remarks
 * The schema is `DepositSchema.shape.estimates.unwrap().element.shape.category`.
 *
 * @example
 * ```ts
 * const category: EstimateCategory = 'provedProbable';
 * ```
 *
 * @category Model
 */
export type EstimateCategory =
  | 'measured'
  | 'indicated'
  | 'measuredIndicated'
  | 'inferred'
  | 'totalResources'
  | 'proved'
  | 'probable'
  | 'provedProbable'
  | 'A'
  | 'B'
  | 'C1'
  | 'A+B+C1'
  | 'C2'
  | 'P1'
  | 'P2'
  | 'P3';

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
    .strictObject(
      lazyShape({
        /** The grade, >= 0; at most 100 when in percent. */
        value: () => z.number().nonnegative(),
        /** `'g/t'` or `'%'`. */
        unit: () => z.enum(['g/t', '%']),
      }),
    )
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
 * A grade: grams per tonne (precious metals) or percent (base metals).
 *
 * @remarks
 * A grade in percent is at most 100 (issue code `grade.percent_above_100`). The schema is
 * `DepositSchema.shape.estimates.unwrap().element.shape.grade`.
 *
 * @example
 * ```ts
 * const grade: Grade = { value: 0.45, unit: '%' };
 * ```
 *
 * @category Model
 */
export interface Grade {
  /** The grade, >= 0; at most 100 when in percent. */
  readonly value: number;
  /** `'g/t'` or `'%'`. */
  readonly unit: 'g/t' | '%';
}

/**
 * One line of a resource or reserve statement: a category, an ore tonnage and a grade, and the
 * contained metal when the statement publishes it.
 *
 * @remarks
 * `containedMetal` is the published figure ("777,000 oz"); indicators prefer it to ore × grade,
 * which recomputes the metal from a rounded grade. A line holds `ore`, `containedMetal` or both
 * (issue code `estimate.no_quantity`): a statement that publishes only the metal ("around
 * 620,000 oz", with `approximately: true`) is stated without an invented tonnage.
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
  z
    .strictObject(
      lazyShape({
        /** The code the estimate was reported under. */
        reportingCode: ReportingCodeSchema,
        /** The day the estimate is effective. */
        effectiveDate: CalendarDateSchema,
        /** The resource or reserve category. */
        category: EstimateCategorySchema,
        /** The commodity the grade is for. */
        commodity: CommoditySchema,
        /** The ore tonnage (a mass; usually in tonnes), when published. */
        ore: () => QuantitySchema.optional(),
        /** The grade of the commodity in the ore, when published. */
        grade: () => GradeSchema.optional(),
        /** The contained metal as published (e.g. `{ value: 777000, unit: 'ozt' }`). */
        containedMetal: () => QuantitySchema.optional(),
        /**
         * For a resource line: whether the resources include those converted to reserves (`true`,
         * "inclusive"), or are additional to them (`false`, "exclusive"), as the source states;
         * absent when it does not say.
         */
        inclusiveOfReserves: () => z.boolean().optional(),
        /** The Competent or Qualified Person who signed the estimate. */
        competentPerson: () => z.string().min(1).max(500).optional(),
        /** The source of the estimate. */
        sourceId: SourceIdSchema,
      }),
    )
    .refine((e) => e.ore !== undefined || e.containedMetal !== undefined, {
      message: 'An estimate states its ore tonnage, its contained metal or both.',
      path: ['ore'],
      params: { code: 'estimate.no_quantity' },
    })
    .meta({ anyOf: [{ required: ['ore'] }, { required: ['containedMetal'] }] }),
);

/**
 * One line of a resource or reserve statement: a category, an ore tonnage and a grade.
 *
 * @remarks
 * The schema is `DepositSchema.shape.estimates.unwrap().element`.
 *
 * @example
 * ```ts
 * const estimate: ResourceEstimate = ResourceEstimateSchema.parse({ reportingCode: 'GKZ', effectiveDate: '1990-01-01', category: 'C2', commodity: 'gold', ore: { value: 1, unit: 't' }, grade: { value: 1, unit: 'g/t' }, sourceId: 's' });
 * ```
 *
 * @category Model
 */
export interface ResourceEstimate {
  /** The code the estimate was reported under. */
  readonly reportingCode: ReportingCode;
  /** The day the estimate is effective. */
  readonly effectiveDate: CalendarDate;
  /** The resource or reserve category. */
  readonly category: EstimateCategory;
  /** The commodity the grade is for. */
  readonly commodity: Commodity;
  /** The ore tonnage (a mass; usually in tonnes), when published. */
  readonly ore?: Quantity | undefined;
  /** The grade of the commodity in the ore, when published. */
  readonly grade?: Grade | undefined;
  /** The contained metal as published (e.g. `{ value: 777000, unit: 'ozt' }`). */
  readonly containedMetal?: Quantity | undefined;
  /**
   * For a resource line: whether the resources include those converted to reserves (`true`,
   * "inclusive"), or are additional to them (`false`, "exclusive"), as the source states; absent
   * when it does not say.
   */
  readonly inclusiveOfReserves?: boolean | undefined;
  /** The Competent or Qualified Person who signed the estimate. */
  readonly competentPerson?: string | undefined;
  /** The source of the estimate. */
  readonly sourceId: SourceId;
}

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
    .strictObject(
      lazyShape({
        /** The licence number or agreement reference. */
        reference: () => z.string().min(1).max(500).optional(),
        /** The holder of the licence. */
        holderId: () => PartyIdSchema.optional(),
        /** The day it was granted. */
        grantedOn: () => CalendarDateSchema.optional(),
        /** The day it expires. */
        expiresOn: () => CalendarDateSchema.optional(),
        /** The sources behind it. */
        sourceIds: () => z.array(SourceIdSchema).optional(),
      }),
    )
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
 * A mineral licence or agreement under which a deposit is worked.
 *
 * @remarks
 * `grantedOn <= expiresOn` (issue code `period.end_before_start`). The schema is
 * `DepositSchema.shape.licence.unwrap()`.
 *
 * @example
 * ```ts
 * const licence: Licence = { reference: 'PSA 1997' };
 * ```
 *
 * @category Model
 */
export interface Licence {
  /** The licence number or agreement reference. */
  readonly reference?: string | undefined;
  /** The holder of the licence. */
  readonly holderId?: PartyId | undefined;
  /** The day it was granted. */
  readonly grantedOn?: CalendarDate | undefined;
  /** The day it expires. */
  readonly expiresOn?: CalendarDate | undefined;
  /** The sources behind it. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}

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
  z.strictObject(
    lazyShape({
      /** The id other records cite. */
      id: DepositIdSchema,
      /** The name of the deposit. */
      name: () => z.string().min(1).max(500),
      /** Other names and spellings. */
      names: () => z.array(LocalizedNameSchema).optional(),
      /** Where the deposit is (a district, or a settlement within one). */
      locationId: LocationIdSchema,
      /** The commodities it holds. */
      commodities: () => z.array(CommoditySchema).min(1),
      /** The current stage. */
      stage: MineStageSchema,
      /** Earlier and current stages with the day each began, oldest first. */
      stageHistory: () =>
        z
          .array(
            z.strictObject(
              lazyShape({
                /** The stage entered. */
                stage: MineStageSchema,
                /** When the stage began: a day, or the month or year the source gives. */
                from: PartialDateSchema,
                /** The sources behind the change. */
                sourceIds: () => z.array(SourceIdSchema).optional(),
              }),
            ),
          )
          .optional(),
      /** The company or organization operating the deposit, when known. */
      operatorId: () => PartyIdSchema.optional(),
      /** The licence or agreement it is worked under. */
      licence: () => LicenceSchema.optional(),
      /** Resource and reserve estimates. */
      estimates: () => z.array(ResourceEstimateSchema).optional(),
      /** The sources behind the deposit's data. */
      sourceIds: () => z.array(SourceIdSchema).optional(),
      /** Anything a reader should know. */
      note: () => z.string().min(1).max(5000).optional(),
    }),
  ),
);

/**
 * A mineral deposit: where it is, what it holds, who operates it and where it is in the lifecycle
 * (see {@link DepositSchema}).
 *
 * @example
 * ```ts
 * const deposit: Deposit = DepositSchema.parse({ id: 'd1', name: 'Zod', locationId: 'AZ-KAL', commodities: ['gold'], stage: 'exploration' });
 * ```
 *
 * @category Model
 */
export interface Deposit {
  /** The id other records cite. */
  readonly id: DepositId;
  /** The name of the deposit. */
  readonly name: string;
  /** Other names and spellings. */
  readonly names?: readonly LocalizedName[] | undefined;
  /** Where the deposit is (a district, or a settlement within one). */
  readonly locationId: LocationId;
  /** The commodities it holds (at least one). */
  readonly commodities: readonly Commodity[];
  /** The current stage. */
  readonly stage: MineStage;
  /** Earlier and current stages with the day each began, oldest first. */
  readonly stageHistory?:
    | readonly {
        /** The stage entered. */
        readonly stage: MineStage;
        /** When the stage began: a day, or the month or year the source gives. */
        readonly from: PartialDate;
        /** The sources behind the change. */
        readonly sourceIds?: readonly SourceId[] | undefined;
      }[]
    | undefined;
  /** The company or organization operating the deposit, when known. */
  readonly operatorId?: PartyId | undefined;
  /** The licence or agreement it is worked under. */
  readonly licence?: Licence | undefined;
  /** Resource and reserve estimates. */
  readonly estimates?: readonly ResourceEstimate[] | undefined;
  /** The sources behind the deposit's data. */
  readonly sourceIds?: readonly SourceId[] | undefined;
  /** Anything a reader should know. */
  readonly note?: string | undefined;
}
