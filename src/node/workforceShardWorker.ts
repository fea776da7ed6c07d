/**
 * The worker thread of `summarizeWorkforceFile` with `workers` > 1: scans the byte range of an
 * NDJSON file it is given (`workerData`) and posts back the bytes read and the result.
 *
 * @remarks
 * A module of its own in the built package (`dist/node/workforceShardWorker.js` and `.cjs`),
 * started by `runShardInWorker`; its work is `scanWorkforceShard`, tested in-process.
 *
 * @packageDocumentation
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ShardMessage } from './runShardInWorker.js';
import { type ShardRequest, scanWorkforceShard } from './scanWorkforceShard.js';

const { request, progress } = workerData as {
  readonly request: ShardRequest;
  readonly progress: boolean;
};
const post = (message: ShardMessage): void => parentPort?.postMessage(message);
const onBytes = progress ? (bytes: number): void => post({ kind: 'bytes', bytes }) : undefined;
void scanWorkforceShard(request, onBytes).then((result) => post({ kind: 'result', result }));
