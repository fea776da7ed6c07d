import type { Gazetteer, WorkforceAccumulatorOptions } from '../index.js';
import { mergeWorkforceShards } from './mergeWorkforceShards.js';
import { type ShardRequest, type ShardResult, scanWorkforceShard } from './scanWorkforceShard.js';
import type { LineRange } from './splitLineRanges.js';
import type { WorkforceFileOptions, WorkforceFileSummary } from './summarizeWorkforceFile.js';

/**
 * Runs one shard: in a worker thread (`runShardInWorker`), or in this thread for tests. It stops
 * (and rejects) when its signal is aborted.
 *
 * @internal
 */
export type ShardRunner = (
  request: Readonly<ShardRequest>,
  onBytes: ((bytesRead: number) => void) | undefined,
  signal: AbortSignal,
) => Promise<ShardResult>;

/**
 * The accumulator options as plain data that `postMessage` can copy: the options the summary
 * reads, each as given (so that the accumulators agree on their signature), the gazetteer as its
 * four maps and the sites as `{ id, locationId }` pairs. Anything else the caller's object holds
 * (the progress callback, a property the summary does not read) stays in the calling thread.
 */
function shardOptions(options: Readonly<WorkforceFileOptions>): WorkforceAccumulatorOptions {
  const { asOf, gazetteer, sites, localityPolicy, capitalIds, companyId, includeContractors } =
    options;
  const { byId, byIsoCode, childrenOf, byNameKey } = gazetteer;
  const plainGazetteer: Gazetteer = { byId, byIsoCode, childrenOf, byNameKey };
  return {
    asOf,
    gazetteer: plainGazetteer,
    sites:
      sites === undefined
        ? undefined
        : Array.from(sites, ({ id, locationId }) => ({ id, locationId })),
    localityPolicy,
    capitalIds,
    companyId,
    includeContractors,
    // Not an option of the file summary, but the accumulators' signatures include it.
    period: (options as WorkforceAccumulatorOptions).period,
  };
}

/** The progress callback of range `k`, which reports the bytes read over all ranges. */
function progressOver(
  ranges: number,
  onBytes: ((bytesRead: number) => void) | undefined,
): (k: number) => ((bytes: number) => void) | undefined {
  const read = Array.from({ length: ranges }, () => 0);
  let total = 0;
  return (k) =>
    onBytes === undefined
      ? undefined
      : (bytes) => {
          total += bytes - (read[k] as number);
          read[k] = bytes;
          onBytes(total);
        };
}

/** Whether a range stopped at a problem (a refused row or a file error). */
const stopped = (result: Readonly<ShardResult>): boolean =>
  result.failure !== null || result.fileError !== null;

/**
 * Runs the ranges at once, the first in this thread and the others by `run`, and returns the
 * results of the ranges up to the first that stopped at a problem, in file order.
 *
 * @remarks
 * A range that stops at a problem aborts the ranges after it: the file's first problem is then
 * in it or before it, so their results cannot change the outcome. A range that fails (a worker
 * thread that crashes) aborts all of them, and its error is thrown.
 */
async function runRanges(
  requests: readonly Readonly<ShardRequest>[],
  run: ShardRunner,
  onBytes: ((bytesRead: number) => void) | undefined,
): Promise<ShardResult[]> {
  const progress = progressOver(requests.length, onBytes);
  const stops = requests.map(() => new AbortController());
  const abortAfter = (k: number): void => {
    for (const stop of stops.slice(k + 1)) stop.abort();
  };
  let crash: { readonly error: unknown } | undefined;
  const launch = (k: number): Promise<ShardResult | null> => {
    const request = requests[k] as Readonly<ShardRequest>;
    const { signal } = stops[k] as AbortController;
    const scan = k === 0 ? scanWorkforceShard : run;
    return scan(request, progress(k), signal).then(
      (result) => {
        if (stopped(result)) abortAfter(k);
        return result;
      },
      (error: unknown) => {
        // An aborted range rejects because it is no longer needed: not a failure.
        if (!signal.aborted) {
          crash ??= { error };
          abortAfter(-1);
        }
        return null;
      },
    );
  };
  // The worker threads first, so that they start while this thread scans the first range.
  const later = requests.slice(1).map((_, i) => launch(i + 1));
  const runs = [launch(0), ...later];
  const results: ShardResult[] = [];
  for (const pending of runs) {
    const result = await pending;
    if (crash !== undefined) throw crash.error;
    // Without a crash, a range was aborted only after an earlier one stopped: the loop ended there.
    results.push(result as ShardResult);
    if (stopped(result as ShardResult)) break;
  }
  return results;
}

/**
 * Summarizes an NDJSON file range by range, each range scanned into its own accumulator, and
 * merges the results in file order.
 *
 * @remarks
 * The ranges run at once: the first in the calling thread with `scanWorkforceShard` (whose scan
 * yields to the event loop after each chunk, so the other threads' messages are received), the
 * others by `run`; the progress callback gets the bytes read over all of them. A range that
 * stops at a refused row or a file error aborts (terminates) the ranges after it, and a range
 * that fails aborts all. The options must already have been checked by an accumulator made
 * from them, and their sites must be an array (or absent): they are read once per range.
 *
 * @param path - The file.
 * @param options - The caller's options, checked.
 * @param ranges - The line ranges, in file order.
 * @param run - Runs one range after the first.
 * @param limits - The most issues kept and the longest row in bytes.
 * @returns What the single-thread summary of the file returns.
 * @throws {@link mining-impact!ImpactError} as {@link mergeWorkforceShards} does; the error of
 * `run` when a range fails.
 *
 * @example
 * ```ts
 * const ranges = await splitLineRanges(path, size, 2);
 * (await summarizeInShards(path, options, ranges, runShardInWorker, { maxIssues: 1000, maxRowBytes })).counts;
 * //=> { read: 5000, valid: 4990, rejected: 10 }
 * ```
 *
 * @internal
 */
export async function summarizeInShards(
  path: string,
  options: Readonly<WorkforceFileOptions>,
  ranges: readonly LineRange[],
  run: ShardRunner,
  limits: { readonly maxIssues: number; readonly maxRowBytes: number },
): Promise<WorkforceFileSummary> {
  const shared = shardOptions(options);
  const requests = ranges.map(({ start, end }) => ({
    path,
    start,
    end,
    options: shared,
    ...limits,
  }));
  const results = await runRanges(requests, run, options.onBytes);
  return mergeWorkforceShards(path, options, results, limits.maxIssues);
}
