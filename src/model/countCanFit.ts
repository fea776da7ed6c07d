import { type Count, countInterval } from '../core/count.js';

/**
 * Whether a count `part` can be at most `whole`: the smallest `part` allowed does not exceed the
 * largest `whole` allowed. A missing count never conflicts.
 *
 * @internal
 */
export function countCanFit(
  part: Readonly<Count> | undefined,
  whole: Readonly<Count> | undefined,
): boolean {
  if (part === undefined || whole === undefined) return true;
  const max = countInterval(whole).max;
  return max === null || countInterval(part).min <= max;
}
