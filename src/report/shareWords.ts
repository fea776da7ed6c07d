import type { Bounds } from '../core/bounds.js';
import { englishFormatter } from './formatNumber.js';
import type { NumberFormatter } from './numberFormatter.js';

/** Two decimals, rounded down (for a lower bound) or up (for an upper bound). */
function twoDecimals(value: number, direction: 'down' | 'up', fmt: NumberFormatter): string {
  let hundredths = direction === 'down' ? Math.floor(value * 100) : Math.ceil(value * 100);
  // value × 100 can round across a whole number: step back so the words stay on the right side.
  if (direction === 'down' && hundredths / 100 > value) hundredths--;
  if (direction === 'up' && hundredths / 100 < value) hundredths++;
  return fmt.fixed(hundredths / 100, 2);
}

/**
 * An exact share to four decimals, trailing zeros beyond two dropped: `'0.966'`, `'0.60'`,
 * `'0.9397'`.
 *
 * @param value - The share.
 * @param fmt - The formatter of the numbers.
 * @returns The text.
 * @internal
 */
export function exactShareText(value: number, fmt: NumberFormatter = englishFormatter()): string {
  const four = fmt.number(value, 4);
  const two = fmt.fixed(value, 2);
  // At most two decimals after rounding to four: show two (0.6 → 0.60); else the four rounded.
  return Math.abs(Math.round(value * 100) / 100 - Math.round(value * 10000) / 10000) < 1e-12
    ? two
    : four;
}

/** Whether two bounds are one number, up to the noise of floating-point division. */
function sameNumber(min: number, max: number): boolean {
  return min === max || Math.abs(max - min) <= 1e-12 * Math.max(1, Math.abs(min));
}

/**
 * Writes share bounds in words, rounded so that the words stay true.
 *
 * @remarks
 * A lower bound is rounded down and an upper bound up to two decimals: a share of at least
 * 2,044 / 2,554 = 0.80031… is "at least 0.80". A bound at 0 (below) or 1 (above) says nothing and
 * is left out. Bounds that are one number (equal, or apart by floating-point noise only) are
 * an exact share, written to four decimals without trailing zeros beyond two: 2,697 / 2,792 is
 * "0.966" and 1,637 / 1,742 is "0.9397", not "between 0.93 and 0.94".
 *
 * @param share - Bounds on a fraction in [0, 1].
 * @param fmt - The formatter of the numbers; English by default.
 * @returns E.g. `'at least 0.80'`, `'at most 0.39'`, `'between 0.20 and 0.40'`.
 * @internal
 */
export function shareWords(
  share: Readonly<Bounds>,
  fmt: NumberFormatter = englishFormatter(),
): string {
  // An exact share (both bounds one number) is that number, not the hundredths around it.
  if (share.min !== undefined && share.max !== undefined && sameNumber(share.min, share.max))
    return exactShareText(share.min, fmt);
  const min =
    share.min !== undefined && share.min > 0 ? twoDecimals(share.min, 'down', fmt) : undefined;
  const max =
    share.max !== undefined && share.max < 1 ? twoDecimals(share.max, 'up', fmt) : undefined;
  if (min !== undefined && max !== undefined)
    return min === max ? min : `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return `between ${fmt.fixed(0, 2)} and ${fmt.fixed(1, 2)}`;
}
