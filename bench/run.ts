/// <reference types="node" />
// `npm run bench`: generates the synthetic employee files into a temporary folder, measures each
// scenario against its hand-written baseline in fresh worker processes, then the scenarios of
// the other targets (a dataset folder to a report, Parquet through the engine, reports with more
// programs, the import time), prints the table and writes bench/results.md. Options: --quick
// (10k and 100k only, the targets' scenarios at 100k, nothing written), --no-10m, --out=<file>,
// --render (write the results of the last run again, without measuring), --only-targets (only
// the scenarios of the other targets, nothing written; --only-targets=report,parquet,programs,import
// chooses among them; --target-size=<records> sets the size of the folder and Parquet file).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { summarizeCpuProfile } from './cpuProfileSummary.js';
import { writeDatasetFolder } from './datasetFolder.js';
import { type EmployeeFiles, writeEmployeeFiles } from './employeeFiles.js';
import { median, type TaskMeasurement } from './measure.js';
import { writeParquetWithDuckDb } from './parquetEngineScenario.js';
import {
  type Environment,
  renderResults,
  type ScenarioRun,
  type SizeCheck,
  type Target,
} from './results.js';
import { measureImports } from './startupScenario.js';
import { type SyntheticWorld, syntheticWorld } from './syntheticWorkforce.js';
import type { WorkerOutput, WorkerSpec } from './worker.js';

const root = resolve(import.meta.dirname, '../..');
const workerPath = join(import.meta.dirname, 'worker.js');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const outArg = [...args].find((a) => a.startsWith('--out='));
const outFile =
  outArg === undefined
    ? quick || [...args].some((a) => a.startsWith('--only-targets'))
      ? undefined
      : 'bench/results.md'
    : outArg.slice(6);
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const streamed = quick || args.has('--no-10m') ? undefined : 10_000_000;
const onlyArg = [...args].find((a) => a === '--only-targets' || a.startsWith('--only-targets='));
const onlyTargets = onlyArg !== undefined;
/** The targets whose scenarios run beyond (a) to (c): all, or those --only-targets= lists. */
const TARGET_IDS = ['report', 'parquet', 'programs', 'import'] as const;
const chosen = new Set<string>(onlyArg?.includes('=') ? onlyArg.slice(15).split(',') : TARGET_IDS);
for (const id of chosen) {
  if (!(TARGET_IDS as readonly string[]).includes(id))
    throw new Error(`--only-targets: no target "${id}"; one of ${TARGET_IDS.join(', ')}`);
}
const sizeArg = [...args].find((a) => a.startsWith('--target-size='));
/** The records of the dataset folder and of its Parquet file. */
const targetSize =
  sizeArg === undefined ? (quick ? 100_000 : 1_000_000) : Number(sizeArg.slice(14));

/** Timed runs per size: more for small sizes, where one run is short. */
function iterationsFor(size: number, inMemory: boolean): number {
  if (size <= 10_000) return inMemory ? 30 : 10;
  if (size <= 100_000) return inMemory ? 10 : 3;
  if (size <= 1_000_000) return inMemory ? 5 : 1;
  return 1;
}

function packageVersion(name: string): string {
  const path = name === 'mining-impact' ? 'package.json' : `node_modules/${name}/package.json`;
  return (JSON.parse(readFileSync(join(root, path), 'utf8')) as { version: string }).version;
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** Runs one worker and returns its measurements. */
async function runWorker(
  spec: WorkerSpec,
  nodeFlags: readonly string[] = [],
): Promise<TaskMeasurement[]> {
  return (await runWorkerOutput(spec, nodeFlags)).tasks;
}

/** Runs one worker and returns what it printed. */
async function runWorkerOutput(
  spec: WorkerSpec,
  nodeFlags: readonly string[] = [],
): Promise<WorkerOutput> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', ...nodeFlags, workerPath, JSON.stringify(spec)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) throw new Error(`worker ${JSON.stringify(spec)} exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as WorkerOutput;
}

/** Profiles one task of one scenario with `node --cpu-prof` and summarizes where the time goes. */
async function profile(spec: WorkerSpec, covers: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mining-impact-profile-'));
  try {
    const { window } = await runWorkerOutput(spec, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
    if (file === undefined) return '(no profile written)';
    const { lines, totalMs } = summarizeCpuProfile(
      JSON.parse(readFileSync(join(dir, file), 'utf8')),
      window,
    );
    return [
      `\`node --cpu-prof\` of ${covers}: self time by function, ${Math.round(totalMs)} ms sampled.`,
      '',
      '| self ms | share | function |',
      '| ---: | ---: | --- |',
      ...lines.map(
        (l) => `| ${l.selfMs.toFixed(0)} | ${(l.share * 100).toFixed(1)} % | \`${l.frame}\` |`,
      ),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The size-limit figures of importing each catalog indicator alone from the ESM build (dist/ must
 * be built), then those of the project's own size-limit entries; none when size-limit fails.
 */
async function sizeChecks(dir: string): Promise<SizeCheck[]> {
  const library = (await import(join(root, 'dist/index.js'))) as {
    indicatorCatalog: readonly { functionName: string }[];
  } & Record<string, unknown>;
  const names = [...new Set(library.indicatorCatalog.map((entry) => entry.functionName))].filter(
    (name) => typeof library[name] === 'function',
  );
  const config = join(dir, 'size-limit.json');
  writeFileSync(
    config,
    JSON.stringify(
      names.map((name) => ({
        name: `indicator ${name}`,
        path: join(root, 'dist/index.js'),
        import: `{ ${name} }`,
        limit: '3 kB',
      })),
    ),
  );
  return [...sizeLimit(['--json', '--config', config]), ...sizeLimit(['--json'])];
}

function sizeLimit(options: readonly string[]): SizeCheck[] {
  let out: string;
  try {
    out = execFileSync(join(root, 'node_modules/.bin/size-limit'), options, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).toString();
  } catch (error) {
    // size-limit exits with 1 when an entry is over its limit, and still prints the figures.
    out = (error as { stdout?: Buffer }).stdout?.toString() ?? '';
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(out);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) {
    log(`size-limit gave no figures: ${out.slice(0, 200)}`);
    return [];
  }
  return (parsed as { name: string; size: number; passed: boolean }[]).map((r) => ({
    name: r.name,
    bytes: r.size,
    passed: r.passed,
  }));
}

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string): void => {
  process.stderr.write(`[${elapsed()}] ${message}\n`);
};
const environment: Environment = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  loadBefore: loadavg(),
  loadAfter: [0, 0, 0],
  versions: {
    'mining-impact': `${packageVersion('mining-impact')} (${gitCommit()})`,
    zod: packageVersion('zod'),
    ajv: `${packageVersion('ajv')} (standalone code, generated at build time)`,
    'csv-parse': safeVersion('csv-parse'),
    tinybench: packageVersion('tinybench'),
  },
  durationS: 0,
};

function safeVersion(name: string): string {
  try {
    return packageVersion(name);
  } catch {
    return 'not installed';
  }
}

const STREAM_TASKS = [
  'ndjsonBaseline',
  'ndjsonHandWritten',
  'ndjsonLibrary',
  'ndjsonLibraryWorkers',
  'csvBaseline',
  'csvLibrary',
  'ndjsonDuckDb',
] as const;

/** Runs the file tasks of one size in rounds of fresh processes and combines the rounds. */
async function streamRounds(
  size: number,
  file: EmployeeFiles,
  rounds: number,
  warmup: boolean,
): Promise<TaskMeasurement[]> {
  // Two worker threads against one: at 100k (the quick run) and 1M records, not at 10k or 10M.
  const tasks = STREAM_TASKS.filter(
    (task) =>
      (file.csv !== undefined || !task.startsWith('csv')) &&
      (task !== 'ndjsonLibraryWorkers' || (size >= 100_000 && size <= 1_000_000)),
  );
  const byTask = new Map<string, TaskMeasurement[]>(tasks.map((task) => [task, []]));
  for (let round = 0; round < rounds; round++) {
    for (const task of tasks) {
      log(`stream ${task}, ${size.toLocaleString('en')} records, round ${round + 1} of ${rounds}`);
      const spec: WorkerSpec = {
        scenario: 'stream',
        size,
        ...file,
        task,
        iterations: iterationsFor(size, false),
        warmup,
      };
      byTask.get(task)?.push(...(await runWorker(spec)));
    }
  }
  return tasks.map((task) => combine(byTask.get(task) as TaskMeasurement[]));
}

/** The measurements of one task in several processes as one: the median time, the peak memory. */
function combine(measured: readonly TaskMeasurement[]): TaskMeasurement {
  const first = measured[0] as TaskMeasurement;
  return {
    ...first,
    medianMs: median(measured.map((m) => m.medianMs)),
    runs: measured.reduce((sum, m) => sum + m.runs, 0),
    gcShare: measured.reduce((sum, m) => sum + m.gcShare, 0) / measured.length,
    heapMB: Math.max(...measured.map((m) => m.heapMB)),
    rssMB: Math.max(...measured.map((m) => m.rssMB)),
  };
}

/**
 * Runs the tasks of a scenario in rounds of fresh processes, one run each, alternating; a task
 * runs in as many rounds as given for it (the first ones).
 */
async function targetRounds(
  base: Omit<WorkerSpec, 'task'>,
  tasks: readonly (readonly [NonNullable<WorkerSpec['task']>, number])[],
): Promise<TaskMeasurement[]> {
  const byTask = new Map<string, TaskMeasurement[]>(tasks.map(([task]) => [task, []]));
  const rounds = tasks.reduce((most, [, n]) => Math.max(most, n), 0);
  for (let round = 0; round < rounds; round++) {
    for (const [task, n] of tasks) {
      if (round >= n) continue;
      log(
        `${base.scenario} ${task}, ${base.size.toLocaleString('en')} records, run ${round + 1} of ${n}`,
      );
      for (const measured of await runWorker({ ...base, task })) byTask.get(task)?.push(measured);
    }
  }
  return tasks.map(([task]) => combine(byTask.get(task) as TaskMeasurement[]));
}

/** Runs of the streaming summary of the folder's employees, each in a fresh process. */
const SUMMARY_RUNS = 3;
/** Runs of the report command (the longest task of the targets), each in a fresh process. */
const COMMAND_RUNS = 1;
/** Runs of each Parquet task, each in a fresh process, alternating. */
const PARQUET_RUNS = 3;
/** The records of the folder the report command is profiled on, when its target is missed. */
const PROFILED_REPORT_SIZE = 100_000;
/** Timed reports of each number of programs, in one process after a warm-up. */
const PROGRAM_RUNS = 5;
/** Timed imports of zod and of the library, each in a fresh process. */
const IMPORT_ROUNDS = 21;

/** The dataset folder and the Parquet file of the targets' scenarios, once written. */
const targetFiles: { folder?: string; parquet?: string } = {};

/**
 * The scenarios of the targets beyond the three per-size scenarios: a dataset folder of
 * `targetSize` employees to a Markdown report by the built command against the streaming
 * summary of its employees; its employees as Parquet (written by DuckDB) through
 * `summarizeWorkforceWithDuckDb` against DuckDB's own query; reports with 1,000 and 2,000 added
 * programs; the import of the root entry against zod's.
 */
async function measureTargets(world: SyntheticWorld, dir: string): Promise<ScenarioRun[]> {
  const runs: ScenarioRun[] = [];
  const needsFolder = chosen.has('report') || chosen.has('parquet');
  if (needsFolder) log(`writing a dataset folder of ${targetSize.toLocaleString('en')} employees`);
  const folder = needsFolder ? await writeDatasetFolder(world, dir, targetSize) : undefined;
  const base = { size: targetSize, ndjson: folder?.employees ?? '', folder: folder?.folder };
  if (chosen.has('report')) {
    const report = await targetRounds(
      { ...base, scenario: 'report', iterations: 1, warmup: false, out: join(dir, 'report.md') },
      [
        ['reportSummary', SUMMARY_RUNS],
        ['reportCommand', COMMAND_RUNS],
      ],
    );
    runs.push({ scenario: 'report', size: targetSize, tasks: report });
  }
  if (folder !== undefined && chosen.has('parquet')) {
    const parquet = join(dir, `employees-${targetSize}.parquet`);
    log('writing the Parquet file with DuckDB');
    await writeParquetWithDuckDb(folder.employees, parquet);
    targetFiles.folder = folder.folder;
    targetFiles.parquet = parquet;
    const engine = await targetRounds(
      { ...base, scenario: 'parquet', parquet, iterations: 1, warmup: false },
      [
        ['parquetDuckDb', PARQUET_RUNS],
        ['parquetEngine', PARQUET_RUNS],
      ],
    );
    const [duck, ours] = engine.map((t) => t.check.split(';')[0]);
    if (duck !== ours) throw new Error(`DuckDB and the engine disagree: ${duck} / ${ours}`);
    runs.push({ scenario: 'parquet', size: targetSize, tasks: engine });
  }
  if (chosen.has('programs')) {
    log(`reports with 1,000 and 2,000 added programs, ${PROGRAM_RUNS} runs`);
    const programs = await runWorker({
      ...base,
      scenario: 'programs',
      iterations: PROGRAM_RUNS,
      warmup: true,
      programs: [1000, 2000],
    });
    runs.push({ scenario: 'programs', size: 2000, tasks: programs });
  }
  if (chosen.has('import')) {
    log(`import of zod and of the library, ${IMPORT_ROUNDS} rounds`);
    runs.push({ scenario: 'startup', size: 1, tasks: measureImports(root, IMPORT_ROUNDS) });
  }
  return runs;
}

/** Where the last run keeps its measurements, for --render (bench/.out is emptied by each build). */
const lastRun = join(root, 'node_modules/.cache/mining-impact-bench/last-run.json');

/** What --render needs to write the results again without measuring. */
interface SavedRun {
  readonly runs: ScenarioRun[];
  readonly environment: Environment;
  readonly bundles: SizeCheck[];
  readonly profiles: Record<string, string>;
}

/** Prints the results and writes them to the results file, when there is one. */
function publish({ runs, environment, bundles, profiles }: SavedRun): void {
  const { markdown } = renderResults(runs, environment, bundles, profiles);
  process.stdout.write(`${markdown}\n`);
  if (outFile !== undefined) {
    writeFileSync(resolve(root, outFile), markdown);
    log(`wrote ${outFile}`);
  }
}

/** The scenarios (a) to (c), size by size, and the 10M stream. */
async function measureSizes(
  world: SyntheticWorld,
  dir: string,
  files: Map<number, EmployeeFiles>,
): Promise<ScenarioRun[]> {
  const runs: ScenarioRun[] = [];
  for (const size of [...sizes, ...(streamed === undefined ? [] : [streamed])]) {
    log(`writing ${size.toLocaleString('en')} records`);
    files.set(size, await writeEmployeeFiles(world, dir, size, size <= 1_000_000));
  }
  for (const size of sizes) {
    const file = files.get(size) as EmployeeFiles;
    for (const scenario of ['summary', 'validation'] as const) {
      log(`${scenario}, ${size.toLocaleString('en')} records`);
      const spec: WorkerSpec = {
        scenario,
        size,
        ...file,
        iterations: iterationsFor(size, true),
        warmup: true,
      };
      runs.push({ scenario, size, tasks: await runWorker(spec) });
    }
    // Each file task runs in its own processes, in rounds that alternate the tasks, so that a
    // change of load on the machine weighs on every task alike; the runner takes the medians.
    const stream = await streamRounds(size, file, 3, size <= 100_000);
    runs.push({ scenario: 'stream', size, tasks: stream });
  }
  if (streamed !== undefined) {
    const file = files.get(streamed) as EmployeeFiles;
    const stream = await streamRounds(streamed, file, 1, false);
    runs.push({ scenario: 'stream', size: streamed, tasks: stream });
  }
  return runs;
}

/** The worker to profile a missed target with, and what its profile covers; none without one. */
async function profiledSpec(
  target: Target,
  files: ReadonlyMap<number, EmployeeFiles>,
  world: SyntheticWorld,
  dir: string,
): Promise<{ spec: WorkerSpec; covers: string } | undefined> {
  const largest = sizes[sizes.length - 1] as number;
  const file = files.get(largest);
  const { profile } = target;
  if (profile === undefined) return undefined;
  if (profile.scenario === 'programs') {
    const spec: WorkerSpec = { ...profile, size: 2000, ndjson: '', iterations: 3, warmup: true };
    return {
      spec,
      covers:
        'building the datasets with 1,000 and 2,000 added programs, a warm-up report and 3 timed reports of each',
    };
  }
  if (profile.scenario === 'report') {
    // The command runs once; a folder of 100k records keeps the profile's run short.
    const size = Math.min(targetSize, PROFILED_REPORT_SIZE);
    const folder = await writeDatasetFolder(world, join(dir, 'profiled'), size);
    const spec: WorkerSpec = {
      ...profile,
      size,
      ndjson: folder.employees,
      folder: folder.folder,
      out: join(dir, 'report-profiled.md'),
      iterations: 1,
      warmup: false,
    };
    return {
      spec,
      covers: `one run of the command on a folder of ${size.toLocaleString('en')} records (the library imported before)`,
    };
  }
  if (profile.scenario === 'parquet') {
    if (targetFiles.folder === undefined || targetFiles.parquet === undefined) return undefined;
    const spec: WorkerSpec = {
      ...profile,
      size: targetSize,
      ndjson: join(targetFiles.folder, 'employees.ndjson'),
      ...targetFiles,
      iterations: 1,
      warmup: false,
    };
    return {
      spec,
      covers: `one run of the engine on the Parquet file of ${targetSize.toLocaleString('en')} records, in a fresh process, as measured`,
    };
  }
  if (file === undefined) return undefined;
  const spec: WorkerSpec = { ...profile, size: largest, ...file, iterations: 3, warmup: true };
  return {
    spec,
    covers: `the task at ${largest.toLocaleString('en')} records (3 timed runs after a warm-up, input loading left out)`,
  };
}

/** Profiles the missed targets that name a worker to profile. */
async function profileMissed(
  missed: readonly Target[],
  files: ReadonlyMap<number, EmployeeFiles>,
  world: SyntheticWorld,
  dir: string,
): Promise<Record<string, string>> {
  const profiles: Record<string, string> = {};
  for (const target of quick ? [] : missed) {
    const profiled = await profiledSpec(target, files, world, dir);
    if (profiled === undefined) continue;
    log(`profiling ${profiled.spec.scenario} ${profiled.spec.task ?? profiled.spec.only ?? ''}`);
    profiles[target.id] = await profile(profiled.spec, profiled.covers);
  }
  return profiles;
}

/** Measures everything, then publishes. */
async function measureAll(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mining-impact-bench-'));
  try {
    const world = syntheticWorld();
    const files = new Map<number, EmployeeFiles>();
    const runs = onlyTargets ? [] : await measureSizes(world, dir, files);
    for (const run of await measureTargets(world, dir)) runs.push(run);
    environment.loadAfter = loadavg();
    log('measuring bundle sizes');
    const bundles = onlyTargets ? [] : await sizeChecks(dir);
    const { missed } = renderResults(runs, environment, bundles, {});
    const profiles = await profileMissed(missed, files, world, dir);
    environment.durationS = Math.round((performance.now() - started) / 1000);
    const saved: SavedRun = { runs, environment, bundles, profiles };
    if (!onlyTargets) {
      mkdirSync(dirname(lastRun), { recursive: true });
      writeFileSync(lastRun, JSON.stringify(saved));
    }
    publish(saved);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (args.has('--render')) {
  // Writes the results of the last run again (after a change of the text), measuring nothing.
  publish(JSON.parse(readFileSync(lastRun, 'utf8')) as SavedRun);
} else {
  await measureAll();
}
