// Scores a mutation run from Stryker's JSON report: the whole run (`npm run mutation`,
// reports/mutation/mutation.json) or, with --sample, only the mutants drawn by
// scripts/mutation-sample.mjs (reports/mutation-sample-report.json), with a 95 % interval.
// Prints the score by folder and the mutants that survived.
//
//   node scripts/mutation-score.mjs [--sample] [report.json]
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const sampled = args.includes('--sample');
const reportPath =
  args.find((a) => !a.startsWith('--')) ??
  (sampled ? 'reports/mutation-sample-report.json' : 'reports/mutation/mutation.json');
const report = JSON.parse(readFileSync(reportPath, 'utf8'));

// Report locations count lines and columns from 1; the sample keeps Stryker's from 0.
const key = (file, mutator, replacement, start, end) =>
  [file, mutator, replacement, start.line, start.column, end.line, end.column].join('\u0000');
let mutants = Object.entries(report.files).flatMap(([file, { mutants: list }]) =>
  list.map((m) => ({ file, ...m })),
);
if (sampled) {
  const sample = JSON.parse(readFileSync('reports/mutation-sample.json', 'utf8'));
  const byKey = new Map(
    mutants.map((m) => [
      key(m.file, m.mutatorName, m.replacement, m.location.start, m.location.end),
      m,
    ]),
  );
  const shift = ({ line, column }) => ({ line: line + 1, column: column + 1 });
  const missing = [];
  mutants = sample.mutants.flatMap((s) => {
    const found = byKey.get(
      key(s.fileName, s.mutatorName, s.replacement, shift(s.location.start), shift(s.location.end)),
    );
    if (found === undefined) missing.push(s);
    return found === undefined ? [] : [found];
  });
  console.log(
    `sample: ${sample.mutants.length} of ${sample.population} mutants (seed ${sample.seed}); ${missing.length} not found in the report`,
  );
  for (const m of missing)
    console.log(`  not found: ${m.fileName} ${m.mutatorName} ${m.replacement}`);
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const count = (list) => {
  const c = { detected: 0, undetected: 0, ignored: 0, invalid: 0 };
  for (const m of list) {
    if (DETECTED.has(m.status)) c.detected++;
    else if (UNDETECTED.has(m.status)) c.undetected++;
    else if (m.status === 'Ignored') c.ignored++;
    else c.invalid++;
  }
  return c;
};
/** The Wilson score interval at 95 % for `k` successes in `n` trials. */
const wilson = (k, n) => {
  const z = 1.959964;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [centre - half, centre + half];
};
const pct = (x) => `${(100 * x).toFixed(2)} %`;
const line = (label, list) => {
  const c = count(list);
  const valid = c.detected + c.undetected;
  if (valid === 0) return `${label}: no valid mutant`;
  const [low, high] = wilson(c.detected, valid);
  return `${label}: ${pct(c.detected / valid)} (${c.detected} of ${valid} detected; 95 % interval ${pct(low)} to ${pct(high)}); ${c.ignored} static mutants ignored, ${c.invalid} invalid`;
};

console.log(line('mutation score', mutants));
const folders = new Map();
for (const m of mutants) {
  const folder = m.file.split('/').slice(0, 3).join('/').replace(/\.ts$/, '');
  folders.set(folder, [...(folders.get(folder) ?? []), m]);
}
for (const [folder, list] of [...folders].sort()) console.log(line(`  ${folder}`, list));
const undetected = mutants.filter((m) => UNDETECTED.has(m.status));
if (undetected.length > 0) console.log(`\nundetected (${undetected.length}):`);
for (const m of undetected) {
  console.log(
    `  ${m.file}:${m.location.start.line}:${m.location.start.column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')}`,
  );
}
