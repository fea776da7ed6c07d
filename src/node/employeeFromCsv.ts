/** The CSV columns that hold numbers. */
const NUMERIC = new Set(['birthYear']);

/** A whole number as a CSV cell holds it. */
const DIGITS = /^\d{1,6}$/;

/**
 * Turns a CSV record (column → text) into a plain object an employee schema can check.
 *
 * @remarks
 * An empty cell is an absent field. A numeric column holding only digits becomes a number; any
 * other text stays text, so the schema reports it. A `__proto__` column is defined as an own
 * data property (never assigned, which would reach the prototype) and rejected by the strict
 * schema.
 *
 * @param record - The record as parsed, keyed by the header.
 * @returns The object.
 * @internal
 */
export function employeeFromCsv(record: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const cell = record[key] as string;
    if (cell === '') continue;
    const value = NUMERIC.has(key) && DIGITS.test(cell) ? Number(cell) : cell;
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[key] = value;
    }
  }
  return out;
}
