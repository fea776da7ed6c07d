import type * as z from 'zod';
import { ImpactError } from '../../core/ImpactError.js';
import { isCheckedRecord } from './checkedRecords.js';
import { firstIssue } from './firstIssue.js';

/** Whether a value can be iterated. */
function isIterable(value: unknown): value is Iterable<unknown> {
  return (
    value !== null &&
    (typeof value === 'object' || typeof value === 'string') &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/**
 * Checks every item of an indicator's input against its schema and returns the items as a list.
 *
 * @remarks
 * The items themselves are returned (not zod's copies), so results can refer to them. With
 * `uniqueBy`, two items with the same key are refused. A record of a validated dataset's parsed
 * copy (marked by `markCheckedRecords`) is not checked again.
 *
 * @param schema - The schema each item must match.
 * @param items - The input: an iterable (read once).
 * @param name - The input's name in error messages, e.g. `'programs'`.
 * @param uniqueBy - The key that must be unique across items, e.g. the id.
 * @returns The items, in order.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the input is not iterable (or is a string),
 * an item does not match the schema (the message names its index and path), or two items share
 * a key.
 * @internal
 */
export function parseEach<T>(
  schema: z.ZodType<T>,
  items: Iterable<Readonly<T>>,
  name: string,
  uniqueBy?: (item: Readonly<T>) => string,
): Readonly<T>[] {
  if (!isIterable(items) || typeof items === 'string') {
    throw new ImpactError('INVALID_ARGUMENT', `${name} must be an iterable`);
  }
  const list = [...items] as Readonly<T>[];
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    const parsed = isCheckedRecord(item) ? undefined : schema.safeParse(item);
    if (parsed !== undefined && !parsed.success) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        firstIssue(parsed.error.issues, `${name}[${index}]`),
        {
          cause: parsed.error,
        },
      );
    }
    if (uniqueBy === undefined) continue;
    const key = uniqueBy(item);
    if (seen.has(key)) throw new ImpactError('INVALID_ARGUMENT', `${name}: ${key} appears twice`);
    seen.add(key);
  }
  return list;
}

/**
 * Checks one input against its schema.
 *
 * @param schema - The schema.
 * @param value - The input.
 * @param name - The input's name in error messages, e.g. `'summary'`.
 * @returns The input itself.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when it does not match (the message names the
 * path).
 * @internal
 */
export function parseOne<T>(schema: z.ZodType<T>, value: Readonly<T>, name: string): Readonly<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ImpactError('INVALID_ARGUMENT', firstIssue(parsed.error.issues, name), {
      cause: parsed.error,
    });
  }
  return value;
}
