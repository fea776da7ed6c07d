import type { DefinitionValue } from '../contract/indicatorResult.js';

/**
 * A copy of plain data (a policy, a range, bounds) as a definition value of a result: keys
 * whose value is `undefined` are left out, and the result shares no object with the input.
 *
 * @param value - The data: objects, arrays, strings, finite numbers, booleans and `null`.
 * @returns The copy.
 * @internal
 */
export function definitionOf(value: object | null): DefinitionValue {
  return JSON.parse(JSON.stringify(value)) as DefinitionValue;
}
