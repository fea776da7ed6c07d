import { type Count, type CountInterval, countInterval } from '../../../core/count.js';
import { ImpactError } from '../../../core/ImpactError.js';

/** Whether a value is a count of people: a non-negative safe integer. */
function isCountNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Reads a count of a workforce summary as the interval it lies in, after checking it.
 *
 * @remarks
 * A summary that did not go through {@link WorkforceSummarySchema} may hold anything; a count
 * that is not a non-negative safe integer, or bounds whose ends are not (or are unordered), is
 * refused instead of turning into a negative or `NaN` share.
 *
 * @param count - The count, exact or bounds.
 * @param field - The name of the field, for the error message.
 * @returns `{ min, max }` as {@link countInterval} gives it (`max: null` when unbounded above).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `count` is not a valid count.
 * @internal
 */
export function checkedCountInterval(count: Readonly<Count>, field: string): CountInterval {
  if (isCountNumber(count)) return countInterval(count);
  if (typeof count === 'object' && count !== null && !Array.isArray(count)) {
    const { min, max, approximately } = count as {
      min?: unknown;
      max?: unknown;
      approximately?: unknown;
    };
    // An approximate count ({ approximately, phrase }) is its figure, marked approximate.
    if (approximately !== undefined) {
      if (isCountNumber(approximately)) return countInterval(count);
    } else {
      const minOk = min === undefined || isCountNumber(min);
      const maxOk = max === undefined || isCountNumber(max);
      const present = min !== undefined || max !== undefined;
      if (minOk && maxOk && present && (min === undefined || max === undefined || min <= max)) {
        return countInterval(count);
      }
    }
  }
  throw new ImpactError(
    'INVALID_ARGUMENT',
    `${field} is not a count (a non-negative integer or ordered bounds)`,
  );
}
