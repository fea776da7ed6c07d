import { pure } from './pure.js';
/**
 * The object keys that can reach a prototype when data is copied or merged: `__proto__`,
 * `constructor` and `prototype`.
 *
 * @remarks
 * {@link validateDataset} reports every such key in its input as `security.forbidden_key` and
 * validates a copy without them; no schema of the model has a property of these names.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS;
 * //=> ['__proto__', 'constructor', 'prototype']
 * ```
 *
 * @category Validation
 */
export const FORBIDDEN_KEYS: readonly string[] = pure(() =>
  Object.freeze(['__proto__', 'constructor', 'prototype']),
);

/**
 * Tells whether an object key is one of the `FORBIDDEN_KEYS`.
 *
 * @param key - The key.
 * @returns `true` for `__proto__`, `constructor` and `prototype`.
 *
 * @example
 * ```ts
 * isForbiddenKey('__proto__');
 * //=> true
 * isForbiddenKey('AZ-DAS');
 * //=> false
 * ```
 *
 * @category Validation
 */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}
