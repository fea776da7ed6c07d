import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { type LineRange, splitLineRanges } from './splitLineRanges.js';

/**
 * The smallest file (8 MiB, about 40,000 rows of some 200 bytes) that
 * `summarizeWorkforceFile` splits across worker threads when `workers` is not given: below it,
 * starting the threads (some 30 ms each, with a copy of the gazetteer) costs more than the scan.
 *
 * @internal
 */
export const SHARD_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The most worker threads `summarizeWorkforceFile` starts when `workers` is not given: beyond
 * four, reading the file and merging the snapshots take over.
 *
 * @internal
 */
export const DEFAULT_MAX_WORKERS = 4;

/**
 * The line ranges an employee file is summarized in, one per worker thread, or `undefined` for
 * one thread.
 *
 * @remarks
 * One thread for CSV (a quoted cell may hold a line break, so a line is not a row), for
 * `workers: 1`, for anything but a regular file (a pipe cannot be read at an offset), for a path
 * that cannot be read (the single-thread scan reports it as it always has), and when the file
 * has too few lines to split. With `workers` given, the file is split in that many ranges
 * whatever its size; without it, in `min(parallelism, 4)` ranges from 8 MiB on.
 *
 * @param path - The file.
 * @param format - Its format.
 * @param workers - The threads asked for, checked (a positive integer), or `undefined`.
 * @param parallelism - The threads the machine runs at once (default `os.availableParallelism()`).
 * @returns The ranges (two or more), or `undefined`.
 *
 * @example
 * ```ts
 * await planShards('small.csv', 'csv', 4);
 * //=> undefined
 * ```
 *
 * @internal
 */
export async function planShards(
  path: string,
  format: 'ndjson' | 'csv',
  workers: number | undefined,
  parallelism: number = availableParallelism(),
): Promise<LineRange[] | undefined> {
  if (format === 'csv' || workers === 1) return undefined;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return undefined;
    const parts =
      workers ?? (stats.size < SHARD_MIN_BYTES ? 1 : Math.min(parallelism, DEFAULT_MAX_WORKERS));
    const ranges = await splitLineRanges(path, stats.size, parts);
    return ranges.length > 1 ? ranges : undefined;
  } catch {
    return undefined;
  }
}
