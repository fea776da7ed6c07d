import { DUCKDB_TASK } from './duckDbScenario.js';
import type { TaskMeasurement } from './measure.js';
import { PARQUET_DUCKDB_TASK, PARQUET_ENGINE_TASK } from './parquetEngineScenario.js';
import { REPORT_COMMAND_TASK, REPORT_SUMMARY_TASK } from './reportScenario.js';
import { IMPORT_LIBRARY_TASK, IMPORT_ZOD_TASK } from './startupScenario.js';
import type { WorkerSpec } from './worker.js';

/** The scenarios: those of the workers, and the imports the runner times itself. */
export type ScenarioName = WorkerSpec['scenario'] | 'startup';

/** The measurements of one scenario at one size. */
export interface ScenarioRun {
  /** The scenario. */
  readonly scenario: ScenarioName;
  /** Records per run. */
  readonly size: number;
  /** The tasks, baseline first. */
  readonly tasks: readonly TaskMeasurement[];
}

/** The machine and the versions measured. */
export interface Environment {
  /** The CPU model. */
  readonly cpu: string;
  /** Logical cores. */
  readonly cores: number;
  /** Memory in GB. */
  readonly memoryGB: number;
  /** The Node.js version. */
  readonly node: string;
  /** Platform and architecture. */
  readonly platform: string;
  /** Load averages (1, 5, 15 min) when the run started. */
  readonly loadBefore: readonly number[];
  /** Load averages when the measurements ended. */
  loadAfter: readonly number[];
  /** Package versions. */
  readonly versions: Readonly<Record<string, string>>;
  /** How long the whole run took, in seconds. */
  durationS: number;
}

/** One size-limit entry. */
export interface SizeCheck {
  /** The entry's name. */
  readonly name: string;
  /** Minified and brotli-compressed size, in bytes. */
  readonly bytes: number;
  /** Whether it is within its limit. */
  readonly passed: boolean;
}

/** A target of the benchmark and whether this run met it. */
export interface Target {
  /** A stable id. */
  readonly id: string;
  /** What is asked. */
  readonly goal: string;
  /** What was measured. */
  readonly measured: string;
  /** `true` met, `false` missed, `undefined` not measured in this run. */
  readonly met: boolean | undefined;
  /** The worker to profile when missed. */
  readonly profile?: Omit<WorkerSpec, 'size' | 'ndjson' | 'csv' | 'iterations' | 'warmup'>;
  /** For a missed target whose reason is the measured figures: the text. */
  readonly reason?: string;
}

/** Why a target is missed, when it is: the analysis behind a miss, kept with the benchmark. */
const REASONS: Readonly<Record<string, string>> = {
  validation: [
    'The rate depends on the machine: the hand-written guard of (b), unchanged since the run that',
    'set the target, measured about 384 ns a record then (see its row in the table for this run),',
    'and `validateEmployeeRow` has stayed within a few percent of it in every run since. The',
    'profile is that of the compiled schema: `validate20` and `isEmployee` with their id and date',
    'patterns.',
  ].join('\n'),
  duckdb: [
    'DuckDB reads NDJSON with a vectorised JSON reader in C++ on two threads and checks no row;',
    'the library decides every row in JavaScript on one thread and checks every field the model',
    'has (ids against their pattern, calendar dates, the values of each enum, a termination after',
    'the hire), so that a bad row is reported with its row, column and code instead of being',
    'counted. The profile: the byte scanner walking the members of each record (`readMembers`,',
    '`readId`, `readDate`) about 60 %, the accumulator 5 %. `workers: 2` (its row in the table)',
    'brings the library closer; the gap widens at 10M, where DuckDB spreads its start-up over more',
    'rows. For data already validated elsewhere, `mining-impact/duckdb` runs this same DuckDB query',
    'and reads its cube back, at DuckDB speed.',
  ].join('\n'),
  csv: [
    'csv-parse builds every record: its `parse`, `__onRecord`, `__infoRecord`, `__infoDataSet` and',
    '`__onField` take about two thirds of the time in the profile below, validation and counting',
    'about a tenth. Reading and splitting the same file by hand takes 0.5× the NDJSON baseline, so',
    'the cost is in the general parser, not in the format.',
  ].join('\n'),
  workers: [
    'With `workers: 2` the calling thread scans the first range of the file and one worker thread',
    'the rest. The worker thread starts a JavaScript realm and imports the library (100 to 200 ms)',
    'before its first row, and the calling thread merges the two snapshots after the last: on 2',
    'cores the best case is a little over half the time. Both cores must be free for it: the',
    'load average above shows other processes on the same cores.',
  ].join('\n'),
  ndjson: [
    'Reading and `JSON.parse` are only part of the work the target asks for: every row is also',
    'validated against the whole model and counted. On these records (about 240 bytes each)',
    '`JSON.parse` costs about 1.2 µs a row, validation about 0.35-0.4 µs (the compiled schema; the',
    'hand-written guard of (b) costs as much) and counting about 0.1 µs: no code doing this work',
    'comes under about 1.4× read + `JSON.parse`. The hand-written floor of the whole pipeline',
    '(read + `JSON.parse` + hand-written guard and counter, in italics in the table) measures',
    'within about 15 % of `summarizeWorkforceFile`, on either side depending on the size: the',
    'library sits at the floor of the work. The profile below shows where the time goes:',
    '`visitLine` (with `JSON.parse` inlined into it) about half, the compiled validator',
    '(`validate20`, `isEmployee` and its regular expressions) about a quarter, the accumulator',
    '(`add`) about 5 %. With the larger records the target was set with (2.2-2.8 µs of',
    '`JSON.parse` each) the same costs come to about 1.2×. The memory half of the target is met.',
  ].join('\n'),
  scaling: [
    'The paths of the library scale linearly (summary, fast validation, file readers). A ratio',
    'above 12, where one occurs, is `EmployeeSchema.safeParse` kept for every record: one million',
    'validated copies stay alive (about 130 MB, see the heap column), and the garbage collector',
    'spends more of its time tracing them as they grow. That is why the bulk path validates with',
    'the compiled schema and keeps the records as they are. A ratio under 8 means that 1M records',
    'cost less per record than 100k: the fixed costs of a run (resolving each distinct home once,',
    'building the summary, opening a file, and with `workers: 2` starting a worker thread and',
    'importing the library in it, 100 to 200 ms) are spread over more records.',
  ].join('\n'),
  size: [
    'The indicators over 3 kB carry work their result depends on. `resourceReserveStatement` and',
    '`depositPipeline` check each deposit against `DepositSchema`, whose construction (zod itself',
    'excluded) is about 1 kB; `seniorManagementLocalShare` classifies locality under any of the five',
    'locality policies (districts, regions, distances, listed areas, the capital);',
    '`communityInvestment`, `beneficiaryCoverage` and `categoryCoverage` place every program location',
    'in the gazetteer (and the first converts currencies); `projectEmployment` and `jobsInTerritories`',
    'carry exact-decimal projection arithmetic and the methodology notes of their results. Every',
    'indicator also shares about 0.7 kB with all the others (the messages of `ImpactError`,',
    '`resultFrom`, `ratio`). Getting these under 3 kB would mean dropping input validation or result',
    'notes, which the library does not trade for bytes; their budgets are the size-limit entries of',
    'the project. What was waste is gone: an indicator used to bundle the catalog entries of its',
    'whole family, and now takes only its own (a workforce indicator fell from about 2.85 kB to',
    '2.05 kB). Since then the workforce indicators take a published workforce summary as well as',
    'records, and check it with `WorkforceSummarySchema` before reading it (ten object schemas: the',
    'counts, bounds, published shares and breakdowns a summary may hold): `hostCountryNationalShare`,',
    'for one, bundles 17.8 kB minified, most of it that schema and the shared error messages. A',
    'bundle-size target has no CPU profile; the table below lists every indicator.',
  ].join('\n'),
};

const MILLION = 1_000_000;

/** The bulk validation task the target is about. */
const BULK_TASK = 'validateEmployeeRow (isEmployee; zod for the rejected)';

function sizeLabel(size: number): string {
  return size >= MILLION ? `${size / MILLION}M` : `${size / 1000}k`;
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function ratio(value: number, base: number | undefined, minBase: number): string {
  if (base === undefined || base < minBase) return '—';
  return `${fixed(value / base, 2)}×`;
}

function find(
  runs: readonly ScenarioRun[],
  scenario: string,
  size: number,
  task: string,
): TaskMeasurement | undefined {
  return runs
    .find((run) => run.scenario === scenario && run.size === size)
    ?.tasks.find((t) => t.task === task);
}

/** A task of a scenario measured at one size only (the targets' scenarios), whatever the size. */
function findAny(
  runs: readonly ScenarioRun[],
  scenario: ScenarioName,
  task: string,
): TaskMeasurement | undefined {
  return runs.find((run) => run.scenario === scenario)?.tasks.find((t) => t.task === task);
}

const SCENARIO_TITLES: Readonly<Record<string, string>> = {
  summary: '(a) summary in memory',
  validation: '(b) bulk validation',
  stream: '(c) file → summary',
};

/** Whether a scenario is one of (a) to (c), measured size by size. */
function isPerSize(scenario: ScenarioName): scenario is 'summary' | 'validation' | 'stream' {
  return scenario === 'summary' || scenario === 'validation' || scenario === 'stream';
}

function table(runs: readonly ScenarioRun[]): string {
  const lines = [
    '| scenario | records | task | ns/record | records/s | × time | heap MB | × heap | RSS MB | × RSS | GC |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const run of runs.filter((r) => isPerSize(r.scenario))) {
    const base = run.tasks.find((t) => t.baseline);
    for (const t of run.tasks) {
      const ns = (t.medianMs * 1e6) / t.records;
      lines.push(
        `| ${SCENARIO_TITLES[run.scenario]} | ${sizeLabel(run.size)} | ${t.baseline ? `**${t.task}**` : t.handWritten ? `*${t.task}*` : t.task} | ${fixed(ns, 0)} | ${fixed(t.records / (t.medianMs / 1000), 0)} | ${ratio(t.medianMs, base?.medianMs, 0)} | ${fixed(t.heapMB, 1)} | ${ratio(t.heapMB, base?.heapMB, 1)} | ${fixed(t.rssMB, 1)} | ${ratio(t.rssMB, base?.rssMB, 1)} | ${fixed(t.gcShare * 100, 0)} % |`,
      );
    }
  }
  return lines.join('\n');
}

/** A task's 100k → 1M ratio: scenario, task and ratio. */
type Scaling = readonly ['summary' | 'validation' | 'stream', string, number];

function scaling(runs: readonly ScenarioRun[]): { text: string; ratios: Scaling[] } {
  const ratios: Scaling[] = [];
  const lines = [
    '| scenario | task | 100k ms | 1M ms | ratio |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const run of runs.filter((r) => r.size === MILLION && isPerSize(r.scenario))) {
    for (const t of run.tasks) {
      const small = find(runs, run.scenario, 100_000, t.task);
      if (small === undefined) continue;
      const r = t.medianMs / small.medianMs;
      if (!t.handWritten) ratios.push([run.scenario as Scaling[0], t.task, r]);
      lines.push(
        `| ${SCENARIO_TITLES[run.scenario]} | ${t.task} | ${fixed(small.medianMs, 1)} | ${fixed(t.medianMs, 1)} | ${fixed(r, 2)} |`,
      );
    }
  }
  return { text: lines.join('\n'), ratios };
}

/** The name of the NDJSON summary with `workers: 2` (its ratio to one thread is a target). */
export const WORKERS_TASK = 'summarizeWorkforceFile (NDJSON, workers: 2)';

/** A target on the time of one task over another's, measured in the same run. */
interface TimeRatioSpec {
  readonly id: string;
  readonly goal: string;
  /** The highest ratio that meets the target. */
  readonly limit: number;
  /** Measured figures to add after the ratio and the two times. */
  readonly more?: (task: TaskMeasurement, base: TaskMeasurement) => string;
  /** A further condition of the target, besides the ratio. */
  readonly also?: (task: TaskMeasurement, base: TaskMeasurement) => boolean;
  /** The text under a missed target: the figures of this run. */
  readonly reason?: (task: TaskMeasurement, base: TaskMeasurement) => string;
  readonly profile?: Target['profile'];
}

/** The target `task.medianMs / base.medianMs <= limit`; not measured when either is missing. */
function timeRatioTarget(
  spec: TimeRatioSpec,
  task: TaskMeasurement | undefined,
  base: TaskMeasurement | undefined,
): Target {
  const { id, goal, limit, more, also, reason, profile } = spec;
  if (task === undefined || base === undefined)
    return { id, goal, measured: 'not measured', met: undefined };
  const value = task.medianMs / base.medianMs;
  return {
    id,
    goal,
    measured: `${fixed(value, 2)}× (${fixed(task.medianMs, 0)} ms against ${fixed(base.medianMs, 0)} ms)${more === undefined ? '' : `, ${more(task, base)}`}`,
    met: value <= limit && (also === undefined || also(task, base)),
    ...(profile === undefined ? {} : { profile }),
    ...(reason === undefined ? {} : { reason: reason(task, base) }),
  };
}

/** `workers: 2` against one thread on 1M NDJSON records, with the peak RSS growth of each. */
const WORKERS_TARGET: TimeRatioSpec = {
  id: 'workers',
  goal: 'NDJSON of 1M employees to a summary with `workers: 2` (the calling thread and one worker thread) ≤ 0.7× the time with `workers: 1`',
  limit: 0.7,
  more: (two, one) => `peak RSS growth ${fixed(two.rssMB, 0)} MB against ${fixed(one.rssMB, 0)} MB`,
  // No CPU profile: the scan runs in the worker threads, which `node --cpu-prof` leaves out.
};

/** The validating NDJSON path against DuckDB's cube query over the same file (2 threads). */
const DUCKDB_TARGET: TimeRatioSpec = {
  id: 'duckdb',
  goal: 'NDJSON of 1M employees to a summary, every row validated, ≤ 1.5× DuckDB `read_json` and the cube query (2 threads, no validation)',
  limit: 1.5,
  profile: { scenario: 'stream', task: 'ndjsonLibrary' },
};

/** The CSV summary of 1M records against the NDJSON summary of the same records. */
const CSV_TARGET: TimeRatioSpec = {
  id: 'csv',
  goal: 'CSV of 1M employees to a summary ≤ 2× the NDJSON path',
  limit: 2,
  profile: { scenario: 'stream', task: 'csvLibrary' },
};

/** The records of a run, as the goals print them (1M, 100k). */
function recordsLabel(task: TaskMeasurement): string {
  return sizeLabel(task.records);
}

/** A dataset folder to a Markdown report by the command, against the summary of its employees. */
const REPORT_TARGET: TimeRatioSpec = {
  id: 'report',
  goal: 'a dataset folder of 1M employees (`dataset.json` and `employees.ndjson`) → Markdown report with `mining-impact report` ≤ 1.3× the streaming summary of its employees alone, peak RSS growth < 200 MB',
  limit: 1.3,
  more: (report, summary) =>
    `${recordsLabel(report)} records, peak RSS growth ${fixed(report.rssMB, 0)} MB (the summary: ${fixed(summary.rssMB, 0)} MB)`,
  also: (report) => report.rssMB < 200,
  reason: (report, summary) =>
    [
      `Measured in this run, ${report.records.toLocaleString('en')} records: the command took`,
      `${fixed(report.medianMs, 0)} ms (${report.runs} run) and`,
      `\`summarizeWorkforceFile\` on the same \`employees.ndjson\` ${fixed(summary.medianMs, 0)} ms`,
      `(median of ${summary.runs}), ${fixed(report.medianMs / summary.medianMs, 2)}×, against 1.3×;`,
      `the peak RSS growth of the command was ${fixed(report.rssMB, 0)} MB (heap`,
      `${fixed(report.heapMB, 0)} MB, ${fixed(report.gcShare * 100, 0)} % of its time in GC), against 200 MB,`,
      `and that of the summary ${fixed(summary.rssMB, 0)} MB. The figures are those of the`,
      'command as built in dist/; the CPU profile below shows where its time goes. With',
      '`--as-of` the command streams the employee file into a report builder, which checks each',
      'record as part of the dataset (the compiled schema again, since it cannot know who read the',
      'record; the id among all ids; the company, site and home it names; its dates) and feeds it',
      'to every indicator of records, the workforce summaries and the EITI employment figures:',
      'work the summary alone does not do (see "Reports of large datasets" in docs/performance.md).',
    ].join('\n'),
  profile: { scenario: 'report', task: 'reportCommand' },
};

/** Reports with 2,000 added programs against 1,000. */
const PROGRAMS_TARGET: TimeRatioSpec = {
  id: 'programs',
  goal: '2,000 programs → report time ≤ 2× that of 1,000 (`buildImpactReport`, AzerGold dataset, each added program a district of its own)',
  limit: 2,
  reason: (more, fewer) =>
    `Measured in this run (median of ${more.runs} reports each): ${fixed(more.medianMs, 0)} ms with 2,000 programs added, ${fixed(fewer.medianMs, 0)} ms with 1,000, ${fixed(more.medianMs / fewer.medianMs, 2)}× against 2×.`,
  profile: { scenario: 'programs' },
};

/** A Parquet file through the engine against DuckDB's own query. */
const PARQUET_TARGET: TimeRatioSpec = {
  id: 'parquet',
  goal: 'Parquet of 1M employees → summary with `summarizeWorkforceWithDuckDb` (`mining-impact/duckdb`) ≤ 1.5× DuckDB’s own `workforceCubeSql` query on the same file (2 threads each)',
  limit: 1.5,
  more: (engine) => `${recordsLabel(engine)} records`,
  reason: (engine, duckdb) =>
    `Measured in this run (median of ${engine.runs} fresh processes each): the engine ${fixed(engine.medianMs, 0)} ms, DuckDB's own query ${fixed(duckdb.medianMs, 0)} ms, ${fixed(engine.medianMs / duckdb.medianMs, 2)}× against 1.5×. Both create a database in memory and run the same query over the file on 2 threads; the engine also asks DuckDB for the file's columns (\`DESCRIBE\`), reads them through a view that casts each to the cube's type, and builds the summary from the cube's rows. The CPU profile below is that of one run of the engine in a fresh process, as measured; \`node --cpu-prof\` samples the JavaScript thread, not DuckDB's own threads.`,
  profile: { scenario: 'parquet', task: 'parquetEngine' },
};

/** The import of the root entry against zod's. */
const IMPORT_TARGET: TimeRatioSpec = {
  id: 'import',
  goal: "`import('mining-impact')` ≤ 1.2× `import('zod')` (wall time of a fresh process, medians)",
  limit: 1.2,
  more: (library) => `${library.runs} processes each`,
  reason: (library, zod) =>
    [
      `Measured in this run (medians of ${library.runs} fresh processes each, in alternating order):`,
      `${fixed(library.medianMs, 0)} ms against ${fixed(zod.medianMs, 0)} ms, ${fixed(library.medianMs / zod.medianMs, 2)}× against 1.2×.`,
      'What the import does beyond zod (compiling the root bundle, building its schemas at load) is',
      'analysed under "Import of the root entry" in docs/performance.md. Each import runs in a',
      'process of its own, which `node --cpu-prof` of the benchmark does not profile.',
    ].join('\n'),
};

function targets(
  runs: readonly ScenarioRun[],
  ratios: readonly Scaling[],
  sizes: readonly SizeCheck[],
): Target[] {
  const out: Target[] = [];
  const loop = find(runs, 'summary', MILLION, 'hand-written loop');
  const summary = find(runs, 'summary', MILLION, 'summarizeWorkforce');
  out.push({
    id: 'summary',
    goal: '`summarizeWorkforce` ≤ 1.5× the hand-written single-pass loop at 1M records',
    measured: loop && summary ? `${fixed(summary.medianMs / loop.medianMs, 2)}×` : 'not measured',
    met: loop && summary ? summary.medianMs / loop.medianMs <= 1.5 : undefined,
    profile: { scenario: 'summary', only: 'summarizeWorkforce' },
  });
  const fast = find(runs, 'validation', MILLION, BULK_TASK);
  const perSecond = fast ? fast.records / (fast.medianMs / 1000) : undefined;
  out.push({
    id: 'validation',
    goal: 'bulk validation (the fast path; zod for the issues of rejected rows) ≥ 2M records/s at 1M records',
    measured:
      perSecond === undefined ? 'not measured' : `${fixed(perSecond / MILLION, 2)}M records/s`,
    met: perSecond === undefined ? undefined : perSecond >= 2 * MILLION,
    profile: { scenario: 'validation', only: BULK_TASK },
  });
  const parse = find(runs, 'stream', MILLION, 'read + JSON.parse (NDJSON)');
  const file = find(runs, 'stream', MILLION, 'summarizeWorkforceFile (NDJSON)');
  out.push({
    id: 'ndjson',
    goal: 'NDJSON of 1M employees to a summary, every row validated, ≤ 1.3× read + `JSON.parse`, peak RSS growth < 150 MB',
    measured:
      parse && file
        ? `${fixed(file.medianMs / parse.medianMs, 2)}×, peak RSS growth ${fixed(file.rssMB, 0)} MB`
        : 'not measured',
    met: parse && file ? file.medianMs / parse.medianMs <= 1.3 && file.rssMB < 150 : undefined,
    profile: { scenario: 'stream', task: 'ndjsonLibrary' },
  });
  out.push(timeRatioTarget(WORKERS_TARGET, find(runs, 'stream', MILLION, WORKERS_TASK), file));
  out.push(timeRatioTarget(DUCKDB_TARGET, file, find(runs, 'stream', MILLION, DUCKDB_TASK)));
  const csv = find(runs, 'stream', MILLION, 'summarizeWorkforceFile (CSV)');
  out.push(timeRatioTarget(CSV_TARGET, csv, file));
  const tenM = find(runs, 'stream', 10 * MILLION, 'summarizeWorkforceFile (NDJSON)');
  const trace = tenM?.rssTrace ?? [];
  const half = Math.floor(trace.length / 2);
  const drift =
    trace.length >= 4
      ? Math.max(...trace.slice(half)) - Math.max(...trace.slice(1, half))
      : undefined;
  out.push({
    id: 'flat',
    goal: '10M records streamed with flat memory',
    measured:
      tenM && file && drift !== undefined
        ? `peak RSS growth ${fixed(tenM.rssMB, 0)} MB at 10M (${fixed(file.rssMB, 0)} MB at 1M); RSS of the second half − first half: ${drift} MB`
        : 'not measured',
    met:
      tenM && file && drift !== undefined
        ? tenM.rssMB <= file.rssMB + 32 && drift <= 32
        : undefined,
  });
  const outside = ratios.filter(([, , r]) => r < 8 || r > 12);
  const profiled = outside.find(([scenario]) => scenario !== 'stream');
  out.push({
    id: 'scaling',
    goal: 'linear scaling: the 100k → 1M time ratio between 8 and 12',
    measured:
      ratios.length === 0
        ? 'not measured'
        : ratios.map(([scenario, task, r]) => `${scenario}: ${task} ${fixed(r, 2)}`).join('; '),
    met: ratios.length === 0 ? undefined : outside.length === 0,
    ...(profiled === undefined ? {} : { profile: { scenario: profiled[0], only: profiled[1] } }),
  });
  out.push(
    timeRatioTarget(
      REPORT_TARGET,
      findAny(runs, 'report', REPORT_COMMAND_TASK),
      findAny(runs, 'report', REPORT_SUMMARY_TASK),
    ),
  );
  out.push(
    timeRatioTarget(
      PROGRAMS_TARGET,
      findAny(runs, 'programs', 'buildImpactReport, 2,000 programs added'),
      findAny(runs, 'programs', 'buildImpactReport, 1,000 programs added'),
    ),
  );
  out.push(
    timeRatioTarget(
      PARQUET_TARGET,
      findAny(runs, 'parquet', PARQUET_ENGINE_TASK),
      findAny(runs, 'parquet', PARQUET_DUCKDB_TASK),
    ),
  );
  out.push(
    timeRatioTarget(
      IMPORT_TARGET,
      findAny(runs, 'startup', IMPORT_LIBRARY_TASK),
      findAny(runs, 'startup', IMPORT_ZOD_TASK),
    ),
  );
  const indicators = sizes.filter((s) => s.name.startsWith('indicator '));
  const over = indicators.filter((s) => s.bytes > 3000);
  out.push({
    id: 'size',
    goal: 'importing one indicator from the ESM build ≤ 3 kB brotli (zod excluded)',
    measured:
      indicators.length === 0
        ? 'not measured (run `npm run build` first)'
        : `${indicators.length - over.length} of ${indicators.length} catalog indicators within 3 kB; over: ${over.map((s) => `${s.name.slice(10)} ${s.bytes} B`).join(', ') || 'none'}`,
    met: indicators.length === 0 ? undefined : over.length === 0,
  });
  return out;
}

/**
 * The library's NDJSON path against DuckDB's cube query over the same file, size by size, as a
 * ratio of their times measured in the same run.
 *
 * @param runs - The measurements.
 * @returns A Markdown table, or a sentence when DuckDB was not measured.
 */
function duckDbComparison(runs: readonly ScenarioRun[]): string {
  const lines = [
    'The library validates every record and counts the valid ones; DuckDB (`mining-impact/duckdb`',
    'runs the same query) validates nothing and groups every record (see bench/duckDbScenario.ts).',
    '',
    '| records | summarizeWorkforceFile (NDJSON) ms | DuckDB ms | library ÷ DuckDB |',
    '| ---: | ---: | ---: | ---: |',
  ];
  for (const run of runs) {
    if (run.scenario !== 'stream') continue;
    const library = run.tasks.find((t) => t.task === 'summarizeWorkforceFile (NDJSON)');
    const duckdb = run.tasks.find((t) => t.task === DUCKDB_TASK);
    if (library === undefined || duckdb === undefined) continue;
    lines.push(
      `| ${sizeLabel(run.size)} | ${fixed(library.medianMs, 0)} | ${fixed(duckdb.medianMs, 0)} | ${fixed(library.medianMs / duckdb.medianMs, 2)}× |`,
    );
  }
  return lines.length === 5 ? 'Not measured in this run.' : lines.join('\n');
}

/** What each scenario of the other targets measures, as its table prints it. */
const TARGET_SCENARIOS: readonly (readonly [ScenarioName, string])[] = [
  ['report', 'dataset folder → Markdown report'],
  ['parquet', 'Parquet → summary'],
  ['programs', 'report with added programs'],
  ['startup', 'import in a fresh process'],
];

/**
 * The measurements of the scenarios that serve one target each (those not measured size by
 * size): the median time, the runs, and the peak memory growth where measured.
 *
 * @param runs - The measurements.
 * @returns A Markdown table, or a sentence when none was measured.
 */
function targetTable(runs: readonly ScenarioRun[]): string {
  const lines = [
    '| scenario | records | task | median ms | runs | peak heap growth MB | peak RSS growth MB | GC |',
    '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [scenario, title] of TARGET_SCENARIOS) {
    for (const run of runs.filter((r) => r.scenario === scenario)) {
      for (const t of run.tasks) {
        const memory = scenario === 'report' || scenario === 'parquet';
        lines.push(
          `| ${title} | ${scenario === 'startup' ? '—' : t.records.toLocaleString('en')} | ${t.handWritten ? `*${t.task}*` : t.task} | ${fixed(t.medianMs, 0)} | ${t.runs} | ${memory ? fixed(t.heapMB, 0) : '—'} | ${memory ? fixed(t.rssMB, 0) : '—'} | ${memory ? `${fixed(t.gcShare * 100, 0)} %` : '—'} |`,
        );
      }
    }
  }
  return lines.length === 2 ? 'Not measured in this run.' : lines.join('\n');
}

/**
 * Renders the results as Markdown: the machine, the table with the ratios, the scaling, the
 * targets (with the reason and a profile for each one missed) and the sizes.
 *
 * @param runs - The measurements.
 * @param env - The machine and versions.
 * @param sizes - The size-limit figures.
 * @param profiles - Profile summaries by target id.
 * @returns The Markdown and the targets missed.
 */
export function renderResults(
  runs: readonly ScenarioRun[],
  env: Environment,
  sizes: readonly SizeCheck[],
  profiles: Readonly<Record<string, string>>,
): { markdown: string; missed: Target[] } {
  const scaled = scaling(runs);
  const all = targets(runs, scaled.ratios, sizes);
  const missed = all.filter((t) => t.met === false);
  const load = (l: readonly number[]): string => l.map((x) => fixed(x, 2)).join(', ');
  const markdown = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (see [docs/performance.md](../docs/performance.md)). Times are medians of',
    'several runs; every ratio (×) is to the hand-written baseline (**bold**) of the same scenario and',
    'size, measured in the same run; other hand-written code is in *italics*. Heap: what the result',
    'keeps (in memory) or the peak growth (files);',
    'RSS: growth after the run (in memory) or the peak growth (files). Each scenario and size runs in a',
    'fresh process; each file task too.',
    '',
    '## Machine',
    '',
    `- ${env.cpu}, ${env.cores} cores, ${env.memoryGB} GB; ${env.platform}`,
    `- Node.js ${env.node}`,
    `- load average (1, 5, 15 min): ${load(env.loadBefore)} at the start, ${load(env.loadAfter)} at the end`,
    ...Object.entries(env.versions).map(([name, version]) => `- ${name} ${version}`),
    `- the whole run took ${env.durationS} s`,
    '',
    '## Targets',
    '',
    '| target | measured | met |',
    '| --- | --- | --- |',
    ...all.map(
      (t) =>
        `| ${t.goal} | ${t.measured} | ${t.met === undefined ? '—' : t.met ? 'yes' : '**no**'} |`,
    ),
    '',
    ...missed.flatMap((t) => [
      `### Missed: ${t.goal}`,
      '',
      t.reason ?? REASONS[t.id] ?? 'No analysis recorded yet.',
      '',
      profiles[t.id] ?? '',
      '',
    ]),
    '## Measurements',
    '',
    table(runs),
    '',
    '## DuckDB comparison',
    '',
    duckDbComparison(runs),
    '',
    '## Other targets',
    '',
    'A dataset folder (`dataset.json` and `employees.ndjson`, no invalid record) to a Markdown',
    'report by the built command, once in a fresh process with the library already imported',
    '(bench/reportScenario.ts), against `summarizeWorkforceFile` on the same `employees.ndjson`',
    'in one thread; the same employees as a Parquet file written by DuckDB, through the engine and',
    'through DuckDB’s own query (bench/parquetEngineScenario.ts), each in fresh processes in',
    'alternating rounds; reports with added programs (bench/programReports.ts, in one process after',
    'a warm-up); the imports, each in a fresh process (bench/startupScenario.ts).',
    '',
    targetTable(runs),
    '',
    '## Scaling from 100k to 1M records',
    '',
    scaled.text,
    '',
    '## Bundle sizes (size-limit, minified and brotli-compressed, zod excluded)',
    '',
    '| entry | bytes | within limit |',
    '| --- | ---: | --- |',
    ...sizes.map((s) => `| ${s.name} | ${s.bytes} | ${s.passed ? 'yes' : '**no**'} |`),
    '',
  ].join('\n');
  return { markdown, missed };
}
