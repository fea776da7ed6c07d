import { ImpactError } from '../index.js';

/**
 * The formats DuckDB reads employment records from.
 *
 * @category DuckDB
 */
export type DuckDbEmployeeFormat = 'ndjson' | 'csv' | 'parquet';

/** The columns the workforce cube reads, and the DuckDB type each is read as. */
export const EMPLOYEE_COLUMNS: readonly (readonly [string, string])[] = [
  ['companyId', 'VARCHAR'],
  ['engagement', 'VARCHAR'],
  ['siteId', 'VARCHAR'],
  ['homeLocationId', 'VARCHAR'],
  ['gender', 'VARCHAR'],
  ['category', 'VARCHAR'],
  ['nationality', 'VARCHAR'],
  ['birthYear', 'BIGINT'],
  ['hireDate', 'VARCHAR'],
  ['terminationDate', 'VARCHAR'],
  ['terminationReason', 'VARCHAR'],
  ['rehire', 'BOOLEAN'],
];

/**
 * The format of the files: `format` when given, else their extension (`.ndjson`, `.jsonl` and
 * `.json` are NDJSON, `.csv` CSV, `.parquet` Parquet), the same for all.
 *
 * @param files - The paths.
 * @param format - The format given, if any.
 * @returns The format.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when no file is given, a path is not text (or
 * holds a NUL character), the format is unknown, or the extensions disagree or say nothing.
 * @internal
 */
export function employeeFormat(
  files: readonly string[],
  format: DuckDbEmployeeFormat | undefined,
): DuckDbEmployeeFormat {
  if (files.length === 0) throw new ImpactError('INVALID_ARGUMENT', 'no file to read');
  for (const file of files) {
    if (typeof file !== 'string' || file === '' || file.includes('\u0000')) {
      throw new ImpactError('INVALID_ARGUMENT', 'a file path must be non-empty text without NUL');
    }
  }
  if (format !== undefined) {
    if (format === 'ndjson' || format === 'csv' || format === 'parquet') return format;
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `format ${JSON.stringify(String(format)).slice(0, 40)} is not ndjson, csv or parquet`,
    );
  }
  const formats = new Set(files.map((file) => extensionFormat(file)));
  const [only] = formats;
  if (formats.size !== 1 || only === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'the files do not all end in .ndjson, .jsonl, .json, .csv or .parquet alike: give options.format',
    );
  }
  return only;
}

/** The format an extension names, or `undefined`. */
function extensionFormat(file: string): DuckDbEmployeeFormat | undefined {
  const lower = file.toLowerCase();
  if (/\.(?:ndjson|jsonl|json)$/.test(lower)) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  return lower.endsWith('.parquet') ? 'parquet' : undefined;
}

/**
 * A list of paths as a DuckDB list of string literals (quotes doubled: DuckDB strings have no
 * other escape).
 *
 * @param files - The paths.
 * @returns E.g. `['a.csv', 'it''s.csv']`.
 * @internal
 */
export function sqlPathList(files: readonly string[]): string {
  return `[${files.map((file) => `'${file.replaceAll("'", "''")}'`).join(', ')}]`;
}

/**
 * The DuckDB table function that reads the files.
 *
 * @remarks
 * NDJSON is read with the cube's columns and types given, so a field absent from every record
 * is a column of `NULL`s and other fields are ignored; CSV as text (`all_varchar`: an empty cell
 * is `NULL`), typed by {@link employeeProjection}; Parquet as its schema says.
 *
 * @param files - The paths.
 * @param format - Their format.
 * @returns The table function call.
 * @internal
 */
export function employeeReader(files: readonly string[], format: DuckDbEmployeeFormat): string {
  const list = sqlPathList(files);
  if (format === 'ndjson') {
    const columns = EMPLOYEE_COLUMNS.map(([name, type]) => `${name}: '${type}'`).join(', ');
    return `read_json(${list}, format = 'newline_delimited', columns = {${columns}})`;
  }
  if (format === 'csv') return `read_csv(${list}, header = true, all_varchar = true)`;
  return `read_parquet(${list})`;
}

/**
 * The columns of the cube as a projection of the files' columns: each present column cast to
 * its type, each missing one `NULL` of that type.
 *
 * @param present - The names of the files' columns (DuckDB matches them without regard to case).
 * @returns The projection, e.g. `CAST(companyId AS VARCHAR) AS companyId, …`.
 * @internal
 */
export function employeeProjection(present: readonly string[]): string {
  const known = new Set(present.map((name) => name.toLowerCase()));
  return EMPLOYEE_COLUMNS.map(([name, type]) =>
    known.has(name.toLowerCase())
      ? `CAST(${name} AS ${type}) AS ${name}`
      : `CAST(NULL AS ${type}) AS ${name}`,
  ).join(', ');
}
