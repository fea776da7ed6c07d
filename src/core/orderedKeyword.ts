/**
 * The JSON Schema keyword that states an ordering between sibling properties.
 *
 * @remarks
 * `{ "x-ordered": ["start", "end"] }` on an object schema means: of the listed properties, those
 * present are in non-decreasing order (numbers numerically, `YYYY-MM-DD` strings as strings).
 * zod states the same constraint as a refinement; the generated JSON Schema carries it under this
 * keyword so that a validator taught the keyword (see `isOrderedByKeys`) accepts and rejects
 * exactly what the zod schema does. Validators that do not know the keyword ignore it, as JSON
 * Schema 2020-12 prescribes for unknown keywords.
 *
 * @example
 * ```ts
 * ORDERED_KEYWORD;
 * //=> 'x-ordered'
 * ```
 *
 * @category Validation
 */
export const ORDERED_KEYWORD = 'x-ordered';

/**
 * Tells whether the listed properties of an object that are present come in non-decreasing order.
 *
 * @remarks
 * The meaning of the `ORDERED_KEYWORD` keyword. Absent properties are skipped; values are
 * compared with `<=`, so numbers compare numerically and ISO dates as strings. Values of
 * different types never satisfy the order.
 *
 * @param value - The object to test.
 * @param keys - The property names, in the order their values must follow.
 * @returns `true` when every present value is `<=` the next present one.
 *
 * @example
 * ```ts
 * isOrderedByKeys({ low: 1, high: 3 }, ['low', 'central', 'high']);
 * //=> true
 * isOrderedByKeys({ start: '2024-02-01', end: '2024-01-01' }, ['start', 'end']);
 * //=> false
 * ```
 *
 * @category Validation
 */
export function isOrderedByKeys(
  value: Readonly<Record<string, unknown>>,
  keys: readonly string[],
): boolean {
  let previous: unknown;
  for (const key of keys) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) continue;
    const current = value[key];
    if (previous !== undefined) {
      if (typeof previous !== typeof current) return false;
      if (!((previous as number | string) <= (current as number | string))) return false;
    }
    previous = current;
  }
  return true;
}
