import type { Ratio } from '../../../core/ratio.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';

/**
 * Turns a ratio into the fields of a result or a breakdown row: its value (with the reason when
 * `null`) and the ratio itself.
 *
 * @param share - The ratio.
 * @returns `value` and `ratio`, with `reason` exactly when `value` is `null`.
 * @internal
 */
export function ratioFields(share: Ratio): ValueOrReason & { readonly ratio: Ratio } {
  return share.value === null
    ? { value: null, reason: share.reason ?? 'ZERO_DENOMINATOR', ratio: share }
    : { value: share.value, ratio: share };
}
