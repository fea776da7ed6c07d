import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import { type Employee, ImpactError } from '../index.js';
import { employeeFromCsv } from './employeeFromCsv.js';
import { errorCode } from './errorCode.js';
import type { RowIssue } from './rowIssue.js';
import { validateEmployeeRow } from './validateEmployeeRow.js';

/**
 * The options of {@link readEmployees}.
 *
 * @example
 * ```ts
 * const options: ReadEmployeesOptions = { format: 'csv' };
 * ```
 *
 * @category Node
 */
export interface ReadEmployeesOptions {
  /** `ndjson` (one JSON object a line) or `csv` (a header row); default from the extension. */
  readonly format?: 'ndjson' | 'csv' | undefined;
  /** Called as bytes are read, with the bytes read so far. */
  readonly onBytes?: ((bytesRead: number) => void) | undefined;
}

/**
 * One row of an employee file: the employee, or why the row is rejected.
 *
 * @example
 * ```ts
 * declare const row: EmployeeRow;
 * row.employee?.id ?? row.issues;
 * ```
 *
 * @category Node
 */
export type EmployeeRow =
  | {
      /** The row number (see {@link RowIssue}). */
      readonly row: number;
      /** The valid employee. */
      readonly employee: Employee;
      /** Absent on a valid row. */
      readonly issues?: undefined;
    }
  | {
      /** The row number (see {@link RowIssue}). */
      readonly row: number;
      /** Absent on a rejected row. */
      readonly employee?: undefined;
      /** Why the row is rejected: at least one issue. */
      readonly issues: readonly RowIssue[];
    };

/**
 * The rows of an employee file as they are read, with running counts.
 *
 * @example
 * ```ts
 * declare const rows: EmployeeRows;
 * for await (const row of rows) if (row.issues) console.error(row.issues);
 * rows.counts;
 * //=> { read: 3, valid: 2, rejected: 1 }
 * ```
 *
 * @category Node
 */
export interface EmployeeRows extends AsyncIterable<EmployeeRow> {
  /** Rows read, valid and rejected so far; final once iteration ends. `read = valid + rejected`. */
  readonly counts: { readonly read: number; readonly valid: number; readonly rejected: number };
}

/**
 * The longest row read, in bytes (1 MiB): a longer line or CSV record is rejected as a whole, so
 * that a file without line breaks cannot fill the memory.
 *
 * @example
 * ```ts
 * MAX_ROW_BYTES;
 * //=> 1048576
 * ```
 *
 * @category Node
 */
export const MAX_ROW_BYTES = 1_048_576;

/**
 * Splits a byte stream into lines (LF, with an optional CR before it), keeping line numbers. A
 * line longer than {@link MAX_ROW_BYTES} is given as `null` once and its bytes are skipped.
 */
async function* byteLines(
  path: string,
  onBytes: ((n: number) => void) | undefined,
): AsyncGenerator<{ line: number; bytes: Uint8Array | null }> {
  let pending: Buffer = Buffer.alloc(0);
  let line = 0;
  let read = 0;
  let skipping = false;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    read += buffer.length;
    onBytes?.(read);
    pending = pending.length === 0 ? buffer : Buffer.concat([pending, buffer]);
    let start = 0;
    for (let i = pending.indexOf(0x0a, start); i !== -1; i = pending.indexOf(0x0a, start)) {
      if (skipping) skipping = false;
      else {
        line++;
        const end = i > start && pending[i - 1] === 0x0d ? i - 1 : i;
        yield { line, bytes: end - start > MAX_ROW_BYTES ? null : pending.subarray(start, end) };
      }
      start = i + 1;
    }
    pending = pending.subarray(start);
    if (pending.length > MAX_ROW_BYTES) {
      if (!skipping) {
        line++;
        yield { line, bytes: null };
        skipping = true;
      }
      pending = Buffer.alloc(0);
    }
  }
  if (pending.length > 0 && !skipping) yield { line: line + 1, bytes: pending };
}

async function* ndjsonRows(
  path: string,
  onBytes: ReadEmployeesOptions['onBytes'],
): AsyncGenerator<EmployeeRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for await (const { line, bytes } of byteLines(path, onBytes)) {
    if (bytes === null) {
      yield {
        row: line,
        issues: [
          {
            row: line,
            column: null,
            code: 'row.too_long',
            message: `The line is longer than ${MAX_ROW_BYTES} bytes.`,
          },
        ],
      };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      yield {
        row: line,
        issues: [
          {
            row: line,
            column: null,
            code: 'encoding.invalid_utf8',
            message: 'The line is not valid UTF-8.',
          },
        ],
      };
      continue;
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch (error) {
      const reason = (error as Error).message;
      yield {
        row: line,
        issues: [
          {
            row: line,
            column: null,
            code: 'json.invalid',
            message: `The line is not valid JSON: ${reason}`,
          },
        ],
      };
      continue;
    }
    const checked = validateEmployeeRow(record, line);
    yield 'employee' in checked
      ? { row: line, employee: checked.employee }
      : { row: line, issues: checked.issues };
  }
}

async function* csvRows(
  path: string,
  onBytes: ReadEmployeesOptions['onBytes'],
): AsyncGenerator<EmployeeRow> {
  const source = createReadStream(path);
  let read = 0;
  source.on('data', (chunk) => {
    read += chunk.length;
    onBytes?.(read);
  });
  const parser = parse({
    bom: true,
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_ROW_BYTES,
  });
  // \`pipe\` does not forward a read error (a missing file): end the parser with it.
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let row = 1;
  try {
    for await (const record of parser as AsyncIterable<Record<string, string>>) {
      row++;
      const bad = Object.entries(record).filter(([, cell]) => cell.includes('\uFFFD'));
      if (bad.length > 0) {
        yield {
          row,
          issues: bad.map(([column]) => ({
            row,
            column,
            code: 'encoding.invalid_utf8',
            message: 'The cell is not valid UTF-8.',
          })),
        };
        continue;
      }
      const checked = validateEmployeeRow(employeeFromCsv(record), row);
      yield 'employee' in checked
        ? { row, employee: checked.employee }
        : { row, issues: checked.issues };
    }
  } catch (error) {
    // A file error goes up; a structural CSV error (an unclosed quote) ends the file and is
    // reported at the next row.
    if (!errorCode(error).startsWith('CSV_')) throw error;
    yield {
      row: row + 1,
      issues: [
        {
          row: row + 1,
          column: null,
          code: 'csv.invalid',
          message: (error as Error).message,
        },
      ],
    };
  }
}

/**
 * Reads an employee file row by row: NDJSON or CSV, streamed in constant memory, each row
 * validated by {@link validateEmployeeRow}.
 *
 * @remarks
 * The file is read in chunks and each row is yielded as soon as it is parsed: memory does not
 * grow with the file. A bad row (malformed JSON, invalid UTF-8, a field the schema rejects)
 * is yielded with its issues and reading continues; no row is dropped silently, and `counts`
 * says how many rows were read, valid and rejected. Blank lines are not rows. A UTF-8
 * byte-order mark is dropped. CSV has a header row naming the {@link Employee} fields; empty
 * cells are absent fields; `birthYear` is read as a number. A CSV cell holding U+FFFD is taken
 * for bytes that were not UTF-8 (csv-parse decodes them so). A row longer than
 * {@link MAX_ROW_BYTES} is rejected (`row.too_long` in NDJSON; in CSV, `csv.invalid`, which ends
 * the file as any structural CSV error does).
 *
 * @param path - The file.
 * @param options - The format (default from the extension: `.csv` is CSV, anything else NDJSON)
 * and a progress callback.
 * @returns The rows as an async iterable, with `counts`.
 * @throws {@link index!ImpactError} `FILE_UNREADABLE` (while iterating) when the file cannot be read.
 *
 * @example
 * ```ts
 * import { readEmployees } from 'mining-impact/node';
 *
 * const rows = readEmployees('employees.ndjson');
 * for await (const row of rows) if (row.issues) console.error(row.issues);
 * rows.counts;
 * //=> { read: 1000, valid: 998, rejected: 2 }
 * ```
 *
 * @category Node
 */
export function readEmployees(
  path: string,
  options: Readonly<ReadEmployeesOptions> = {},
): EmployeeRows {
  const format = options.format ?? (path.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  if (format !== 'csv' && format !== 'ndjson')
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `format must be ndjson or csv, not ${String(format)}`,
    );
  const counts = { read: 0, valid: 0, rejected: 0 };
  return {
    counts,
    async *[Symbol.asyncIterator]() {
      const rows =
        format === 'csv' ? csvRows(path, options.onBytes) : ndjsonRows(path, options.onBytes);
      try {
        for await (const row of rows) {
          counts.read++;
          if (row.employee === undefined) counts.rejected++;
          else counts.valid++;
          yield row;
        }
      } catch (error) {
        throw new ImpactError('FILE_UNREADABLE', `${path}: ${errorCode(error)}`, { cause: error });
      }
    },
  };
}
