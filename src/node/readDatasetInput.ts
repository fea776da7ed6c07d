import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type Employee, ImpactError } from '../index.js';
import type { RowIssue } from '../validation/rowIssue.js';
import { describeFileError } from './describeFileError.js';
import { drainRows } from './drainRows.js';
import { errorCode } from './errorCode.js';
import { employeeFileFormat, MAX_ROW_BYTES } from './readEmployees.js';
import { readJsonFile } from './readJsonFile.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';

/**
 * How many rejected rows {@link readDatasetInput} keeps in full; the rest are counted by code.
 *
 * @example
 * ```ts
 * ROW_ISSUE_LIMIT;
 * //=> 1000
 * ```
 *
 * @category Node
 */
export const ROW_ISSUE_LIMIT = 1000;

/**
 * A dataset read from disk, with what happened to the employee rows of a folder.
 *
 * @example
 * ```ts
 * declare const input: DatasetInput;
 * input.employees?.counts.rejected;
 * ```
 *
 * @category Node
 */
export interface DatasetInput {
  /** The dataset as parsed JSON, with the valid employees of a folder in `employees`. */
  readonly dataset: unknown;
  /** The employee file of a folder; `null` for a single JSON file. */
  readonly employees: {
    /** The file read. */
    readonly path: string;
    /** Rows read, valid and rejected. */
    readonly counts: { readonly read: number; readonly valid: number; readonly rejected: number };
    /** The issues of the first {@link ROW_ISSUE_LIMIT} rejected rows. */
    readonly issues: readonly RowIssue[];
    /** Every issue counted by code, over all rejected rows. */
    readonly issuesByCode: Readonly<Record<string, number>>;
  } | null;
}

/**
 * The options of {@link readDatasetInput}.
 *
 * @example
 * ```ts
 * const options: ReadDatasetInputOptions = { onProgress: (read, total) => {} };
 * ```
 *
 * @category Node
 */
export interface ReadDatasetInputOptions {
  /** Called as the employee file is read, with bytes read and the file size. */
  readonly onProgress?: ((bytesRead: number, totalBytes: number) => void) | undefined;
  /**
   * Streams the valid employees of a folder's employee file instead of collecting them: called
   * with the parsed `dataset.json` before the first row, it returns the function each valid
   * employee is handed to, in file order (e.g. `builder.add` of a report builder). The dataset
   * returned then has no `employees`, and memory stays flat whatever the file's size. Not
   * called for a JSON file or a folder without an employee file.
   */
  readonly streamEmployees?: ((dataset: unknown) => (employee: Employee) => void) | undefined;
}

/**
 * The employee file at a path and its size; `undefined` when nothing is there. Anything else
 * that is not a regular file (a dangling symlink, a symlink loop, a FIFO, a folder) is an error,
 * never skipped: the report would silently fall back to the published summary.
 */
async function employeeFile(file: string): Promise<{ file: string; size: number } | undefined> {
  const link = await lstat(file).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new ImpactError('FILE_UNREADABLE', describeFileError(error, file), { cause: error });
  });
  if (link === undefined) return undefined;
  const info = await stat(file).catch((error: unknown) => {
    const why =
      errorCode(error) === 'ENOENT'
        ? `a symlink to nothing: ${file}`
        : describeFileError(error, file);
    throw new ImpactError('FILE_UNREADABLE', why, { cause: error });
  });
  if (!info.isFile())
    throw new ImpactError(
      'FILE_UNREADABLE',
      `not a regular file (${info.isDirectory() ? 'a folder' : 'a FIFO, socket or device'}): ${file}`,
    );
  return { file, size: info.size };
}

/** The employee files a dataset folder may hold, one at most. */
const EMPLOYEE_FILES = ['employees.ndjson', 'employees.csv', 'employees.parquet'] as const;

/** "both a and b", or "a, b and c". */
function listOf(names: readonly string[]): string {
  const last = names.at(-1);
  const rest = names.slice(0, -1).join(', ');
  return names.length === 2 ? `both ${rest} and ${last}` : `${rest} and ${last}`;
}

/**
 * Reads a dataset from a JSON file, or from a folder holding `dataset.json` and optionally
 * `employees.ndjson`, `employees.csv` or `employees.parquet`.
 *
 * @remarks
 * A folder's employee file is streamed with {@link readEmployees}; its valid rows become the
 * dataset's `employees` (they replace any in `dataset.json`, which is an error to have both).
 * Rejected rows are never dropped silently: their issues come back (the first
 * {@link ROW_ISSUE_LIMIT} rows in full, all of them counted by code) with the counts of rows
 * read, valid and rejected. The reader holds one row at a time; the valid employees are kept in
 * the dataset, or, with `streamEmployees`, handed on one at a time and never kept.
 *
 * @param path - A `.json` file or a folder.
 * @param options - A progress callback for the employee file, and where to stream its
 * employees.
 * @returns The dataset and the employee-file summary.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the path, `dataset.json` or the employee
 * file cannot be read (or, in Parquet, is not Parquet or is corrupt), when `employees.ndjson`,
 * `employees.csv` or `employees.parquet` exists but is not a regular file (a dangling symlink, a
 * symlink loop, a FIFO, a folder), or when a folder has more than one employee file or `dataset.json` already holds employees; `INVALID_JSON`, `INVALID_UTF8` for a bad `dataset.json` or file.
 *
 * @example
 * ```ts
 * import { readDatasetInput } from 'mining-impact/node';
 *
 * const { dataset, employees } = await readDatasetInput('data/azergold');
 * employees?.counts;
 * //=> { read: 2554, valid: 2554, rejected: 0 }
 * ```
 *
 * @category Node
 */
export async function readDatasetInput(
  path: string,
  options: Readonly<ReadDatasetInputOptions> = {},
): Promise<DatasetInput> {
  const info = await stat(path).catch((error: unknown) => {
    throw new ImpactError('FILE_UNREADABLE', describeFileError(error, path), { cause: error });
  });
  if (!info.isDirectory()) return { dataset: await readJsonFile(path), employees: null };
  const dataset = await readJsonFile(join(path, 'dataset.json'));
  const candidates: { file: string; size: number }[] = [];
  const names: string[] = [];
  for (const name of EMPLOYEE_FILES) {
    const found = await employeeFile(join(path, name));
    if (found === undefined) continue;
    candidates.push(found);
    names.push(name);
  }
  if (candidates.length > 1)
    throw new ImpactError('FILE_UNREADABLE', `${path}: holds ${listOf(names)}; keep one`);
  const source = candidates[0];
  if (source === undefined) return { dataset, employees: null };
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset))
    return { dataset, employees: null };
  if (Object.hasOwn(dataset, 'employees'))
    throw new ImpactError(
      'FILE_UNREADABLE',
      `${path}: dataset.json already has employees; keep them in one place`,
    );
  const employees: Employee[] = [];
  const take =
    options.streamEmployees?.(dataset) ?? ((employee: Employee) => employees.push(employee));
  const issues: RowIssue[] = [];
  const issuesByCode: Record<string, number> = {};
  const counts = { read: 0, valid: 0, rejected: 0 };
  // A visitor per row, without an async step per row: the rows of a chunk are handed on at once.
  const rows = scanEmployeeFile(
    source.file,
    {
      format: employeeFileFormat(source.file, undefined),
      maxRowBytes: MAX_ROW_BYTES,
      onBytes: (read) => options.onProgress?.(read, source.size),
    },
    (_row, employee, rowIssues) => {
      counts.read++;
      if (employee !== undefined) {
        counts.valid++;
        take(employee);
        return;
      }
      counts.rejected++;
      for (const issue of rowIssues ?? []) {
        issuesByCode[issue.code] = (issuesByCode[issue.code] ?? 0) + 1;
        if (counts.rejected <= ROW_ISSUE_LIMIT) issues.push(issue);
      }
    },
  );
  await drainRows(rows, source.file);
  return {
    dataset: options.streamEmployees === undefined ? { ...dataset, employees } : dataset,
    employees: { path: source.file, counts, issues, issuesByCode },
  };
}
