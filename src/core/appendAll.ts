/**
 * Appends every item to the end of an array, one at a time.
 *
 * @remarks
 * `target.push(...items)` passes each item on the call stack and throws a `RangeError` once an
 * array holds some 100,000 items (issue 21, fault 5). This loop has no such limit.
 *
 * @param target - The array appended to (changed in place).
 * @param items - The items, in order.
 * @returns `target`.
 * @internal
 */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * The largest of some numbers, or `start` when there is none larger, without spreading them.
 *
 * @param start - The value to start from (returned for no numbers).
 * @param values - The numbers.
 * @returns The largest value.
 * @internal
 */
export function maxOf(start: number, values: Iterable<number>): number {
  let max = start;
  for (const value of values) if (value > max) max = value;
  return max;
}

/**
 * The smallest of some numbers, or `start` when there is none smaller, without spreading them.
 *
 * @param start - The value to start from (returned for no numbers).
 * @param values - The numbers.
 * @returns The smallest value.
 * @internal
 */
export function minOf(start: number, values: Iterable<number>): number {
  let min = start;
  for (const value of values) if (value < min) min = value;
  return min;
}
