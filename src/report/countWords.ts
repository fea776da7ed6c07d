import type { Count } from '../core/count.js';
import { englishFormatter } from './formatNumber.js';
import type { NumberFormatter } from './numberFormatter.js';

/**
 * Writes a count in words: `2554` → `'2,554'`, `{ min: 2044 }` → `'at least 2,044'`.
 *
 * An approximate count is written `'about n'` (its phrase is quoted by the caller).
 *
 * @param count - An exact count, bounds or an approximate count.
 * @param fmt - The formatter of the numbers; English by default.
 * @returns `'n'`, `'at least n'`, `'at most n'`, `'between n and m'` or `'about n'`.
 * @internal
 */
export function countWords(
  count: Readonly<Count>,
  fmt: NumberFormatter = englishFormatter(),
): string {
  const formatNumber = (value: number): string => fmt.number(value);
  if (typeof count === 'number') return formatNumber(count);
  if ('approximately' in count) return `about ${formatNumber(count.approximately)}`;
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
