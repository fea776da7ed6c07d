import type { Bounds } from '../../../core/bounds.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';
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
): ValueOrReason & Pick<BreakdownRow, 'ratio' | 'bounds'> {
  if (share.kind === 'exact') {
    const { ratio } = share;
    return ratio.value === null
      ? { value: null, reason: ratio.reason ?? 'ZERO_DENOMINATOR', ratio }
      : { value: ratio.value, ratio };
  }
  const bounds: Bounds = {
    min: share.min,
    max: share.max,
    ...(phrase === undefined ? {} : { phrase }),
  };
  return { value: null, reason: 'BOUNDED', bounds };
}
