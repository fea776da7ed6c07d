import { type Employee, ImpactError, isImpactError } from '../index.js';
import type { RowIssue } from '../validation/rowIssue.js';
import { describeFileError } from './describeFileError.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';

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
  /**
   * `ndjson` (one JSON object a line), `csv` (a header row) or `parquet` (one column a field);
   * default from the extension (`.csv`, `.parquet`, anything else NDJSON).
   */
  readonly format?: 'ndjson' | 'csv' | 'parquet' | undefined;
  /** Called as bytes are read, with the bytes read so far (in Parquet, at most the file's size). */
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
 * Reads an employee file row by row: NDJSON, CSV or Parquet, streamed in bounded memory, each
 * row validated by {@link mining-impact!validateEmployeeRow}.
 *
 * @remarks
 * The file is read in chunks and each row is yielded as soon as it is parsed: memory does not
 * grow with the file. A bad row (malformed JSON, invalid UTF-8, a field the schema rejects)
 * is yielded with its issues and reading continues; no row is dropped silently, and `counts`
 * says how many rows were read, valid and rejected. Blank lines are not rows. A UTF-8
 * byte-order mark is dropped. CSV has a header row naming the {@link Employee} fields; empty
 * cells are absent fields; `birthYear` is read as a number, `nonGuaranteedHours` and `rehire` as
 * booleans (`true`/`false`). A CSV cell holding U+FFFD is taken
 * for bytes that were not UTF-8 (csv-parse decodes them so). A plain CSV line (no double quote,
 * no CR but the one of a CR LF line break, within the limit) is split on commas from its bytes,
 * giving the record csv-parse would give; from the first other line on, csv-parse reads the
 * rest of the file, its rows and line numbers continuing. Every row before a structural CSV
 * error is yielded before the error. A row longer than
 * {@link MAX_ROW_BYTES} is rejected (`row.too_long` in NDJSON; in CSV, `csv.invalid`, which ends
 * the file as any structural CSV error does, such as a quote never closed). A quote inside an
 * unquoted CSV cell is text. A CSV row with more cells than the header is rejected
 * (`csv.extra_cells`) unless the extra cells are empty; a row with fewer has the missing fields
 * absent.
 *
 * Parquet is read with hyparquet (loaded with `import()` on the first Parquet file) one row
 * group at a time, by byte ranges through a file handle: memory holds one row group's data. Row
 * `n` is the file's `n`-th row. Each row becomes the record an NDJSON line would be: the column
 * name is the field, a null cell an absent field, a `DATE` or timestamp the UTC day
 * `YYYY-MM-DD`, an `INT64` a number when it is exact (else `parquet.unsafe_integer`); a column
 * that is not a field, nested or not, is an unknown key (`schema.unrecognized_keys`). A row whose
 * text is longer than {@link MAX_ROW_BYTES} is `row.too_long`. A file that is not Parquet, is
 * corrupt, or has a footer or row group of more than 256 MiB ends with `FILE_UNREADABLE`.
 *
 * @param path - The file.
 * @param options - The format (default from the extension: `.csv` is CSV, `.parquet` Parquet,
 * anything else NDJSON) and a progress callback.
 * @returns The rows as an async iterable, with `counts`.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` (while iterating) when the file cannot be read
 * (or, in Parquet, is not Parquet or is corrupt); `INVALID_ARGUMENT` when `format` is none of
 * `ndjson`, `csv` and `parquet`.
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
  const format = employeeFileFormat(path, options.format);
  const counts = { read: 0, valid: 0, rejected: 0 };
  return {
    counts,
    async *[Symbol.asyncIterator]() {
      // The file is read a chunk at a time; the rows of a chunk wait here to be yielded.
      const batch: EmployeeRow[] = [];
      const rows = scanEmployeeFile(
        path,
        { format, maxRowBytes: MAX_ROW_BYTES, onBytes: options.onBytes },
        (row, employee, issues) => {
          batch.push(
            employee === undefined
              ? { row, issues: issues as readonly RowIssue[] }
              : { row, employee },
          );
        },
      );
      try {
        for await (const _ of rows) {
          for (const row of batch) {
            counts.read++;
            if (row.employee === undefined) counts.rejected++;
            else counts.valid++;
            yield row;
          }
          batch.length = 0;
        }
      } catch (error) {
        if (isImpactError(error)) throw error;
        throw new ImpactError('FILE_UNREADABLE', describeFileError(error, path), { cause: error });
      }
    },
  };
}

/**
 * The format of an employee file: the one given, or CSV for a `.csv` path, Parquet for a
 * `.parquet` path and NDJSON otherwise.
 *
 * @param path - The file.
 * @param format - The format asked for, if any.
 * @returns The format.
 * @throws {@link mining-impact!ImpactError} `INVALID_ARGUMENT` when the format is none of them.
 * @internal
 */
export function employeeFileFormat(path: string, format: unknown): 'ndjson' | 'csv' | 'parquet' {
  const chosen = format ?? formatOfExtension(path.toLowerCase());
  if (chosen !== 'csv' && chosen !== 'ndjson' && chosen !== 'parquet') {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `format must be ndjson, csv or parquet, not ${String(chosen)}`,
    );
  }
  return chosen;
}

/** The format a (lower-case) path's extension names: `.csv`, `.parquet`, or NDJSON for any other. */
function formatOfExtension(path: string): 'ndjson' | 'csv' | 'parquet' {
  if (path.endsWith('.csv')) return 'csv';
  return path.endsWith('.parquet') ? 'parquet' : 'ndjson';
}
