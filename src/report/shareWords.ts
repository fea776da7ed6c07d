import type { Bounds } from '../core/bounds.js';

/** Two decimals, rounded down (for a lower bound) or up (for an upper bound). */
function twoDecimals(value: number, direction: 'down' | 'up'): string {
  let hundredths = direction === 'down' ? Math.floor(value * 100) : Math.ceil(value * 100);
  // value × 100 can round across a whole number: step back so the words stay on the right side.
  if (direction === 'down' && hundredths / 100 > value) hundredths--;
  if (direction === 'up' && hundredths / 100 < value) hundredths++;
  return (hundredths / 100).toFixed(2);
}

/** An exact share to four decimals, trailing zeros beyond two dropped: `'0.966'`, `'0.60'`. */
function exactShare(value: number): string {
  const [whole, decimals = ''] = value.toFixed(4).split('.');
  return `${whole}.${decimals.replace(/0+$/, '').padEnd(2, '0')}`;
}

/**
 * Writes share bounds in words, rounded so that the words stay true.
 *
 * @remarks
 * A lower bound is rounded down and an upper bound up to two decimals: a share of at least
 * 2,044 / 2,554 = 0.80031… is "at least 0.80". A bound at 0 (below) or 1 (above) says nothing and
 * is left out. Bounds that are one number are an exact share, written to four decimals
 * without trailing zeros beyond two: 2,697 / 2,792 is "0.966", not "between 0.96 and 0.97".
 *
 * @param share - Bounds on a fraction in [0, 1].
 * @returns E.g. `'at least 0.80'`, `'at most 0.39'`, `'between 0.20 and 0.40'`.
 * @internal
 */
export function shareWords(share: Readonly<Bounds>): string {
  // An exact share (both bounds one number) is that number, not the hundredths around it.
  if (share.min !== undefined && share.min === share.max) return exactShare(share.min);
  const min = share.min !== undefined && share.min > 0 ? twoDecimals(share.min, 'down') : undefined;
  const max = share.max !== undefined && share.max < 1 ? twoDecimals(share.max, 'up') : undefined;
  if (min !== undefined && max !== undefined)
    return min === max ? min : `between ${min} and ${max}`;
  if (min !== undefined) return `at least ${min}`;
  if (max !== undefined) return `at most ${max}`;
  return 'between 0.00 and 1.00';
}
