/** A node of a V8 CPU profile (`node --cpu-prof`), as far as the summary reads it. */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
  readonly children?: readonly number[];
}

/** A V8 CPU profile. */
interface CpuProfile {
  readonly startTime: number;
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One line of the summary: a function and its self time. */
export interface ProfileLine {
  /** `name (file:line)`. */
  readonly frame: string;
  /** Self time in milliseconds. */
  readonly selfMs: number;
  /** Share of all sampled time, in [0, 1]. */
  readonly share: number;
}

/** The file name of a script URL, without its folders. */
function fileOf(url: string): string {
  if (url === '') return '';
  const path = url.replace(/^file:\/\//, '');
  const nodeModules = path.lastIndexOf('node_modules/');
  return nodeModules >= 0
    ? path.slice(nodeModules + 'node_modules/'.length)
    : (path.split('/').pop() ?? path);
}

/**
 * Sums the self time of each function of a CPU profile and lists the heaviest.
 *
 * @param profile - The parsed `.cpuprofile` JSON.
 * @param window - The samples to keep: from and to, in microseconds of the monotonic clock of
 * `process.hrtime` (the clock of the profile's timestamps); all when absent.
 * @param top - How many lines to keep.
 * @returns The heaviest functions by self time, and the total sampled time in milliseconds.
 */
export function summarizeCpuProfile(
  profile: unknown,
  window?: readonly [number, number],
  top = 12,
): { lines: ProfileLine[]; totalMs: number } {
  const { nodes, samples, timeDeltas, startTime } = profile as CpuProfile;
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const selfUs = new Map<string, number>();
  let totalUs = 0;
  let time = startTime;
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i] as number);
    const delta = timeDeltas[i] ?? 0;
    time += delta;
    if (node === undefined) continue;
    if (window !== undefined && (time < window[0] || time > window[1])) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = fileOf(url);
    const frame = `${functionName || '(anonymous)'}${file === '' ? '' : ` (${file}:${lineNumber + 1})`}`;
    selfUs.set(frame, (selfUs.get(frame) ?? 0) + delta);
    totalUs += delta;
  }
  const lines = [...selfUs]
    .sort(([, a], [, b]) => b - a)
    .slice(0, top)
    .map(([frame, us]) => ({ frame, selfMs: us / 1000, share: totalUs > 0 ? us / totalUs : 0 }));
  return { lines, totalMs: totalUs / 1000 };
}
