/**
 * Tells whether a value can be read with `for…of`: it has a `Symbol.iterator` method.
 *
 * @remarks
 * What a `for…of` loop checks before it reads a value: `null`, `undefined`, a number or a plain
 * object is not iterable; an array, a string, a set or a generator is.
 *
 * @param value - Any value.
 * @returns `true` when `value[Symbol.iterator]` is a function.
 *
 * @example
 * ```ts
 * isIterable([]);
 * //=> true
 * isIterable({});
 * //=> false
 * ```
 *
 * @internal
 */
export function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof (value as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] === 'function';
}
