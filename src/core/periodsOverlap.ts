import type { Period } from './period.js';

/**
 * Tells whether two periods share at least one day.
 *
 * @remarks
 * Both ends are inclusive, so periods that touch on one day overlap. An open end extends to
 * infinity.
 *
 * @param a - The first period.
 * @param b - The second period.
 * @returns `true` when some day lies in both periods.
 *
 * @example
 * ```ts
 * periodsOverlap({ start: '2024-01-01', end: '2024-06-30' }, { start: '2024-06-30' });
 * //=> true
 * periodsOverlap({ start: '2024-01-01', end: '2024-06-29' }, { start: '2024-06-30' });
 * //=> false
 * ```
 *
 * @category Dates
 */
export function periodsOverlap(a: Readonly<Period>, b: Readonly<Period>): boolean {
  const aStartsBeforeBEnds = b.end === undefined || a.start <= b.end;
  const bStartsBeforeAEnds = a.end === undefined || b.start <= a.end;
  return aStartsBeforeBEnds && bStartsBeforeAEnds;
}
