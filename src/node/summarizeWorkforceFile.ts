import type { RowIssue } from '../index.js';
import {
  createWorkforceAccumulator,
  ImpactError,
  type WorkforceSummary,
  type WorkforceSummaryOptions,
} from '../index.js';
import { drainRows } from './drainRows.js';
import { planShards } from './planShards.js';
import { employeeFileFormat, MAX_ROW_BYTES, type ReadEmployeesOptions } from './readEmployees.js';
import { refusedRowError } from './refusedRowError.js';
import { runShardInWorker } from './runShardInWorker.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';
import { summarizeInShards } from './summarizeInShards.js';

/**
 * The options of {@link summarizeWorkforceFile}: those of the summary and those of the reader.
 *
 * @example
 * ```ts
 * const options: WorkforceFileOptions = {
 *   asOf: '2025-06-30',
 *   gazetteer: azGazetteer,
 *   sites,
 *   localityPolicy: { kind: 'sameDistrict' },
 *   format: 'csv',
 * };
 * ```
 *
 * @category Node
 */
export interface WorkforceFileOptions extends WorkforceSummaryOptions, ReadEmployeesOptions {
  /** The most issues kept (default 1,000); the others are counted in `issuesOmitted`. */
  readonly maxIssues?: number | undefined;
  /**
   * The threads that scan an NDJSON file at once, a positive integer, the calling thread
   * included: `n` splits the file in `n` ranges, the calling thread scans the first and `n − 1`
   * worker threads the others (each holding its own JavaScript realm with the library, some
   * 20 MB); `1` scans the file in the calling thread alone. Default: `min(os.availableParallelism(), 4)`
   * for a file of 32 MiB or more, else 1. Given explicitly, the file is split in that many
   * ranges whatever its size (fewer when it has fewer lines). Ignored for CSV, which is always
   * scanned in the calling thread (a quoted cell may hold a line break), and for Parquet, read
   * by row groups in the calling thread. The result is the same for every value.
   */
  readonly workers?: number | undefined;
}

/**
 * What {@link summarizeWorkforceFile} returns: the summary of the valid rows, the counts of the
 * rows and why rows were rejected.
 *
 * @example
 * ```ts
 * declare const result: WorkforceFileSummary;
 * result.counts;
 * //=> { read: 1000, valid: 998, rejected: 2 }
 * ```
 *
 * @category Node
 */
export interface WorkforceFileSummary {
  /** The workforce summary of the valid rows. */
  readonly summary: WorkforceSummary;
  /** Rows read, valid and rejected: `read = valid + rejected`. */
  readonly counts: { readonly read: number; readonly valid: number; readonly rejected: number };
  /** The issues of the rejected rows, in file order, up to `maxIssues`. */
  readonly issues: readonly RowIssue[];
  /** Issues beyond `maxIssues`, counted and not kept. */
  readonly issuesOmitted: number;
}

/**
 * The sites as an array when they are another iterable (a generator would be spent by the first
 * accumulator, and the worker threads need them again); anything else as it is.
 */
function replayableSites(sites: WorkforceFileOptions['sites']): WorkforceFileOptions['sites'] {
  const iterator = (sites as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator];
  return Array.isArray(sites) || typeof iterator !== 'function'
    ? sites
    : Array.from(sites as NonNullable<WorkforceFileOptions['sites']>);
}

/**
 * Summarizes an employee file (NDJSON, CSV or Parquet) as a
 * {@link mining-impact!WorkforceSummary}, streaming it in bounded memory.
 *
 * @remarks
 * The rows are read as {@link readEmployees} reads them, each validated (the compiled JSON
 * Schema first, zod for the issues of a rejected row), and each valid row goes straight into a
 * {@link mining-impact!createWorkforceAccumulator | workforce accumulator}: no row is kept, so memory
 * does not grow with the file. The summary equals `summarizeWorkforce` of the valid rows. A
 * rejected row is counted and its issues kept (up to `maxIssues`, the rest counted in
 * `issuesOmitted`); no row is dropped silently. The options are checked before the file is
 * opened. A Parquet file is read one row group at a time, each row becoming the record an
 * NDJSON line would be (see {@link readEmployees}), so the same records give the same summary,
 * counts and issues in every format. A CSV file is read as {@link readEmployees} reads it: its
 * plain lines are split on commas from their bytes, and csv-parse reads on from the first line
 * that is not plain (a double quote, a lone CR, a line longer than the limit).
 *
 * Threads (`workers`, by default from 32 MiB on): an NDJSON file is split into byte ranges,
 * each starting at the start of a line and ending after an LF (a CR stays with its line); the
 * calling thread scans the first range while a worker thread (`node:worker_threads`) scans
 * each of the others, all with the same scanner and validator, each into its own accumulator
 * made with the same options. From 32 MiB on the first range is larger by 8 MiB (at most half
 * a range), which the calling thread scans while the worker threads start; the others are of
 * equal size. The snapshots are merged in file order in the calling thread, which resolves the
 * homes against the gazetteer. Row numbers, the issues kept and `issuesOmitted`, the counts,
 * the summary and the error of a row of another company are exactly those of one thread;
 * `onBytes` gets the bytes read over all threads. A range that stops at a refused row or a file
 * error terminates the worker threads of the ranges after it (their rows cannot change the
 * outcome), and a worker thread that fails terminates all the others. A CSV file (a quoted cell may hold a line
 * break), a Parquet file (read by row groups), a file that is not a regular file (a pipe) and a file of a single line are scanned in
 * the calling thread. Each worker thread holds its own JavaScript realm with the library loaded
 * (some 20 MB, and 100 to 200 ms to start), a copy of the gazetteer and the sites; each range
 * has a 64 KiB read buffer, its accumulator (one count per site and home) and up to
 * `maxIssues` issues; the memory still does not grow with the file. The worker module is a file of the package
 * (`dist/node/workforceShardWorker.js`, `.cjs`): a bundle of the caller must ship it beside the
 * `mining-impact/node` entry, or set `workers: 1`.
 *
 * @param path - The file.
 * @param options - The summary's options (day, gazetteer, sites, locality policy, …), the format
 * (default from the extension), a progress callback, the most issues to keep and the worker
 * threads.
 * @returns The summary, the counts of read, valid and rejected rows, and the issues.
 * @throws {@link mining-impact!ImpactError} the errors of
 * {@link mining-impact!createWorkforceAccumulator} for bad options; `INVALID_ARGUMENT` for an
 * unknown format, a bad `maxIssues` or `workers`, or a valid row of another company than the
 * others (or than `companyId`); `FILE_UNREADABLE` when the file cannot be read (or, in Parquet, is not Parquet or is corrupt). The error of a
 * worker thread that cannot start (its module left out of a bundle) as the thread gives it.
 *
 * @example
 * ```ts
 * import { summarizeWorkforceFile } from 'mining-impact/node';
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const { summary, counts } = await summarizeWorkforceFile('employees.ndjson', {
 *   asOf: '2025-06-30',
 *   gazetteer: azGazetteer,
 * });
 * [summary.headcount, counts.rejected];
 * //=> [2554, 0]
 * ```
 *
 * @category Node
 */
export async function summarizeWorkforceFile(
  path: string,
  options: Readonly<WorkforceFileOptions>,
): Promise<WorkforceFileSummary> {
  const sites = replayableSites(options.sites);
  const checked = sites === options.sites ? options : { ...options, sites };
  const accumulator = createWorkforceAccumulator(checked);
  const format = employeeFileFormat(path, options.format);
  const maxIssues = options.maxIssues ?? 1000;
  if (!Number.isSafeInteger(maxIssues) || maxIssues < 0) {
    throw new ImpactError('INVALID_ARGUMENT', `maxIssues must be a count, not ${maxIssues}`);
  }
  const { workers } = options;
  if (workers !== undefined && (!Number.isSafeInteger(workers) || workers < 1)) {
    throw new ImpactError('INVALID_ARGUMENT', `workers must be a positive count, not ${workers}`);
  }
  const ranges = await planShards(path, format, workers);
  if (ranges !== undefined) {
    const limits = { maxIssues, maxRowBytes: MAX_ROW_BYTES };
    return summarizeInShards(path, checked, ranges, runShardInWorker, limits);
  }
  const counts = { read: 0, valid: 0, rejected: 0 };
  const issues: RowIssue[] = [];
  let issuesOmitted = 0;
  let failure: ImpactError | undefined;
  const rows = scanEmployeeFile(
    path,
    { format, maxRowBytes: MAX_ROW_BYTES, onBytes: options.onBytes },
    (row, employee, rowIssues) => {
      counts.read++;
      if (employee === undefined) {
        counts.rejected++;
        for (const issue of rowIssues ?? []) {
          if (issues.length < maxIssues) issues.push(issue);
          else issuesOmitted++;
        }
        return;
      }
      counts.valid++;
      try {
        accumulator.add(employee);
      } catch (error) {
        failure ??= refusedRowError(path, row, error);
        throw failure;
      }
    },
  );
  try {
    await drainRows(rows, path);
  } catch (error) {
    throw failure ?? error;
  }
  return { summary: accumulator.result(), counts, issues, issuesOmitted };
}
