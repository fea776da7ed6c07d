/** The CSV columns that hold numbers. */
const NUMERIC = new Set(['birthYear']);

/**
 * Turns a CSV record (column → text) into a plain object an employee schema can check.
 *
 * @remarks
 * An empty cell is an absent field. A numeric column holding only digits becomes a number; any
 * other text stays text, so the schema reports it. Keys that could reach a prototype are kept as
 * own data properties of a null-prototype object and rejected by the strict schema.
 *
 * @param record - The record as parsed, keyed by the header.
 * @returns The object.
 * @internal
 */
export function employeeFromCsv(record: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, cell] of Object.entries(record)) {
    if (cell === '') continue;
    out[key] = NUMERIC.has(key) && /^\d{1,6}$/.test(cell) ? Number(cell) : cell;
  }
  return { ...out };
}
