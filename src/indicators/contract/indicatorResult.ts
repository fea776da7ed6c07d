import * as z from 'zod';
import { type Bounds, BoundsSchema } from '../../core/bounds.js';
import { type CurrencyCode, CurrencyCodeSchema } from '../../core/currencies.js';
import type { SourceId } from '../../core/ids.js';
import { SourceIdSchema } from '../../core/ids.js';
import { lazyShape } from '../../core/lazyShape.js';
import { type Money, MoneySchema } from '../../core/money.js';
import { pure } from '../../core/pure.js';
import { type Range, RangeSchema } from '../../core/range.js';
import { type Ratio, RatioSchema } from '../../core/ratio.js';
import {
  type BreakdownRow,
  BreakdownRowSchema,
  REASON_IFF_NULL,
  type RowKeys,
  RowKeysSchema,
  reasonIffNull,
} from './breakdownRow.js';
import { type IndicatorUnit, IndicatorUnitSchema } from './indicatorUnit.js';
import { type NullReason, NullReasonSchema } from './nullReason.js';

/**
 * A value recorded in an indicator result's `definitions`: any JSON value.
 *
 * @category Indicators
 */
export type DefinitionValue =
  | string
  | number
  | boolean
  | null
  | readonly DefinitionValue[]
  | { readonly [key: string]: DefinitionValue };

/**
 * The result of one indicator: its value with the parts it was computed from, the definitions
 * chosen, the standards it maps to and the sources of its inputs.
 *
 * @remarks
 * Every catalogued indicator returns this shape (or, for an indicator that gives one result per
 * thing, a readonly array of it, each with `keys`).
 *
 * - `value` is a number in `unit`, or `null` with a `reason`: `reason` is present exactly when
 *   `value` is `null`, and no number is ever `NaN` or `Infinity`.
 * - With unit `share`, `value`, `bounds` and every row lie in [0, 1].
 * - When the inputs are bounds, `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds
 *   what is known ("over 80 %" of 2,554 gives `bounds.min` = 2044 / 2554).
 * - With unit `money`, `value` is in minor units of `currency` and `money` lists the exact
 *   amounts; several currencies without an exchange rate give `null` and
 *   `'MULTIPLE_CURRENCIES'`.
 * - `definitions` records every choice the user made or the library defaulted (the locality
 *   policy, the denominator, `asOf`, the period), so that a result can be reproduced and
 *   disclosed as GRI requires.
 * - `detail` holds the indicator's own structure (the investment split, the pipeline, the
 *   projection years), typed by the indicator.
 *
 * @typeParam TDetail - The type of `detail`; `undefined` for indicators without one.
 *
 * @example
 * ```ts
 * const result: IndicatorResult = {
 *   indicatorId: 'workforce.regionalOriginShare',
 *   title: 'Share of the workforce from outside the capital',
 *   value: null,
 *   reason: 'BOUNDED',
 *   unit: 'share',
 *   bounds: { min: 2044 / 2554, max: 1 },
 *   definitions: { asOf: '2025-11-14' },
 *   standards: ['GRI 202-2'],
 *   sourceIds: [],
 *   notes: [],
 * };
 * ```
 *
 * @category Indicators
 */
export interface IndicatorResult<TDetail = unknown> {
  /** The catalog id of the indicator, e.g. `'workforce.localEmploymentShare'`. */
  readonly indicatorId: string;
  /** The indicator's title. */
  readonly title: string;
  /**
   * What this result is about, for indicators that give one result per thing (e.g.
   * `{ programId: 'p-1', result: '0' }`); absent otherwise.
   */
  readonly keys?: RowKeys | undefined;
  /** The value in `unit`, or `null` (see `reason`). */
  readonly value: number | null;
  /** Why `value` is `null`; present exactly when it is. */
  readonly reason?: NullReason | undefined;
  /** The unit of `value`. */
  readonly unit: IndicatorUnit;
  /** For unit `quantity`: the unit of `value`, bounds and rows, e.g. `'t'` or `'ozt'`. */
  readonly quantityUnit?: string | undefined;
  /** For unit `money` with a value: the currency of `value` (in its minor units). */
  readonly currency?: CurrencyCode | undefined;
  /** For shares and ratios: numerator, denominator and value. */
  readonly ratio?: Ratio | undefined;
  /** Bounds on the value when inputs are published as bounds. */
  readonly bounds?: Bounds | undefined;
  /** A low / central / high estimate, for projections. */
  readonly range?: Range | undefined;
  /** Money totals, one per currency, for money indicators. */
  readonly money?: readonly Money[] | undefined;
  /** The value broken down by site, region, category, gender, year, … */
  readonly breakdown?: readonly BreakdownRow[] | undefined;
  /** The definitions chosen: locality policy, denominator, asOf, period, … */
  readonly definitions: { readonly [name: string]: DefinitionValue };
  /** The standard disclosures the indicator maps to, e.g. `['GRI 202-2']`. */
  readonly standards: readonly string[];
  /** The sources of the inputs, sorted. */
  readonly sourceIds: readonly SourceId[];
  /** Caveats a reader needs: assumptions, exclusions, possible double counting. */
  readonly notes: readonly string[];
  /** The indicator's own structure; see each indicator. */
  readonly detail?: TDetail | undefined;
}

/**
 * An indicator result whose `detail` is always present.
 *
 * @typeParam TDetail - The type of `detail`.
 *
 * @category Indicators
 */
export interface DetailedResult<TDetail> extends IndicatorResult<TDetail> {
  /** The indicator's own structure; see each indicator. */
  readonly detail: TDetail;
}

/**
 * The schema of {@link IndicatorResult}, for reports read back from JSON: `detail` is any JSON
 * value there.
 *
 * @category Indicators
 */
export const IndicatorResultSchema: z.ZodType<IndicatorResult> = pure(() =>
  z
    .strictObject(
      lazyShape({
        indicatorId: () => z.string().min(1),
        title: () => z.string().min(1),
        keys: () => RowKeysSchema.optional(),
        value: () => z.number().nullable(),
        reason: () => NullReasonSchema.optional(),
        unit: IndicatorUnitSchema,
        quantityUnit: () => z.string().min(1).optional(),
        currency: () => CurrencyCodeSchema.optional(),
        ratio: () => RatioSchema.optional(),
        bounds: () => BoundsSchema.optional(),
        range: () => RangeSchema.optional(),
        money: () => z.array(MoneySchema).optional(),
        breakdown: () => z.array(BreakdownRowSchema).optional(),
        definitions: () => z.record(z.string(), z.json()),
        standards: () => z.array(z.string()),
        sourceIds: () => z.array(SourceIdSchema),
        notes: () => z.array(z.string()),
        detail: () => z.json().optional(),
      }),
    )
    .refine(reasonIffNull, REASON_IFF_NULL),
);
