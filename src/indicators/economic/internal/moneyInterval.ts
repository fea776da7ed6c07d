import type { Bounds } from '../../../core/bounds.js';
import { isMoneyBounds, type ReportedMoney } from '../../../model/reportedAmount.js';

/**
 * An amount in minor units of one currency known to lie between `min` and `max`; `null` is
 * unbounded on that side. An exact amount has `min === max`.
 *
 * @category Economic indicators
 */
export interface MoneyInterval {
  /** The smallest amount; `null` when unbounded below. */
  readonly min: number | null;
  /** The largest amount; `null` when unbounded above. */
  readonly max: number | null;
}

/**
 * The interval of a published amount: exact, or its bounds (an amount of money published
 * without a lower bound is at least 0).
 *
 * @internal
 */
export function intervalOf(value: Readonly<ReportedMoney>): MoneyInterval {
  if (!isMoneyBounds(value)) return { min: value.amountMinor, max: value.amountMinor };
  return { min: value.min ?? 0, max: value.max ?? null };
}

/** The sum of two bounds, `null` when either is unbounded. */
function plus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/**
 * The sum of intervals: the sums of the lower and of the upper bounds.
 *
 * @internal
 */
export function sumIntervals(intervals: readonly MoneyInterval[]): MoneyInterval {
  return intervals.reduce<MoneyInterval>(
    (sum, next) => ({ min: plus(sum.min, next.min), max: plus(sum.max, next.max) }),
    { min: 0, max: 0 },
  );
}

/**
 * The difference `a − b` of intervals: from `a.min − b.max` to `a.max − b.min`.
 *
 * @internal
 */
export function subtractIntervals(a: MoneyInterval, b: MoneyInterval): MoneyInterval {
  return {
    min: a.min === null || b.max === null ? null : a.min - b.max,
    max: a.max === null || b.min === null ? null : a.max - b.min,
  };
}

/**
 * Whether an interval is one exact amount.
 *
 * @internal
 */
export function isExactInterval(interval: MoneyInterval): interval is { min: number; max: number } {
  return interval.min !== null && interval.min === interval.max;
}

/**
 * The {@link Bounds} of an interval (a side that is unbounded is left out).
 *
 * @internal
 */
export function boundsOf(interval: MoneyInterval): Bounds {
  return {
    ...(interval.min === null ? {} : { min: interval.min }),
    ...(interval.max === null ? {} : { max: interval.max }),
  };
}
