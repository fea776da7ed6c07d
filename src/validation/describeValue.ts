import { clipText } from './clipText.js';

const MAX_STRING = 60;
const MAX_KEYS = 5;

/**
 * Names a value in a few words for an issue message, without dumping objects.
 *
 * @remarks
 * Strings are quoted and cut after 60 UTF-16 code units (never inside a surrogate pair); arrays give their length; objects list at
 * most five keys, never their values.
 *
 * @param value - The value, as found in a sanitized input (plain data).
 * @returns A short description, e.g. `'"2024-13-01"'`, `'an array of 3 items'`.
 * @internal
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(
        value.length > MAX_STRING ? `${clipText(value, MAX_STRING)}…` : value,
      ) as string;
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `the bigint ${value}n`;
    case 'undefined':
      return 'nothing';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return value.length === 1 ? 'an array of 1 item' : `an array of ${value.length} items`;
  }
  const keys = Object.keys(value as object);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, MAX_KEYS).map((key) => describeValue(key));
  const more = keys.length > MAX_KEYS ? `, … (${keys.length} keys)` : '';
  return `an object with keys ${shown.join(', ')}${more}`;
}
