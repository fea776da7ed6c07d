/// <reference types="node" />
import { PerformanceObserver } from 'node:perf_hooks';
import { Bench } from 'tinybench';

/** What one task measured. */
export interface TaskMeasurement {
  /** The task's name, as printed. */
  readonly task: string;
  /** Whether it is the hand-written baseline of its scenario. */
  readonly baseline: boolean;
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
  /** Whether it is the hand-written baseline. */
  readonly baseline: boolean;
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
 * The GC time so far, in milliseconds. Node records a GC event after the collection, from an
 * immediate callback: two turns of the event loop later the entries of every collection that
 * has ended are there to take.
 */
async function gcTime(): Promise<number> {
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

/**
 * Times the tasks with tinybench and measures the memory each keeps, in this process.
 *
 * @param tasks - The tasks, baseline first.
 * @param records - Records per run.
 * @param iterations - Timed runs per task (after one warm-up run).
 * @returns One measurement per task.
 */
export async function measureInMemory(
  tasks: readonly BenchTask[],
  records: number,
  iterations: number,
): Promise<TaskMeasurement[]> {
  const memory = new Map<string, { heapMB: number; rssMB: number; check: string }>();
  for (const task of tasks) memory.set(task.name, keptBy(task));
  const gc = new Map<string, number>();
  let gcStart = 0;
  const bench = new Bench({
    iterations,
    time: 0,
    warmupIterations: 1,
    warmupTime: 0,
    throws: true,
    setup: async () => {
      collect();
      gcStart = await gcTime();
    },
    teardown: async (task) => {
      if (task !== undefined) gc.set(task.name, (await gcTime()) - gcStart);
    },
  });
  for (const task of tasks) bench.add(task.name, task.run);
  await bench.run();
  return tasks.map((task, i) => {
    const result = bench.tasks[i]?.result;
    if (result === undefined || !('latency' in result)) throw new Error(`${task.name}: no result`);
    const totalMs = result.latency.mean * result.latency.samplesCount;
    const kept = memory.get(task.name) as { heapMB: number; rssMB: number; check: string };
    return {
      task: task.name,
      baseline: task.baseline,
      records,
      medianMs: result.latency.p50,
      runs: result.latency.samplesCount,
      gcShare: totalMs > 0 ? Math.min(1, (gc.get(task.name) ?? 0) / totalMs) : 0,
      ...kept,
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
