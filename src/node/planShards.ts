import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { type LineRange, splitLineRanges } from './splitLineRanges.js';

/**
 * The smallest file (32 MiB, about 150,000 rows of some 220 bytes) that
 * `summarizeWorkforceFile` splits across worker threads when `workers` is not given.
 *
 * @remarks
 * A worker thread starts a JavaScript realm of its own and imports the library in it, which
 * takes some 100 to 200 ms before its first row; one thread scans about 80 to 100 MB of NDJSON
 * a second. Two threads save half the scan less that start, so they pay from some 20 to 40 MB
 * on; below 32 MiB one thread is about as fast and uses less memory.
 *
 * @internal
 */
export const SHARD_MIN_BYTES = 32 * 1024 * 1024;

/**
 * The most worker threads `summarizeWorkforceFile` starts when `workers` is not given: beyond
 * four, reading the file and merging the snapshots take over.
 *
 * @internal
 */
export const DEFAULT_MAX_WORKERS = 4;

/**
 * The bytes the calling thread scans while a worker thread starts (8 MiB): the first range, which
 * the calling thread scans, is made larger by about that much, taken evenly from the others.
 *
 * @remarks
 * A worker thread reaches its first row some 100 to 200 ms after it is started, in which the
 * calling thread, which starts at once, scans some 8 to 20 MB. The lower end is taken: a range
 * made too large costs as much time as one made too small, and the start-up cost varies with the
 * machine and its load.
 *
 * @internal
 */
export const HEAD_START_BYTES = 8 * 1024 * 1024;

/**
 * The head start of the first range of a file of `size` bytes split in `parts`: none below
 * 32 MiB (the ranges are then of equal size, the threads' start-up weighing little or the split
 * asked for a small file), else {@link HEAD_START_BYTES}, at most half a range.
 *
 * @param size - The file's size in bytes.
 * @param parts - The ranges (at least 2).
 * @returns The bytes added to the first range.
 *
 * @example
 * ```ts
 * headStart(240_000_000, 2);
 * //=> 8388608
 * ```
 *
 * @internal
 */
export function headStart(size: number, parts: number): number {
  return size < SHARD_MIN_BYTES ? 0 : Math.min(HEAD_START_BYTES, Math.floor(size / parts / 2));
}

/**
 * The line ranges an employee file is summarized in, one per worker thread, or `undefined` for
 * one thread.
 *
 * @remarks
 * One thread for CSV (a quoted cell may hold a line break, so a line is not a row), for
 * Parquet (read by row groups, not lines), for
 * `workers: 1`, for anything but a regular file (a pipe cannot be read at an offset), for a path
 * that cannot be read (the single-thread scan reports it as it always has), and when the file
 * has too few lines to split. With `workers` given, the file is split in that many ranges
 * whatever its size; without it, in `min(parallelism, 4)` ranges from 32 MiB on. The first range,
 * scanned by the calling thread, which needs no start-up, is larger by {@link headStart}.
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
  format: 'ndjson' | 'csv' | 'parquet',
  workers: number | undefined,
  parallelism: number = availableParallelism(),
): Promise<LineRange[] | undefined> {
  if (format !== 'ndjson' || workers === 1) return undefined;
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return undefined;
    const parts =
      workers ?? (stats.size < SHARD_MIN_BYTES ? 1 : Math.min(parallelism, DEFAULT_MAX_WORKERS));
    if (parts === 1) return undefined;
    const ranges = await splitLineRanges(path, stats.size, parts, headStart(stats.size, parts));
    return ranges.length > 1 ? ranges : undefined;
  } catch {
    return undefined;
  }
}
