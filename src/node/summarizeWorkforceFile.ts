import type { RowIssue } from '../index.js';
import {
  createWorkforceAccumulator,
  ImpactError,
  isImpactError,
  type WorkforceSummary,
  type WorkforceSummaryOptions,
} from '../index.js';
import { describeFileError } from './describeFileError.js';
import { employeeFileFormat, MAX_ROW_BYTES, type ReadEmployeesOptions } from './readEmployees.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';

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
 * counts and issues in every format.
 *
 * @param path - The file.
 * @param options - The summary's options (day, gazetteer, sites, locality policy, …), the format
 * (default from the extension), a progress callback and the most issues to keep.
 * @returns The summary, the counts of read, valid and rejected rows, and the issues.
 * @throws {@link mining-impact!ImpactError} the errors of {@link mining-impact!createWorkforceAccumulator} for bad
 * options; `INVALID_ARGUMENT` for an unknown format, a bad `maxIssues`, or a valid row of another
 * company than the others (or than `companyId`); `FILE_UNREADABLE` when the file cannot be read
 * (or, in Parquet, is not Parquet or is corrupt).
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
  const accumulator = createWorkforceAccumulator(options);
  const format = employeeFileFormat(path, options.format);
  const maxIssues = options.maxIssues ?? 1000;
  if (!Number.isSafeInteger(maxIssues) || maxIssues < 0) {
    throw new ImpactError('INVALID_ARGUMENT', `maxIssues must be a count, not ${maxIssues}`);
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
        // The accumulator's own reason, without the prefix every ImpactError message has.
        const reason = (error as Error).message.replace(/^\[mining-impact\] [^:]*: /, '');
        failure ??= new ImpactError('INVALID_ARGUMENT', `${path}, row ${row}: ${reason}`, {
          cause: error,
        });
        throw failure;
      }
    },
  );
  try {
    for await (const _ of rows) {
      // The rows of each chunk have been counted by the visitor.
    }
  } catch (error) {
    if (failure !== undefined) throw failure;
    if (isImpactError(error)) throw error;
    throw new ImpactError('FILE_UNREADABLE', describeFileError(error, path), { cause: error });
  }
  return { summary: accumulator.result(), counts, issues, issuesOmitted };
}
