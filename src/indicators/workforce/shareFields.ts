import type { Bounds } from '../../core/bounds.js';
import type { BreakdownRow } from '../indicatorResult.js';
import type { CountShare } from './countShare.js';

/**
 * Turns a share of counts into the fields of a result or a breakdown row.
 *
 * @param share - The exact ratio or the bounds.
 * @param phrase - The published phrase to keep with bounds.
 * @returns `value` (with `reason` when `null`) and `ratio` when exact; `value: null`, `reason:
 * 'BOUNDED'` and `bounds` otherwise.
 * @internal
 */
export function shareFields(
  share: CountShare,
  phrase?: string | undefined,
): Pick<BreakdownRow, 'value' | 'reason' | 'ratio' | 'bounds'> {
  if (share.kind === 'exact') {
    const { ratio } = share;
    return {
      value: ratio.value,
      ...(ratio.reason === undefined ? {} : { reason: ratio.reason }),
      ratio,
    };
  }
  const bounds: Bounds = {
    min: share.min,
    max: share.max,
    ...(phrase === undefined ? {} : { phrase }),
  };
  return { value: null, reason: 'BOUNDED', bounds };
}
