/// <reference types="node" />
// `npm run bench`: generates the synthetic employee files into a temporary folder, measures each
// scenario against its hand-written baseline in fresh worker processes, prints the table and
// writes bench/results.md. Options: --quick (10k and 100k only, nothing written), --no-10m,
// --out=<file>, --render (write the results of the last run again, without measuring).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { summarizeCpuProfile } from './cpuProfileSummary.js';
import { type EmployeeFiles, writeEmployeeFiles } from './employeeFiles.js';
import { median, type TaskMeasurement } from './measure.js';
import { type Environment, renderResults, type ScenarioRun, type SizeCheck } from './results.js';
import { syntheticWorld } from './syntheticWorkforce.js';
import type { WorkerOutput, WorkerSpec } from './worker.js';

const root = resolve(import.meta.dirname, '../..');
const workerPath = join(import.meta.dirname, 'worker.js');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const outArg = [...args].find((a) => a.startsWith('--out='));
const outFile = outArg === undefined ? (quick ? undefined : 'bench/results.md') : outArg.slice(6);
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const streamed = quick || args.has('--no-10m') ? undefined : 10_000_000;

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
async function profile(spec: WorkerSpec): Promise<string> {
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
      `\`node --cpu-prof\` of the task at ${spec.size.toLocaleString('en')} records (${spec.iterations} timed runs after a warm-up, input loading left out): self time by function, ${Math.round(totalMs)} ms sampled.`,
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
  return tasks.map((task) => {
    const measured = byTask.get(task) as TaskMeasurement[];
    const first = measured[0] as TaskMeasurement;
    return {
      ...first,
      medianMs: median(measured.map((m) => m.medianMs)),
      runs: measured.reduce((sum, m) => sum + m.runs, 0),
      gcShare: measured.reduce((sum, m) => sum + m.gcShare, 0) / measured.length,
      heapMB: Math.max(...measured.map((m) => m.heapMB)),
      rssMB: Math.max(...measured.map((m) => m.rssMB)),
    };
  });
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

/** Measures everything, then publishes. */
async function measureAll(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mining-impact-bench-'));
  const runs: ScenarioRun[] = [];
  const profiles: Record<string, string> = {};
  try {
    const world = syntheticWorld();
    const files = new Map<number, EmployeeFiles>();
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
    environment.loadAfter = loadavg();
    const largest = sizes[sizes.length - 1] as number;
    const largestFile = files.get(largest) as EmployeeFiles;
    log('measuring bundle sizes');
    const bundles = await sizeChecks(dir);
    const { missed } = renderResults(runs, environment, bundles, profiles);
    for (const target of quick ? [] : missed) {
      if (target.profile === undefined) continue;
      log(`profiling ${target.profile.scenario} ${target.profile.task ?? target.profile.only}`);
      profiles[target.id] = await profile({
        ...target.profile,
        size: largest,
        ...largestFile,
        iterations: 3,
        warmup: true,
      });
    }
    environment.durationS = Math.round((performance.now() - started) / 1000);
    const saved: SavedRun = { runs, environment, bundles, profiles };
    mkdirSync(dirname(lastRun), { recursive: true });
    writeFileSync(lastRun, JSON.stringify(saved));
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
