import type { Count } from '../core/count.js';
import { formatNumber } from './formatNumber.js';

/**
 * Writes a count in words: `2554` → `'2,554'`, `{ min: 2044 }` → `'at least 2,044'`.
 *
 * @param count - An exact count or bounds.
 * @returns `'n'`, `'at least n'`, `'at most n'` or `'between n and m'`.
 * @internal
 */
export function countWords(count: Readonly<Count>): string {
  if (typeof count === 'number') return formatNumber(count);
  if (count.min !== undefined && count.max !== undefined) {
    return count.min === count.max
      ? formatNumber(count.min)
      : `between ${formatNumber(count.min)} and ${formatNumber(count.max)}`;
  }
  // Bounds hold a min or a max: without a min, the max is there.
  return count.min !== undefined
    ? `at least ${formatNumber(count.min)}`
    : `at most ${formatNumber(Number(count.max))}`;
}
