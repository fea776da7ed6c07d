import type { RowIssue } from '../index.js';
import { defineOwnField } from './defineOwnField.js';
import { CellProblem } from './parquetParsers.js';

/**
 * A Parquet row as a plain record, and the problems of the cells that could not become a value.
 *
 * @internal
 */
export interface ParquetRecord {
  /**
   * The record: one field per non-null cell whose value could be read; `undefined` when the row
   * is too long to be checked.
   */
  readonly record: Record<string, unknown> | undefined;
  /** The problems of the other cells, or `undefined` when there are none. */
  readonly problems: RowIssue[] | undefined;
}

/** The largest and smallest integers a number holds exactly, as bigints. */
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Whether a bigint is an integer a number holds exactly. */
function isSafe(value: bigint): boolean {
  return value >= MIN_SAFE && value <= MAX_SAFE;
}

/** The problem of a cell that is not a value: a bigint beyond the safe range or a parser's problem. */
function cellProblem(cell: bigint | CellProblem, row: number, column: string): RowIssue {
  if (cell instanceof CellProblem) return { row, column, code: cell.code, message: cell.message };
  return {
    row,
    column,
    code: 'parquet.unsafe_integer',
    message: `The integer ${cell} is beyond ±${Number.MAX_SAFE_INTEGER}, which a number holds exactly.`,
  };
}

/** Whether the text cells of a row are longer than `limit` bytes of UTF-8 together. */
function textBytesOver(cells: readonly (readonly unknown[])[], at: number, limit: number): boolean {
  let units = 0;
  for (const column of cells) {
    const cell = column[at];
    if (typeof cell === 'string') units += cell.length;
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8: below a third of the limit nothing is over.
  if (units * 3 <= limit) return false;
  let bytes = 0;
  for (const column of cells) {
    const cell = column[at];
    if (typeof cell === 'string') bytes += Buffer.byteLength(cell);
  }
  return bytes > limit;
}

/**
 * Turns a Parquet row (the cells at one index of the columns, in the order of the top-level
 * columns) into the plain record an NDJSON line with the same fields would be.
 *
 * @remarks
 * The column name is the field name. A null cell is an absent field. An INT64 cell (a bigint)
 * becomes a number when a number holds it exactly (±(2^53 − 1)), and a problem
 * (`parquet.unsafe_integer`) otherwise; a {@link CellProblem} left by the parsers (a date out of
 * range, text that is not UTF-8) becomes a problem too; every other value (text, numbers,
 * booleans, the `YYYY-MM-DD` of a date, the object of a nested column) is kept as it is, for
 * the schema to accept or reject. A `__proto__` column is defined as an own data property
 * (never assigned, which would reach the prototype), so the strict schema rejects it as it
 * does in NDJSON. A row whose text cells together are longer than `maxRowBytes` in UTF-8 has
 * the single problem `row.too_long` and no record, as an NDJSON line longer than that has.
 *
 * @param columns - The names of the top-level columns.
 * @param cells - The cells of each column (a missing column or cell is a null cell).
 * @param at - The index of the row's cells in the columns.
 * @param row - The row number, for the problems.
 * @param maxRowBytes - The most bytes of text a row may hold.
 * @returns The record and the problems.
 * @internal
 */
export function parquetRowToRecord(
  columns: readonly string[],
  cells: readonly (readonly unknown[])[],
  at: number,
  row: number,
  maxRowBytes: number,
): ParquetRecord {
  if (textBytesOver(cells, at, maxRowBytes)) {
    const message = `The row's text is longer than ${maxRowBytes} bytes.`;
    return { record: undefined, problems: [{ row, column: null, code: 'row.too_long', message }] };
  }
  const record: Record<string, unknown> = {};
  let problems: RowIssue[] | undefined;
  for (let i = 0; i < columns.length; i++) {
    const cell = cells[i]?.[at];
    if (cell === null || cell === undefined) continue;
    const column = columns[i] as string;
    let value: unknown = cell;
    if (typeof cell === 'bigint' && isSafe(cell)) value = Number(cell);
    else if (typeof cell === 'bigint' || cell instanceof CellProblem) {
      problems ??= [];
      problems.push(cellProblem(cell, row, column));
      continue;
    }
    if (column === '__proto__') {
      defineOwnField(record, column, value);
    } else {
      record[column] = value;
    }
  }
  return { record, problems };
}
