import * as z from 'zod';
import { FORBIDDEN_KEYS, isForbiddenKey } from '../core/forbiddenKeys.js';
import { pure } from '../core/pure.js';

const NOT_FORBIDDEN_KEY = pure(() => new RegExp(`^(?!(?:${FORBIDDEN_KEYS.join('|')})$)`));

/**
 * Builds a record keyed by ids that rejects the keys `__proto__`, `constructor` and `prototype`.
 *
 * @remarks
 * A plain `z.record` skips an own `__proto__` key without an issue (its value is never checked)
 * while a JSON Schema validator checks it like any other key, so the two would disagree. Here
 * both reject it: the zod schema reports each forbidden key as `security.forbidden_key`, and the
 * generated JSON Schema's `propertyNames` excludes the three names.
 *
 * @param key - The id schema of the keys.
 * @param value - The schema of the values.
 * @returns The record schema.
 * @internal
 */
export function idKeyedRecord<K extends z.ZodString, V extends z.ZodType>(key: K, value: V) {
  const record = z.record(key.regex(NOT_FORBIDDEN_KEY, 'This key is not allowed.') as K, value);
  return z.preprocess<z.input<typeof record>, typeof record, z.input<typeof record>>(
    (input, ctx) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
      const forbidden = Object.keys(input).filter(isForbiddenKey);
      if (forbidden.length === 0) return input;
      for (const name of forbidden) {
        ctx.addIssue({
          code: 'custom',
          message: `The key "${name}" is not allowed.`,
          path: [name],
          params: { code: 'security.forbidden_key' },
        });
      }
      return input;
    },
    record,
  );
}
