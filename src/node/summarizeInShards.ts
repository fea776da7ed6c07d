import type { Gazetteer, WorkforceAccumulatorOptions } from '../index.js';
import { mergeWorkforceShards } from './mergeWorkforceShards.js';
import type { ShardRequest, ShardResult } from './scanWorkforceShard.js';
import type { LineRange } from './splitLineRanges.js';
import type { WorkforceFileOptions, WorkforceFileSummary } from './summarizeWorkforceFile.js';

/**
 * Runs one shard: in a worker thread (`runShardInWorker`), or in this thread for tests.
 *
 * @internal
 */
export type ShardRunner = (
  request: Readonly<ShardRequest>,
  onBytes: ((bytesRead: number) => void) | undefined,
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

/**
 * Summarizes an NDJSON file range by range, each range scanned by `run` into its own
 * accumulator, and merges the results in file order.
 *
 * @remarks
 * The ranges run at once; the progress callback gets the bytes read over all of them. The
 * options must already have been checked by an accumulator made from them, and their sites
 * must be an array (or absent): they are read once per range.
 *
 * @param path - The file.
 * @param options - The caller's options, checked.
 * @param ranges - The line ranges, in file order.
 * @param run - Runs one range.
 * @param limits - The most issues kept and the longest row in bytes.
 * @returns What the single-thread summary of the file returns.
 * @throws {@link mining-impact!ImpactError} as {@link mergeWorkforceShards} does.
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
  const { onBytes } = options;
  const read = ranges.map(() => 0);
  let total = 0;
  const progress = (k: number) => (bytes: number) => {
    total += bytes - (read[k] as number);
    read[k] = bytes;
    onBytes?.(total);
  };
  const results = await Promise.all(
    ranges.map(({ start, end }, k) =>
      run(
        { path, start, end, options: shared, ...limits },
        onBytes === undefined ? undefined : progress(k),
      ),
    ),
  );
  return mergeWorkforceShards(path, options, results, limits.maxIssues);
}
