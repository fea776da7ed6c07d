import type {
  Employee,
  RowIssue,
  WorkforceAccumulatorOptions,
  WorkforceAccumulatorSnapshot,
} from '../index.js';
import { createWorkforceAccumulator } from '../index.js';
import { errorCode } from './errorCode.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';

/**
 * What one shard of an NDJSON file is asked: the byte range to scan and the options of its
 * accumulator, all plain data (it crosses to a worker thread by `postMessage`).
 *
 * @internal
 */
export interface ShardRequest {
  /** The file. */
  readonly path: string;
  /** The first byte of the range: the start of a line. */
  readonly start: number;
  /** The byte after the last one: after an LF, or the end of the file. */
  readonly end: number;
  /** The options of the accumulator, the same as the caller's (the gazetteer as its data). */
  readonly options: WorkforceAccumulatorOptions;
  /** The most issues kept. */
  readonly maxIssues: number;
  /** The longest row, in bytes. */
  readonly maxRowBytes: number;
}

/**
 * What one shard found. Row numbers count from 1 at the start of the range; the caller adds the
 * lines of the ranges before it.
 *
 * @internal
 */
export interface ShardResult {
  /** The snapshot of the accumulator of the range's valid rows (absent after a failure). */
  readonly snapshot: WorkforceAccumulatorSnapshot | null;
  /** Rows read, valid and rejected in the range. */
  readonly counts: { readonly read: number; readonly valid: number; readonly rejected: number };
  /** The first `maxIssues` issues of the range, in order. */
  readonly issues: readonly RowIssue[];
  /** The range's issues beyond `maxIssues`. */
  readonly issuesOmitted: number;
  /** The lines of the range, blank ones included. */
  readonly lines: number;
  /** The first valid row of the range and its record, which fixes the company of the range. */
  readonly first: { readonly row: number; readonly employee: Employee } | null;
  /** The first valid row the accumulator refused: its number, the error's code and message. */
  readonly failure: {
    readonly row: number;
    readonly code: string;
    readonly message: string;
  } | null;
  /** The error that stopped the reading of the file (its system code and message). */
  readonly fileError: { readonly code: string; readonly message: string } | null;
}

/** Thrown through the scan to stop it at a refused row. */
class RowRefused extends Error {}

/**
 * Scans one range of an NDJSON file into its own workforce accumulator, as the single-thread
 * summary scans the whole file: the same scanner and validator, the same accumulator options.
 *
 * @remarks
 * The scan stops at the first valid row the accumulator refuses (a row of another company than
 * the range's first) or at a file error, and says so in the result instead of throwing: the
 * caller decides which of the ranges' problems the whole file meets first. It also stops when
 * `signal` is aborted (checked after each chunk of the file, when the scan has yielded to the
 * event loop), and then throws the signal's reason: the caller no longer needs the range.
 *
 * @param request - The range and the options.
 * @param onBytes - Called as bytes are read, with the bytes of the range read so far.
 * @param signal - Aborted when the range is no longer needed.
 * @returns The snapshot, counts, issues, lines and problems of the range.
 * @throws {@link mining-impact!ImpactError} the errors of
 * {@link mining-impact!createWorkforceAccumulator} for bad options; the reason of `signal` once
 * it is aborted.
 *
 * @example
 * ```ts
 * const result = await scanWorkforceShard({ path, start: 0, end: size, options, maxIssues: 10, maxRowBytes });
 * result.counts;
 * //=> { read: 3, valid: 2, rejected: 1 }
 * ```
 *
 * @internal
 */
export async function scanWorkforceShard(
  request: Readonly<ShardRequest>,
  onBytes?: (bytesRead: number) => void,
  signal?: AbortSignal,
): Promise<ShardResult> {
  const accumulator = createWorkforceAccumulator(request.options);
  const counts = { read: 0, valid: 0, rejected: 0 };
  const issues: RowIssue[] = [];
  let issuesOmitted = 0;
  let lines = 0;
  let first: ShardResult['first'] = null;
  let failure: ShardResult['failure'] = null;
  const rows = scanEmployeeFile(
    request.path,
    {
      format: 'ndjson',
      maxRowBytes: request.maxRowBytes,
      start: request.start,
      end: request.end,
      onBytes,
      onLines: (n) => {
        lines = n;
      },
    },
    (row, employee, rowIssues) => {
      counts.read++;
      if (employee === undefined) {
        counts.rejected++;
        for (const issue of rowIssues as readonly RowIssue[]) {
          if (issues.length < request.maxIssues) issues.push(issue);
          else issuesOmitted++;
        }
        return;
      }
      counts.valid++;
      first ??= { row, employee };
      try {
        accumulator.add(employee);
      } catch (error) {
        failure = { row, code: errorCode(error), message: (error as Error).message };
        throw new RowRefused();
      }
    },
  );
  let fileError: ShardResult['fileError'] = null;
  try {
    for await (const _ of rows) {
      // The rows of each chunk have been counted by the visitor.
      signal?.throwIfAborted();
    }
  } catch (error) {
    if (signal?.aborted === true) throw signal.reason;
    if (!(error instanceof RowRefused)) {
      fileError = { code: errorCode(error), message: (error as Error).message };
    }
  }
  const snapshot = failure === null && fileError === null ? accumulator.toSnapshot() : null;
  return { snapshot, counts, issues, issuesOmitted, lines, first, failure, fileError };
}
