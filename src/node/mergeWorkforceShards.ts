import type {
  Employee,
  ImpactErrorCode,
  RowIssue,
  WorkforceAccumulatorOptions,
  WorkforceAccumulatorSnapshot,
} from '../index.js';
import { createWorkforceAccumulator, ImpactError } from '../index.js';
import { describeFileError } from './describeFileError.js';
import { refusedRowError } from './refusedRowError.js';
import type { ShardResult } from './scanWorkforceShard.js';
import type { WorkforceFileSummary } from './summarizeWorkforceFile.js';

/**
 * The error the single-thread scan throws at the first valid row of a range when that row
 * belongs to another company than `company`: the accumulator's own, from a probe that knows
 * only the company.
 */
function otherCompanyError(
  path: string,
  row: number,
  options: Readonly<WorkforceAccumulatorOptions>,
  company: string,
  employee: Readonly<Employee>,
): ImpactError {
  let refusal: unknown = new ImpactError('INVALID_ARGUMENT', 'a record of another company');
  try {
    createWorkforceAccumulator({ ...options, companyId: company }).add(employee);
  } catch (error) {
    refusal = error;
  }
  return refusedRowError(path, row, refusal);
}

/**
 * Throws the first problem of a range in file order, row numbers made whole-file by `offset`:
 * its first valid row of another company than `company`, the row its accumulator refused, or
 * the file error that stopped it.
 */
function throwProblem(
  path: string,
  options: Readonly<WorkforceAccumulatorOptions>,
  company: string | undefined,
  result: Readonly<ShardResult>,
  offset: number,
): void {
  const { first, failure, fileError } = result;
  if (first !== null && company !== undefined && first.employee.companyId !== company) {
    throw otherCompanyError(path, offset + first.row, options, company, first.employee);
  }
  if (failure !== null) {
    const detail = failure.message.replace(/^\[mining-impact\] [^:]*: /, '');
    const cause = new ImpactError(failure.code as ImpactErrorCode, detail);
    throw refusedRowError(path, offset + failure.row, cause);
  }
  if (fileError !== null) {
    const cause = Object.assign(new Error(fileError.message), { code: fileError.code });
    throw new ImpactError('FILE_UNREADABLE', describeFileError(cause, path), { cause });
  }
}

/**
 * Merges the results of the ranges of an NDJSON file, in file order, into what the single-thread
 * summary of the whole file gives: the same summary, counts, issues and row numbers, or the same
 * error.
 *
 * @remarks
 * The row numbers of a range count from 1 at its start; each is raised by the lines of the
 * ranges before it (blank lines included, as the scanner counts them). The issues are taken in
 * range order up to `maxIssues`: since each range kept its own first `maxIssues`, these are the
 * first `maxIssues` of the file, and the rest are counted in `issuesOmitted`. The company of the
 * file is that of its first valid row (or `companyId`): a range whose first valid row belongs to
 * another throws there, as the single-thread scan does; otherwise the first problem a range met
 * is the file's.
 *
 * @param path - The file (for the messages).
 * @param options - The caller's options (with the caller's gazetteer, which the summary uses).
 * @param results - The results of the ranges, in file order.
 * @param maxIssues - The most issues kept.
 * @returns The summary of the file.
 * @throws {@link mining-impact!ImpactError} `INVALID_ARGUMENT` for a valid row of another company
 * than the others (or than `companyId`), at its whole-file row; `FILE_UNREADABLE` when a range
 * could not be read.
 *
 * @example
 * ```ts
 * mergeWorkforceShards('staff.ndjson', options, [first, second], 1000).counts;
 * //=> { read: 5000, valid: 4990, rejected: 10 }
 * ```
 *
 * @internal
 */
export function mergeWorkforceShards(
  path: string,
  options: Readonly<WorkforceAccumulatorOptions>,
  results: readonly Readonly<ShardResult>[],
  maxIssues: number,
): WorkforceFileSummary {
  let accumulator = createWorkforceAccumulator(options);
  let company = options.companyId;
  const counts = { read: 0, valid: 0, rejected: 0 };
  const issues: RowIssue[] = [];
  let issuesOmitted = 0;
  let offset = 0;
  for (const result of results) {
    throwProblem(path, options, company, result, offset);
    // Without a problem the range has a snapshot (scanWorkforceShard).
    accumulator = accumulator.merge(result.snapshot as WorkforceAccumulatorSnapshot);
    company ??= result.first?.employee.companyId;
    counts.read += result.counts.read;
    counts.valid += result.counts.valid;
    counts.rejected += result.counts.rejected;
    for (const issue of result.issues) {
      if (issues.length < maxIssues) issues.push({ ...issue, row: issue.row + offset });
      else issuesOmitted++;
    }
    issuesOmitted += result.issuesOmitted;
    offset += result.lines;
  }
  return { summary: accumulator.result(), counts, issues, issuesOmitted };
}
