/// <reference types="node" />
import { PerformanceObserver } from 'node:perf_hooks';
import { Bench } from 'tinybench';

/** What one task measured. */
export interface TaskMeasurement {
  /** The task's name, as printed. */
  readonly task: string;
  /** Whether it is the hand-written baseline of its scenario, which the ratios divide by. */
  readonly baseline: boolean;
  /** Whether it is hand-written code (a baseline, or another floor shown for comparison). */
  readonly handWritten: boolean;
  /** Records per run. */
  readonly records: number;
  /** The median time of a run, in milliseconds. */
  readonly medianMs: number;
  /** The timed runs. */
  readonly runs: number;
  /** The share of the timed runs spent in garbage collection, in [0, 1]. */
  readonly gcShare: number;
  /** Heap growth in MB: retained by the result (in memory), or peak during a stream. */
  readonly heapMB: number;
  /** RSS growth in MB: after the run (in memory), or peak during a stream. */
  readonly rssMB: number;
  /** What the task computed, to check that the tasks of a scenario agree. */
  readonly check: string;
  /** For long streams: RSS in MB sampled through the run, in order. */
  readonly rssTrace?: readonly number[];
}

/** A task of a scenario: a run returns what the checks compare. */
export interface BenchTask {
  /** The task's name. */
  readonly name: string;
  /** Whether it is the hand-written baseline, which the ratios divide by. */
  readonly baseline: boolean;
  /** Whether it is hand-written code rather than the library. */
  readonly handWritten: boolean;
  /** One run over all the records. */
  readonly run: () => unknown;
  /** The check string of a run's result. */
  readonly check: (result: unknown) => string;
}

const MB = 1024 * 1024;
let gcTotalMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcTotalMs += entry.duration;
});
observer.observe({ entryTypes: ['gc'] });

/**
 * The GC time of this process so far, in milliseconds. Node records a GC event after the collection, from an
 * immediate callback: two turns of the event loop later the entries of every collection that
 * has ended are there to take.
 */
export async function gcTime(): Promise<number> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
  for (const entry of observer.takeRecords()) gcTotalMs += entry.duration;
  return gcTotalMs;
}

/** Runs a full garbage collection (the worker runs with --expose-gc). */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run node with --expose-gc');
  gc();
  gc();
}

/**
 * What one run of a task keeps: the heap its result holds once garbage is collected, and the RSS
 * growth right after the run. A function of its own, so that no result of a former run is still
 * held by a variable of the caller when the baseline is taken.
 */
function keptBy(task: BenchTask): { heapMB: number; rssMB: number; check: string } {
  collect();
  const before = process.memoryUsage();
  const result = task.run();
  const rss = process.memoryUsage().rss;
  collect();
  const heap = process.memoryUsage().heapUsed;
  return {
    heapMB: Math.max(0, heap - before.heapUsed) / MB,
    rssMB: Math.max(0, rss - before.rss) / MB,
    check: task.check(result),
  };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Collects garbage, then lets the collector's background threads finish their sweeping. */
async function settle(): Promise<void> {
  collect();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Measures the memory each task keeps, then times the tasks with tinybench in rounds, each round
 * running every task once (after a warm-up run of each in the first round), so that a change of
 * load on the machine weighs on every task alike. All in this process.
 *
 * @param tasks - The tasks, baseline first.
 * @param records - Records per run.
 * @param rounds - Timed runs per task.
 * @param begin - Called when the timing starts (the profile window opens).
 * @returns One measurement per task, with the median time.
 */
export async function measureInMemory(
  tasks: readonly BenchTask[],
  records: number,
  rounds: number,
  begin: () => void = () => {},
): Promise<TaskMeasurement[]> {
  // Memory first, each task from a collected heap; then the timing, which the profile covers.
  const kept = new Map<string, ReturnType<typeof keptBy>>();
  for (const task of tasks) {
    await settle();
    kept.set(task.name, keptBy(task));
  }
  const samples = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  const gcMs = new Map<string, number>(tasks.map((task) => [task.name, 0]));
  let gcStart = 0;
  await settle();
  begin();
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({
      iterations: 1,
      time: 0,
      warmup: round === 0,
      warmupIterations: 1,
      warmupTime: 0,
      throws: true,
      setup: async (_task, mode) => {
        if (mode === 'run') gcStart = await gcTime();
      },
      teardown: async (task, mode) => {
        if (task !== undefined && mode === 'run') {
          gcMs.set(task.name, (gcMs.get(task.name) ?? 0) + (await gcTime()) - gcStart);
        }
      },
    });
    for (const task of tasks) bench.add(task.name, task.run);
    await bench.run();
    tasks.forEach((task, i) => {
      const result = bench.tasks[i]?.result;
      if (result === undefined || !('latency' in result))
        throw new Error(`${task.name}: no result`);
      samples.get(task.name)?.push(result.latency.mean);
    });
  }
  return tasks.map((task) => {
    const times = samples.get(task.name) as number[];
    const totalMs = times.reduce((sum, t) => sum + t, 0);
    return {
      task: task.name,
      baseline: task.baseline,
      handWritten: task.handWritten,
      records,
      medianMs: median(times),
      runs: times.length,
      gcShare: totalMs > 0 ? Math.min(1, (gcMs.get(task.name) ?? 0) / totalMs) : 0,
      ...(kept.get(task.name) as ReturnType<typeof keptBy>),
    };
  });
}

/**
 * Times one streaming task with tinybench in this process (a fresh one per task), with its peak
 * heap and RSS growth sampled every 10 ms, and for long runs an RSS trace.
 *
 * @param task - The task (its run returns a promise).
 * @param records - Records per run.
 * @param iterations - Timed runs (after one warm-up run unless `warmup` is false).
 * @param warmup - Whether to warm up first.
 * @returns The measurement.
 */
export async function measureStream(
  task: BenchTask,
  records: number,
  iterations: number,
  warmup: boolean,
): Promise<TaskMeasurement> {
  collect();
  const start = process.memoryUsage();
  let peakHeap = start.heapUsed;
  let peakRss = start.rss;
  const trace: number[] = [];
  let lastTrace = 0;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    if (now.heapUsed > peakHeap) peakHeap = now.heapUsed;
    if (now.rss > peakRss) peakRss = now.rss;
    const t = performance.now();
    if (t - lastTrace >= 1000) {
      trace.push(Math.round(now.rss / MB));
      lastTrace = t;
    }
  }, 10);
  let check = '';
  let gcStart = 0;
  let gcMs = 0;
  const bench = new Bench({
    iterations,
    time: 0,
    warmup,
    warmupIterations: 1,
    warmupTime: 0,
    throws: true,
    setup: async () => {
      gcStart = await gcTime();
    },
    teardown: async () => {
      gcMs = (await gcTime()) - gcStart;
    },
  });
  bench.add(task.name, async () => {
    check = task.check(await task.run());
  });
  await bench.run();
  clearInterval(sampler);
  const peakRssAll = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  const result = bench.tasks[0]?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`${task.name}: no result`);
  const totalMs = result.latency.mean * result.latency.samplesCount;
  return {
    task: task.name,
    baseline: task.baseline,
    handWritten: task.handWritten,
    records,
    medianMs: result.latency.p50,
    runs: result.latency.samplesCount,
    gcShare: totalMs > 0 ? Math.min(1, gcMs / totalMs) : 0,
    heapMB: Math.max(0, peakHeap - start.heapUsed) / MB,
    rssMB: Math.max(0, peakRssAll - start.rss) / MB,
    check,
    ...(records >= 5_000_000 ? { rssTrace: trace } : {}),
  };
}
