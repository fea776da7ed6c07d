/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { median, type TaskMeasurement } from './measure.js';

/** The name of the import of zod, as the results print it. */
export const IMPORT_ZOD_TASK = "import('zod')";

/** The name of the import of the root entry, as the results print it. */
export const IMPORT_LIBRARY_TASK = "import('mining-impact')";

/** The jobs: a name and the arguments of `node`. */
const JOBS: readonly (readonly [string, readonly string[]])[] = [
  [IMPORT_ZOD_TASK, ['--input-type=module', '-e', "await import('zod')"]],
  [IMPORT_LIBRARY_TASK, ['--input-type=module', '-e', "await import('mining-impact')"]],
];

/** The wall time of one run of `node` with the arguments, from the repository, in ms. */
function time(root: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The import time of the root entry against zod's, as `npm run bench:startup` measures it:
 * `node --input-type=module -e "await import('zod')"` and the same with `'mining-impact'` (the
 * built package, resolved from the repository by its own name; `npm run build` must have built
 * dist/), each run in a fresh process, wall time from the start of the process to its exit,
 * once each to warm the file cache, then `rounds` rounds in alternating order.
 *
 * @param root - The repository.
 * @param rounds - The timed runs of each job.
 * @returns zod's import, then the library's, with their median times.
 */
export function measureImports(root: string, rounds: number): TaskMeasurement[] {
  for (const [, args] of JOBS) time(root, args);
  const samples = JOBS.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < JOBS.length; k++) {
      const i = (k + round) % JOBS.length;
      (samples[i] as number[]).push(time(root, (JOBS[i] as (typeof JOBS)[number])[1]));
    }
  }
  return JOBS.map(([task], i) => ({
    task,
    baseline: i === 0,
    handWritten: false,
    records: 1,
    medianMs: median(samples[i] as number[]),
    runs: rounds,
    gcShare: 0,
    heapMB: 0,
    rssMB: 0,
    check: 'imported',
  }));
}
