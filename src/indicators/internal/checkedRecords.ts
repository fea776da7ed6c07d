import { pure } from '../../core/pure.js';

/** The records a whole-dataset validation has checked and the library owns (never the caller's). */
const checked: WeakSet<object> = pure(() => new WeakSet<object>());

/**
 * Marks the records of a dataset the library has just validated and copied, so that the
 * indicators computed on it do not check each record again.
 *
 * @remarks
 * Only the parsed copy that `validateDataset` returns may be marked: its objects are the
 * library's, never the caller's, so nothing can change them after the check. Each record of each
 * top-level collection (an array of objects) is marked; the marks are held weakly and go with
 * the records.
 *
 * @param data - The parsed dataset.
 * @internal
 */
export function markCheckedRecords(data: Readonly<Record<string, unknown>>): void {
  for (const key of Object.keys(data)) {
    const collection = data[key];
    if (!Array.isArray(collection)) continue;
    for (const record of collection) {
      if (typeof record === 'object' && record !== null) checked.add(record);
    }
  }
}

/**
 * Tells whether a record was marked by {@link markCheckedRecords}.
 *
 * @param record - Any value.
 * @returns `true` for a record of a validated dataset's parsed copy.
 * @internal
 */
export function isCheckedRecord(record: unknown): boolean {
  // A weak set holds no primitive: `has` is false for them.
  return checked.has(record as object);
}
