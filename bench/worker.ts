/// <reference types="node" />
// One measurement, in a fresh process: `node --expose-gc worker.js '<spec as JSON>'` prints the
// measurements of the tasks as one JSON line. The runner (run.ts) starts one worker per
// scenario and size (and per task for streams), so that the memory figures of one task are not
// those of another.
import { readFileSync } from 'node:fs';
import { handWrittenGuard } from './handWrittenGuard.js';
import { measureInMemory, measureStream, type TaskMeasurement } from './measure.js';
import { type StreamTaskName, streamTask } from './streamScenario.js';
import { summaryTasks } from './summaryScenario.js';
import { type EmployeeRecord, syntheticWorld } from './syntheticWorkforce.js';
import { validationTasks } from './validationScenario.js';

/** What a worker measures. */
export interface WorkerSpec {
  /** The scenario. */
  readonly scenario: 'summary' | 'validation' | 'stream';
  /** Records per run. */
  readonly size: number;
  /** The NDJSON file of the records. */
  readonly ndjson: string;
  /** The CSV file of the same records, when written. */
  readonly csv?: string | undefined;
  /** Timed runs. */
  readonly iterations: number;
  /** Whether to run once before timing. */
  readonly warmup: boolean;
  /** For streams: the task. */
  readonly task?: StreamTaskName | undefined;
  /** For in-memory scenarios: run only the task of this name (to profile it). */
  readonly only?: string | undefined;
}

/** The records of an NDJSON file, as `JSON.parse` gives them. */
function parseFile(path: string): unknown[] {
  const records: unknown[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line !== '') records.push(JSON.parse(line));
  }
  return records;
}

async function measure(spec: WorkerSpec, begin: () => void): Promise<TaskMeasurement[]> {
  if (spec.scenario === 'stream') {
    const task = streamTask(spec.task as StreamTaskName, spec);
    begin();
    return [await measureStream(task, spec.size, spec.iterations, spec.warmup)];
  }
  const parsed = parseFile(spec.ndjson);
  // The summary reads valid records only; validation gets them all, a few invalid.
  const records = spec.scenario === 'summary' ? parsed.filter(handWrittenGuard) : parsed;
  const tasks =
    spec.scenario === 'summary'
      ? summaryTasks(records as EmployeeRecord[], syntheticWorld())
      : validationTasks(records);
  const chosen = spec.only === undefined ? tasks : tasks.filter((t) => t.name === spec.only);
  return measureInMemory(chosen, records.length, spec.iterations, begin);
}

/** What a worker prints: the measurements, and when they were taken (for CPU profiles). */
export interface WorkerOutput {
  /** The measurements. */
  readonly tasks: TaskMeasurement[];
  /** Start and end of the measurements, in microseconds of `process.hrtime`. */
  readonly window: readonly [number, number];
}

const microseconds = (): number => Number(process.hrtime.bigint() / 1000n);
const spec = JSON.parse(process.argv[2] ?? '{}') as WorkerSpec;
const output: WorkerOutput = await (async () => {
  let start = 0;
  const tasks = await measure(spec, () => {
    start = microseconds();
  });
  return { tasks, window: [start, microseconds()] as const };
})();
process.stdout.write(`${JSON.stringify(output)}\n`);
