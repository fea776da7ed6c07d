/**
 * Freezes a value and every object and array it holds, so shared reference data cannot be
 * changed by one of its users.
 *
 * @param value - A tree of plain objects and arrays (no cycles).
 * @returns The same value, frozen.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
