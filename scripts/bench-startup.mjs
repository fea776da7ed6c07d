// `npm run bench:startup`: the start-up cost of the command and of the root entry, measured
// against the floor of the same run (`node -e 0`, `import('zod')`). Each job runs in a fresh
// process, the jobs in rotating order so that a load change hits all of them alike; the medians
// are printed with the machine and its load. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'dist/cli/index.js');
if (!existsSync(cli)) {
  console.error('bench:startup: dist/cli/index.js is missing; run "npm run build" first');
  process.exit(1);
}
const rounds = Number(process.argv.find((a) => a.startsWith('--rounds='))?.slice(9) ?? 21);

/** The jobs: a name and the arguments of `node`. */
const jobs = [
  ['node -e 0', ['-e', '0']],
  ['mining-impact --help', [cli, '--help']],
  ['mining-impact report (Markdown, reference dataset)', [cli, 'report', '--as-of', '2025-12-31']],
  ["import('zod')", ['--input-type=module', '-e', "await import('zod')"]],
  ["import('mining-impact')", ['--input-type=module', '-e', "await import('mining-impact')"]],
];

/** The wall time of one run of `node` with the arguments, in milliseconds. */
function time(args) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const samples = jobs.map(() => []);
for (const [, args] of jobs) time(args); // warm the file cache
for (let round = 0; round < rounds; round++)
  for (let k = 0; k < jobs.length; k++) {
    const i = (k + round) % jobs.length;
    samples[i].push(time(jobs[i][1]));
  }
const medians = samples.map(median);
const [floor, help, report, zod, library] = medians;
console.log(
  `node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}, ${rounds} rounds`,
);
for (let i = 0; i < jobs.length; i++)
  console.log(`${jobs[i][0].padEnd(52)} ${medians[i].toFixed(0).padStart(5)} ms`);
const check = (label, value, limit) =>
  console.log(
    `${label.padEnd(52)} ${value.toFixed(0).padStart(5)} ms (target ≤ ${limit}) ${value <= limit ? 'met' : 'MISSED'}`,
  );
check('--help over node -e 0', help - floor, 120);
check('report over node -e 0', report - floor, 350);
console.log(
  `${"import('mining-impact') / import('zod')".padEnd(52)} ${(library / zod).toFixed(2).padStart(5)} ×`,
);
