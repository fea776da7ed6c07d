// Draws a seeded, uniform random sample of the mutants `npm run mutation` would test, so that the
// mutation score can be estimated in a fraction of the time of a full run (see
// docs/mutation-report.md). Writes reports/mutation-sample.json, which stryker.sample.config.mjs
// turns into mutate ranges and scripts/mutation-score.mjs scores.
//
//   node scripts/mutation-sample.mjs [--size 400] [--seed 20261128] [--since <git ref>]
//
// With --since, only the files changed since that commit are sampled: the score of new code.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new Error(`--${name} takes a positive integer, not ${args[at + 1]}`);
  }
  return value;
};
const size = option('size', 400);
const seed = option('seed', 20261128);
const sinceAt = args.indexOf('--since');
const since = sinceAt === -1 ? undefined : args[sinceAt + 1];

/** The lines of each file added or changed since `since`, from the hunks of `git diff -U0`. */
function changedLinesSince(ref) {
  const diff = execFileSync('git', ['diff', '-U0', ref, '--', 'src'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const lines = new Map();
  let file;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      file = line.startsWith('+++ b/') ? line.slice(6) : undefined;
      if (file !== undefined) lines.set(file, new Set());
      continue;
    }
    const hunk = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk === null || file === undefined) continue;
    const first = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let n = first; n < first + count; n++) lines.get(file).add(n);
  }
  return lines;
}
/** With --since: the changed lines by file; every line of every file otherwise. */
const changed = since === undefined ? undefined : changedLinesSince(since);

/** A glob of the Stryker configuration (`**` and `*` only) as a regular expression. */
function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (glob.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (c === '*') source += '[^/]*';
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const config = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const include = config.mutate.filter((g) => !g.startsWith('!')).map(globToRegExp);
const exclude = config.mutate.filter((g) => g.startsWith('!')).map((g) => globToRegExp(g.slice(1)));

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}
const files = [...walk('src')]
  .filter((f) => include.some((r) => r.test(f)) && !exclude.some((r) => r.test(f)))
  .filter((f) => changed === undefined || (changed.get(f)?.size ?? 0) > 0)
  .sort();

const quiet = () => false;
const logger = {
  trace() {},
  debug() {},
  info() {},
  warn: console.warn,
  error: console.error,
  fatal: console.error,
  isTraceEnabled: quiet,
  isDebugEnabled: quiet,
  isInfoEnabled: quiet,
  isWarnEnabled: () => true,
  isErrorEnabled: () => true,
  isFatalEnabled: () => true,
};
const { mutants: all } = await new Instrumenter(logger).instrument(
  files.map((name) => ({ name, mutate: true, content: readFileSync(name, 'utf8') })),
  { plugins: null, excludedMutations: config.mutator?.excludedMutations ?? [], ignorers: [] },
);

// With --since, a mutant is new code when the line it starts on was added or changed.
const mutants =
  changed === undefined
    ? all
    : all.filter((m) => changed.get(m.fileName)?.has(m.location.start.line + 1) === true);

// mulberry32: a small seeded generator, so that the same seed draws the same sample.
let state = seed >>> 0;
const random = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
// A partial Fisher-Yates shuffle: the first `size` positions are a uniform sample.
const order = mutants.map((_, i) => i);
const take = Math.min(size, order.length);
for (let i = 0; i < take; i++) {
  const j = i + Math.floor(random() * (order.length - i));
  [order[i], order[j]] = [order[j], order[i]];
}
const sample = order
  .slice(0, take)
  .sort((a, b) => a - b)
  .map((i) => {
    const { fileName, mutatorName, replacement, location } = mutants[i];
    return { fileName, mutatorName, replacement, location };
  });

mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/mutation-sample.json',
  `${JSON.stringify({ seed, since: since ?? null, population: mutants.length, files: files.length, mutants: sample }, null, 1)}\n`,
);
console.log(
  `sampled ${sample.length} of ${mutants.length} mutants in ${files.length} files (seed ${seed}): reports/mutation-sample.json`,
);
