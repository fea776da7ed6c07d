import * as z from 'zod';
import { type Bounds, BoundsSchema } from '../../core/bounds.js';
import { lazyShape } from '../../core/lazyShape.js';
import { type Money, MoneySchema } from '../../core/money.js';
import { pure } from '../../core/pure.js';
import { type Range, RangeSchema } from '../../core/range.js';
import { type Ratio, RatioSchema } from '../../core/ratio.js';
import { type NullReason, NullReasonSchema } from './nullReason.js';

/**
 * The keys of a breakdown row (or of one result of an indicator that gives one result per
 * thing): one entry per dimension, e.g. `{ district: 'AZ-DAS' }` or
 * `{ commodity: 'gold', year: '2023' }`.
 *
 * @remarks
 * Keys are never joined into one string: a row of production by commodity and year has two
 * keys. The dimensions an indicator uses are listed in its catalog entry (`dimensions`).
 *
 * @category Indicators
 */
export interface RowKeys {
  readonly [dimension: string]: string;
}

/**
 * One row of an indicator's breakdown (by site, region, category, gender, year, …), in the
 * indicator's unit.
 *
 * @remarks
 * `value` is a number in the indicator's unit (a share in [0, 1] for unit `share`), or `null`
 * with `reason`: `reason` is present exactly when `value` is `null`.
 *
 * @category Indicators
 */
export interface BreakdownRow {
  /** The row's keys, one per dimension. */
  readonly keys: RowKeys;
  /** A readable label for the keys, e.g. a place name. */
  readonly label?: string | undefined;
  /** The row's value in the indicator's unit, or `null` (see `reason`). */
  readonly value: number | null;
  /**
   * For unit `quantity`: the row's own unit when it differs from the result's `quantityUnit`
   * (ore in tonnes, contained metal in troy ounces).
   */
  readonly quantityUnit?: string | undefined;
  /** Why `value` is `null`; present exactly when it is. */
  readonly reason?: NullReason | undefined;
  /** A count behind the value (people, programs, …). */
  readonly count?: number | undefined;
  /** The row's ratio with its parts. */
  readonly ratio?: Ratio | undefined;
  /** Bounds on the value when the inputs are bounds. */
  readonly bounds?: Bounds | undefined;
  /** A low / central / high estimate. */
  readonly range?: Range | undefined;
  /** Amounts, one per currency. */
  readonly money?: readonly Money[] | undefined;
}

/** The message of a row or result whose `reason` does not match a `null` value. */
export const REASON_IFF_NULL = 'reason is present exactly when value is null';

/** Whether `reason` is present exactly when `value` is `null`. */
export function reasonIffNull(item: {
  readonly value: number | null;
  readonly reason?: NullReason | undefined;
}): boolean {
  return (item.value === null) === (item.reason !== undefined);
}

/** The schema of {@link RowKeys}: at least one dimension. */
export const RowKeysSchema: z.ZodType<RowKeys> = pure(() =>
  z
    .record(z.string().min(1), z.string())
    .refine((keys) => Object.keys(keys).length > 0, 'a row has at least one key'),
);

/**
 * The schema of {@link BreakdownRow}, for reports read back from JSON.
 *
 * @category Indicators
 */
export const BreakdownRowSchema: z.ZodType<BreakdownRow> = pure(() =>
  z
    .strictObject(
      lazyShape({
        keys: RowKeysSchema,
        label: () => z.string().optional(),
        value: () => z.number().nullable(),
        quantityUnit: () => z.string().min(1).optional(),
        reason: () => NullReasonSchema.optional(),
        count: () => z.number().optional(),
        ratio: () => RatioSchema.optional(),
        bounds: () => BoundsSchema.optional(),
        range: () => RangeSchema.optional(),
        money: () => z.array(MoneySchema).optional(),
      }),
    )
    .refine(reasonIffNull, REASON_IFF_NULL),
);
