import { defineOwnField } from './defineOwnField.js';

/** The CSV columns that hold numbers. */
const NUMERIC = new Set(['birthYear']);

/** The CSV columns that hold `true` or `false`. */
const BOOLEAN = new Set(['nonGuaranteedHours', 'rehire']);

/** A whole number as a CSV cell holds it. */
const DIGITS = /^\d{1,6}$/;

/** A CSV cell as the value the schema checks: a number or a boolean where the column holds one. */
function cellValue(key: string, cell: string): unknown {
  if (NUMERIC.has(key) && DIGITS.test(cell)) return Number(cell);
  if (BOOLEAN.has(key) && (cell === 'true' || cell === 'false')) return cell === 'true';
  return cell;
}

/**
 * Turns a CSV record (column → text) into a plain object an employee schema can check.
 *
 * @remarks
 * An empty cell is an absent field. A numeric column holding only digits becomes a number, and
 * a boolean column (`nonGuaranteedHours`, `rehire`) holding `true` or `false` a boolean; any
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
    const value = cellValue(key, cell);
    if (key === '__proto__') {
      defineOwnField(out, key, value);
    } else {
      out[key] = value;
    }
  }
  return out;
}
