import * as z from 'zod';
import { lazyShape } from '../core/lazyShape.js';
import { ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { pure } from '../core/pure.js';
import { whenFieldsValid } from '../core/whenFieldsValid.js';

/**
 * A share of a population as a source publishes it: a figure with the rounding it implies
 * ("97 %"), or bounds ("over 80 %"), always with the published words.
 *
 * @remarks
 * Shares are fractions in [0, 1], never percentages: "97 %" is `value: 0.97`. Two forms:
 * - **A figure**: `value`, and `rounding`, the half-width of the interval the rounded figure
 *   stands for. "97 %" is `{ value: 0.97, phrase: '97 %' }`: without `rounding`, a figure is
 *   taken as rounded to a whole percent, or to its last published decimal when it has more
 *   (`0.945`, "94.5 %", is ± 0.0005), so "97 %" stands for [0.965, 0.975) (the upper end
 *   excluded: 0.975 rounds to 98 %). Give `rounding` when the source says otherwise: `0` for a
 *   share that is exact as published, `0.0005` for "80.0 %".
 * - **Bounds**: `min`, `max` or both, each excluded when `minExclusive` / `maxExclusive` is
 *   `true`. "Over 80 %" is `{ min: 0.8, minExclusive: true, phrase: 'over 80 %' }`; "at least
 *   95 %" is `{ min: 0.95, phrase: 'at least 95 %' }`.
 *
 * The population the share is of is given next to it (a workforce summary's headcount), and may
 * itself be a bound: "97 % of over 2,500 employees". The check codes are `share.form` (one form,
 * and each option with its own field) and `bounds.min_above_max`.
 *
 * @example
 * ```ts
 * PublishedShareSchema.parse({ value: 0.97, phrase: '97 %' }).value;
 * //=> 0.97
 * PublishedShareSchema.parse({ min: 0.8, minExclusive: true, phrase: 'over 80 %' }).minExclusive;
 * //=> true
 * ```
 *
 * @category Model
 */
export const PublishedShareSchema = pure(() =>
  z
    .strictObject(
      lazyShape({
        /** The figure as published, a fraction: "97 %" is `0.97`. */
        value: () => z.number().min(0).max(1).optional(),
        /** The half-width of the interval the figure stands for; by default half its last unit. */
        rounding: () => z.number().min(0).max(0.5).optional(),
        /** The least the share can be, a fraction. */
        min: () => z.number().min(0).max(1).optional(),
        /** `true` when the share is above `min`, not equal to it ("over 80 %"). */
        minExclusive: () => z.boolean().optional(),
        /** The most the share can be, a fraction. */
        max: () => z.number().min(0).max(1).optional(),
        /** `true` when the share is below `max`, not equal to it ("under 20 %"). */
        maxExclusive: () => z.boolean().optional(),
        /** The words the share was published in, e.g. `'97 % of over 2,500 employees'`. */
        phrase: () => z.string().min(1).max(500),
      }),
    )
    .refine((s) => (s.value !== undefined) !== (s.min !== undefined || s.max !== undefined), {
      message: 'A published share is either a value or bounds (min, max): give one of the two.',
      params: { code: 'share.form' },
      when: whenFieldsValid('value', 'min', 'max'),
    })
    .refine(
      (s) =>
        (s.rounding === undefined || s.value !== undefined) &&
        (s.minExclusive === undefined || s.min !== undefined) &&
        (s.maxExclusive === undefined || s.max !== undefined),
      {
        message: 'rounding goes with a value, minExclusive with a min and maxExclusive with a max.',
        params: { code: 'share.form' },
        when: whenFieldsValid('value', 'rounding', 'min', 'minExclusive', 'max', 'maxExclusive'),
      },
    )
    .refine(
      (s) =>
        s.min === undefined ||
        s.max === undefined ||
        s.min < s.max ||
        (s.min === s.max && s.minExclusive !== true && s.maxExclusive !== true),
      {
        message: 'The lower bound is above the upper bound (or equal to it, with an end excluded).',
        path: ['max'],
        params: { code: 'bounds.min_above_max' },
        when: whenFieldsValid('min', 'minExclusive', 'max', 'maxExclusive'),
      },
    )
    .meta({
      oneOf: [{ required: ['value'] }, { anyOf: [{ required: ['min'] }, { required: ['max'] }] }],
      dependentRequired: { rounding: ['value'], minExclusive: ['min'], maxExclusive: ['max'] },
      [ORDERED_KEYWORD]: ['min', 'max'],
    }),
);

/**
 * A share of a population as a source publishes it (see `PublishedShareSchema`): a figure
 * with the rounding it implies, or bounds, with the published words.
 *
 * @remarks
 * "97 %" is `{ value: 0.97, phrase: '97 %' }` and stands for [0.965, 0.975); "over 80 %" is
 * `{ min: 0.8, minExclusive: true, phrase: 'over 80 %' }`.
 *
 * @example
 * ```ts
 * const nationals: PublishedShare = { value: 0.97, phrase: '97 % of over 2,500 employees' };
 * ```
 *
 * @category Model
 */
export interface PublishedShare {
  /** The figure as published, a fraction: "97 %" is `0.97`. */
  readonly value?: number | undefined;
  /** The half-width of the interval the figure stands for; by default half its last unit. */
  readonly rounding?: number | undefined;
  /** The least the share can be, a fraction. */
  readonly min?: number | undefined;
  /** `true` when the share is above `min`, not equal to it ("over 80 %"). */
  readonly minExclusive?: boolean | undefined;
  /** The most the share can be, a fraction. */
  readonly max?: number | undefined;
  /** `true` when the share is below `max`, not equal to it ("under 20 %"). */
  readonly maxExclusive?: boolean | undefined;
  /** The words the share was published in, e.g. `'97 % of over 2,500 employees'`. */
  readonly phrase: string;
}

/**
 * The interval a published share stands for: [min, max], each end possibly excluded.
 *
 * @internal
 */
export interface ShareInterval {
  /** The least the share can be, in [0, 1]. */
  readonly min: number;
  /** The most the share can be, in [0, 1]. */
  readonly max: number;
  /** `true` when the share is above `min`, not equal to it. */
  readonly minExclusive: boolean;
  /** `true` when the share is below `max`, not equal to it. */
  readonly maxExclusive: boolean;
}

/** The number of decimals of a number as JavaScript writes it: `0.005` → 3, `5e-7` → 7. */
function decimalPlaces(x: number): number {
  const [mantissa = '', exponent = '0'] = String(x).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/** `x` rounded to `decimals` decimals, so that `0.97 - 0.005` is `0.965`, not `0.96500…01`. */
function toDecimals(x: number, decimals: number): number {
  return decimals > 20 ? x : Number(x.toFixed(decimals));
}

/**
 * The rounding a published figure implies when the source does not state it: half a unit of its
 * last published decimal, and never finer than a whole percent's half (`0.005`).
 *
 * @param value - The figure, a fraction.
 * @returns `0.005` for `0.97` or `0.8` (a whole percent), `0.0005` for `0.945`.
 * @internal
 */
export function defaultShareRounding(value: number): number {
  return Number(`5e-${Math.max(2, decimalPlaces(value)) + 1}`);
}

/**
 * Returns the interval a published share stands for.
 *
 * @remarks
 * A figure `v` with rounding `r` (by default {@link defaultShareRounding}) is [v − r, v + r),
 * clipped to [0, 1] (an end clipped to 0 or 1 is included): "97 %" is [0.965, 0.975), "100 %"
 * is [0.995, 1]; with `r = 0` it is the point [v, v]. Bounds are taken as published, a missing
 * end being 0 or 1. Ends are computed in decimals, so 0.97 − 0.005 is 0.965 exactly.
 *
 * @param share - A valid published share.
 * @returns The interval.
 * @internal
 */
export function publishedShareInterval(share: Readonly<PublishedShare>): ShareInterval {
  const { value } = share;
  if (value === undefined) {
    return {
      min: share.min ?? 0,
      max: share.max ?? 1,
      minExclusive: share.min !== undefined && share.minExclusive === true,
      maxExclusive: share.max !== undefined && share.maxExclusive === true,
    };
  }
  const rounding = share.rounding ?? defaultShareRounding(value);
  const decimals = Math.max(decimalPlaces(value), decimalPlaces(rounding));
  const low = toDecimals(value - rounding, decimals);
  const high = toDecimals(value + rounding, decimals);
  return {
    min: Math.max(0, low),
    max: Math.min(1, high),
    minExclusive: false,
    maxExclusive: rounding > 0 && high < 1,
  };
}

/**
 * Compares `k / n` with a decimal `x` exactly, in integers when they are safe.
 *
 * @returns A negative number, 0 or a positive number as `k / n` is below, at or above `x`.
 */
function compareRatio(k: number, n: number, x: number): number {
  const decimals = decimalPlaces(x);
  if (decimals <= 15) {
    const scale = 10 ** decimals;
    const left = k * scale;
    const right = Math.round(x * scale) * n;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left - right;
  }
  return k / n - x;
}

/**
 * Tells whether the exact share `k / n` lies in an interval, comparing exactly.
 *
 * @param interval - The interval of a published share.
 * @param k - The part, an exact count.
 * @param n - The whole, an exact count above 0.
 * @returns `true` when `k / n` is in the interval, its excluded ends excluded.
 * @internal
 */
export function shareIntervalHolds(interval: ShareInterval, k: number, n: number): boolean {
  const low = compareRatio(k, n, interval.min);
  const high = compareRatio(k, n, interval.max);
  return (
    (interval.minExclusive ? low > 0 : low >= 0) && (interval.maxExclusive ? high < 0 : high <= 0)
  );
}

/** Slack for comparing ends computed by different divisions. */
const SLACK = 1e-12;

/**
 * Intersects the interval of a published share with the closed interval [low, high] that counts
 * allow.
 *
 * @remarks
 * The larger lower end and the smaller upper end win, each with its exclusion. The intersection
 * is empty only when it is empty beyond a slack of 1e-12 (ends computed by divisions may differ
 * in their last bit): a published share and counts that touch are never called inconsistent.
 *
 * @param interval - The interval of a published share.
 * @param low - The least share the counts allow.
 * @param high - The most share the counts allow.
 * @returns The intersection, or `null` when the two cannot both hold.
 * @internal
 */
export function intersectShareInterval(
  interval: ShareInterval,
  low: number,
  high: number,
): ShareInterval | null {
  const min = Math.max(low, interval.min);
  const minExclusive = low > interval.min ? false : interval.minExclusive;
  const max = Math.min(high, interval.max);
  const maxExclusive = high < interval.max ? false : interval.maxExclusive;
  if (min > max + SLACK) return null;
  if (min >= max) return { min, max: min, minExclusive: false, maxExclusive: false };
  return { min, max, minExclusive, maxExclusive };
}

/**
 * Writes an interval with its ends: `[0.965, 0.975)`, `(0.8, 1]`.
 *
 * @param interval - The interval.
 * @returns The interval in the usual notation, ends as JavaScript writes them.
 * @internal
 */
export function shareIntervalText(interval: ShareInterval): string {
  const open = interval.minExclusive ? '(' : '[';
  const close = interval.maxExclusive ? ')' : ']';
  return `${open}${interval.min}, ${interval.max}${close}`;
}
