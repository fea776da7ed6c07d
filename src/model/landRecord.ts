import * as z from 'zod';
import { type Count, CountSchema } from '../core/count.js';
import {
  type DepositId,
  DepositIdSchema,
  type SiteId,
  SiteIdSchema,
  type SourceId,
  SourceIdSchema,
} from '../core/ids.js';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { type PartialDate, PartialDateSchema } from '../core/partialDate.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';

/**
 * The unit of the areas of a land record: hectares (`'ha'`) or square kilometres (`'km2'`;
 * 1 km² = 100 ha).
 *
 * @remarks
 * The schema is `LandRecordSchema.shape.areaUnit`.
 *
 * @example
 * ```ts
 * const unit: AreaUnit = 'km2';
 * ```
 *
 * @category Model
 */
export type AreaUnit = 'ha' | 'km2';

const area = (): z.ZodOptional<z.ZodNumber> => z.number().nonnegative().optional();

/**
 * The land of one site or deposit area as of a date: held, disturbed, rehabilitated and cleared
 * of mines, and the households displaced for it (GRI 14.8 closure and rehabilitation, GRI 14.12
 * land and resource rights, GRI G4 MM1; IFC Performance Standard 5).
 *
 * @remarks
 * Areas are cumulative as of `asOf`, in `areaUnit`:
 * - `owned`, `leased`: land held for the operation;
 * - `disturbed`: land disturbed by the operation to date (GRI G4 MM1);
 * - `rehabilitated`: of the disturbed land, the part rehabilitated to an agreed end land use, so
 *   at most `disturbed` (issue code `land.rehabilitated_above_disturbed`);
 * - `cleared`: land cleared of mines and unexploded ordnance (demining), where stated.
 *
 * Displacement (IFC PS 5 and GRI 14.12): `householdsPhysicallyDisplaced` (relocation or loss of
 * shelter), `householdsEconomicallyDisplaced` (loss of assets or access to assets that leads to
 * loss of income or livelihood), `peopleDisplaced`, and `householdsCompensated`, each a
 * {@link Count}. `asOf` may be a year or a month when the source gives no day.
 *
 * @example
 * ```ts
 * LandRecordSchema.parse({ depositId: 'dep-tutxun', asOf: '2022', areaUnit: 'km2', cleared: 8.29, sourceIds: [] }).cleared;
 * //=> 8.29
 * ```
 *
 * @category Model
 */
export const LandRecordSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The site; absent when the record is about a deposit area or the whole company. */
        siteId: () => SiteIdSchema.optional(),
        /** The deposit area, e.g. an exploration area without a site. */
        depositId: () => DepositIdSchema.optional(),
        /** The day, month or year the figures are cumulative to. */
        asOf: PartialDateSchema,
        /** The unit of every area of the record. */
        areaUnit: () => z.enum(['ha', 'km2']),
        /** Land owned for the operation. */
        owned: () => area(),
        /** Land leased for the operation. */
        leased: () => area(),
        /** Land disturbed to date. */
        disturbed: () => area(),
        /** Of the disturbed land, the part rehabilitated to date. */
        rehabilitated: () => area(),
        /** Land cleared of mines and unexploded ordnance. */
        cleared: () => area(),
        /** Households physically displaced. */
        householdsPhysicallyDisplaced: () => CountSchema.optional(),
        /** Households economically displaced. */
        householdsEconomicallyDisplaced: () => CountSchema.optional(),
        /** People displaced (physically or economically). */
        peopleDisplaced: () => CountSchema.optional(),
        /** Displaced households compensated. */
        householdsCompensated: () => CountSchema.optional(),
        /** The sources of the record. */
        sourceIds: () => z.array(SourceIdSchema),
      }),
    )
    .refine(
      (record) =>
        record.rehabilitated === undefined ||
        record.disturbed === undefined ||
        record.rehabilitated <= record.disturbed,
      {
        message: 'More land is rehabilitated than was disturbed.',
        path: ['rehabilitated'],
        params: { code: 'land.rehabilitated_above_disturbed' },
        when: whenFieldsValid('disturbed', 'rehabilitated'),
      },
    )
    .meta({ [ORDERED_KEYWORD]: ['rehabilitated', 'disturbed'] }),
);

/**
 * The land of one site or deposit area as of a date (see {@link LandRecordSchema}).
 *
 * @example
 * ```ts
 * const record: LandRecord = LandRecordSchema.parse({ siteId: 'mine-1', asOf: '2024-12-31', areaUnit: 'ha', disturbed: 120, rehabilitated: 30, sourceIds: [] });
 * ```
 *
 * @category Model
 */
export interface LandRecord {
  /** The site; absent when the record is about a deposit area or the whole company. */
  readonly siteId?: SiteId | undefined;
  /** The deposit area, e.g. an exploration area without a site. */
  readonly depositId?: DepositId | undefined;
  /** The day, month or year the figures are cumulative to. */
  readonly asOf: PartialDate;
  /** The unit of every area of the record. */
  readonly areaUnit: AreaUnit;
  /** Land owned for the operation. */
  readonly owned?: number | undefined;
  /** Land leased for the operation. */
  readonly leased?: number | undefined;
  /** Land disturbed to date. */
  readonly disturbed?: number | undefined;
  /** Of the disturbed land, the part rehabilitated to date. */
  readonly rehabilitated?: number | undefined;
  /** Land cleared of mines and unexploded ordnance. */
  readonly cleared?: number | undefined;
  /** Households physically displaced. */
  readonly householdsPhysicallyDisplaced?: Count | undefined;
  /** Households economically displaced. */
  readonly householdsEconomicallyDisplaced?: Count | undefined;
  /** People displaced (physically or economically). */
  readonly peopleDisplaced?: Count | undefined;
  /** Displaced households compensated. */
  readonly householdsCompensated?: Count | undefined;
  /** The sources of the record. */
  readonly sourceIds: readonly SourceId[];
}
