import type { Bounds } from '../../../core/bounds.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';
import { type CountTally, isPoint } from './countTally.js';

/**
 * A rate per `basis` hours: its value, or `null` with the reason and, for bounded inputs, the
 * bounds.
 *
 * @internal
 */
export type RateValue = ValueOrReason & { readonly bounds?: Bounds | undefined };

/**
 * `count × basis / hours`, with bounds when the count or the hours are bounds.
 *
 * @remarks
 * Hours known to be 0 give `null` with `ZERO_DENOMINATOR`. An exact count over exact hours gives
 * the value. Otherwise the value is `null` with `BOUNDED` and `bounds`: the smallest rate is the
 * smallest count over the most hours (0 when the hours are unbounded above), the largest is the
 * largest count over the fewest hours, absent when either is unbounded (no count is invented)
 * or the fewest hours are 0. Every case the bounds allow lies within them: the same expression
 * is used for each, and rounding is monotone.
 *
 * @internal
 */
export function ratePer(count: CountTally, hours: CountTally, basis: number): RateValue {
  if (hours.max === 0) return { value: null, reason: 'ZERO_DENOMINATOR' };
  if (isPoint(count) && isPoint(hours)) return { value: (count.min * basis) / hours.min };
  const min = hours.max === null ? 0 : (count.min * basis) / hours.max;
  const max = count.max === null || hours.min === 0 ? undefined : (count.max * basis) / hours.min;
  return {
    value: null,
    reason: 'BOUNDED',
    bounds: max === undefined ? { min } : { min, max },
  };
}
