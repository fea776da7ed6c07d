/**
 * Writes a field of a record as an own, enumerable, writable data property, as JSON.parse does:
 * a field named `__proto__` becomes a field, not the record's prototype.
 *
 * @param record - The record being built.
 * @param key - The field's name.
 * @param value - Its value.
 * @example
 * ```ts
 * const record: Record<string, unknown> = {};
 * defineOwnField(record, '__proto__', 'x');
 * Object.keys(record);
 * //=> ['__proto__']
 * ```
 * @internal
 */
export function defineOwnField(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
