import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ShardRequest, ShardResult } from './scanWorkforceShard.js';
import { workerExecArgv } from './workerExecArgv.js';

/**
 * A message of the shard worker: bytes read so far, or the result.
 *
 * @internal
 */
export type ShardMessage =
  | { readonly kind: 'bytes'; readonly bytes: number }
  | { readonly kind: 'result'; readonly result: ShardResult };

/**
 * The worker module, next to this one in the built package: `workforceShardWorker.cjs` in the
 * folder of the CJS entry (`__dirname`: tsup's shim of `import.meta.url` lives in a chunk of
 * another folder), `workforceShardWorker.js` beside the ESM entry (`import.meta.url`).
 */
function workerUrl(): URL {
  return typeof module === 'object' && typeof module.filename === 'string'
    ? pathToFileURL(join(dirname(module.filename), 'workforceShardWorker.cjs'))
    : new URL('./workforceShardWorker.js', import.meta.url);
}

/**
 * Runs one shard of an NDJSON file in a worker thread of its own.
 *
 * @remarks
 * The thread runs `scanWorkforceShard` on the request (plain data, copied by `postMessage`) and
 * posts back the bytes it has read as it reads them (when `onBytes` is given), then the result.
 * When `signal` is aborted before the result has come, the thread is terminated (it stops
 * between two instructions of its scan, its file closed with it) and the promise rejects with
 * the signal's reason. It needs the built package: the worker module is a file of `dist/node`.
 *
 * @param request - The range and the plain options.
 * @param onBytes - Called with the bytes of the range read so far.
 * @param signal - Aborted when the range is no longer needed.
 * @returns The shard's result.
 * @throws The worker's error when the thread fails (not for the file's problems, which the
 * result carries); the reason of `signal` when it is aborted first.
 *
 * @example
 * ```ts
 * (await runShardInWorker({ path, start: 0, end: size, options, maxIssues: 10, maxRowBytes }, undefined, new AbortController().signal)).lines;
 * //=> 3
 * ```
 *
 * @internal
 */
export function runShardInWorker(
  request: Readonly<ShardRequest>,
  onBytes: ((bytesRead: number) => void) | undefined,
  signal: AbortSignal,
): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(workerUrl(), {
      workerData: { request, progress: onBytes !== undefined },
      execArgv: workerExecArgv(process.execArgv),
    });
    const stop = (): void => {
      reject(signal.reason);
      void worker.terminate();
    };
    signal.addEventListener('abort', stop, { once: true });
    const settle = (): void => signal.removeEventListener('abort', stop);
    worker.on('message', (message: ShardMessage) => {
      if (message.kind === 'bytes') onBytes?.(message.bytes);
      else {
        settle();
        resolve(message.result);
      }
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    // After the result has come this does nothing; before, the thread ended without one.
    worker.once('exit', (code) => {
      settle();
      reject(new Error(`the shard worker exited with code ${code}`));
    });
  });
}
