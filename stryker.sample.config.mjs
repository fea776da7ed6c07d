// The Stryker configuration of `npm run mutation:sample`: the configuration of `npm run mutation`,
// restricted to the mutants drawn by scripts/mutation-sample.mjs. A range selects every mutant
// inside it, so a sampled mutant that encloses others (a block) brings them along; only the
// sampled ones are scored (scripts/mutation-score.mjs).
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));
const sample = JSON.parse(
  readFileSync(new URL('./reports/mutation-sample.json', import.meta.url), 'utf8'),
);

// Mutate ranges count lines from 1 and columns from 0; mutant locations count both from 0.
const ranges = sample.mutants.map(
  ({ fileName, location: { start, end } }) =>
    `${fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`,
);

export default {
  ...base,
  mutate: [...new Set(ranges)],
  incremental: false,
  reporters: ['progress-append-only', 'json'],
  jsonReporter: { fileName: 'reports/mutation-sample-report.json' },
};
