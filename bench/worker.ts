/// <reference types="node" />
// One measurement, in a fresh process: `node --expose-gc worker.js '<spec as JSON>'` prints the
// measurements of the tasks as one JSON line. The runner (run.ts) starts one worker per
// scenario and size (and per task for streams), so that the memory figures of one task are not
// those of another.
import { readFileSync } from 'node:fs';
import { handWrittenGuard } from './handWrittenGuard.js';
import { type BenchTask, measureInMemory, measureStream, type TaskMeasurement } from './measure.js';
import {
  duckDbParquetCube,
  engineParquetSummary,
  PARQUET_DUCKDB_TASK,
  PARQUET_ENGINE_TASK,
} from './parquetEngineScenario.js';
import { timeProgramReports } from './programReports.js';
import {
  folderPlaces,
  measureReportCommand,
  REPORT_SUMMARY_TASK,
  summarizeFolderEmployees,
} from './reportScenario.js';
import { type StreamTaskName, streamTask } from './streamScenario.js';
import { summaryTasks } from './summaryScenario.js';
import { type EmployeeRecord, syntheticWorld } from './syntheticWorkforce.js';
import { validationTasks } from './validationScenario.js';

/** What a worker measures. */
export interface WorkerSpec {
  /**
   * The scenario: (a) to (c) measure each size; `report` (a dataset folder to a report),
   * `parquet` (a Parquet file through the engine and through DuckDB) and `programs` (reports with
   * more programs) serve one target each.
   */
  readonly scenario: 'summary' | 'validation' | 'stream' | 'report' | 'parquet' | 'programs';
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
  /** For streams, the report and Parquet: the task. */
  readonly task?: StreamTaskName | TargetTaskName | undefined;
  /** For the report and Parquet: the dataset folder (see bench/datasetFolder.ts). */
  readonly folder?: string | undefined;
  /** For Parquet: the Parquet file of the folder's employees. */
  readonly parquet?: string | undefined;
  /** For the report: the Markdown file to write. */
  readonly out?: string | undefined;
  /** For programs: the numbers of programs added. */
  readonly programs?: readonly number[] | undefined;
  /** For in-memory scenarios: run only the task of this name (to profile it). */
  readonly only?: string | undefined;
}

/** The tasks of the report and Parquet scenarios. */
export type TargetTaskName = 'reportSummary' | 'reportCommand' | 'parquetDuckDb' | 'parquetEngine';

/** A task of the report or Parquet scenario, on a file, timed as streams are. */
function targetTask(spec: WorkerSpec): BenchTask {
  const folder = spec.folder as string;
  const parquet = spec.parquet as string;
  // The places are read before the run, as the stream scenario builds its world.
  const places = folderPlaces(folder);
  const named = (name: string, run: () => Promise<string>): BenchTask => ({
    name,
    baseline: false,
    handWritten: false,
    run,
    check: (result) => String(result),
  });
  switch (spec.task) {
    case 'reportSummary':
      return named(REPORT_SUMMARY_TASK, () => summarizeFolderEmployees(folder, places));
    case 'parquetDuckDb':
      // DuckDB's own query: other code than the library's, the baseline of its target.
      return { ...named(PARQUET_DUCKDB_TASK, () => duckDbParquetCube(parquet)), handWritten: true };
    case 'parquetEngine':
      return named(PARQUET_ENGINE_TASK, () => engineParquetSummary(parquet, places));
    default:
      throw new Error(`no task ${String(spec.task)} in the ${spec.scenario} scenario`);
  }
}

/** The reports with added programs: one measurement per number of programs. */
function programReports(spec: WorkerSpec, begin: () => void): TaskMeasurement[] {
  const sizes = spec.programs ?? [1000, 2000];
  begin();
  const { times, medians } = timeProgramReports(sizes, spec.iterations);
  return sizes.map((n, i) => ({
    task: `buildImpactReport, ${n.toLocaleString('en')} programs added`,
    baseline: i === 0,
    handWritten: false,
    records: n,
    medianMs: medians[i] as number,
    runs: (times[i] as number[]).length,
    gcShare: 0,
    heapMB: 0,
    rssMB: 0,
    check: 'report built',
  }));
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
  if (spec.scenario === 'programs') return programReports(spec, begin);
  if (spec.scenario === 'report' && spec.task === 'reportCommand') {
    return [
      await measureReportCommand(spec.folder as string, spec.out as string, spec.size, begin),
    ];
  }
  if (spec.scenario === 'report' || spec.scenario === 'parquet') {
    const task = targetTask(spec);
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
