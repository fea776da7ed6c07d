/// <reference types="node" />
// `npm run bench:programs`: the time of `buildImpactReport` on the AzerGold dataset with N extra
// programs, each in a village of its own placed directly under an economic region (so each is a
// district of its own for the coverage of beneficiaries), for N = 1,000 and 2,000 (and more with
// --sizes=). Prints the medians and the ratio of each size to the first: a report whose cost
// grows linearly with the programs has a ratio near 2 for twice the programs. Each size runs in
// the same process after a warm-up, interleaved, 5 times (--runs=).
import { performance } from 'node:perf_hooks';
import { azGazetteer } from '../src/data/az/index.js';
import { azergoldDataset } from '../src/data/azergold/index.js';
import { buildImpactReport } from '../src/index.js';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,2000')
  .split(',')
  .map(Number);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

type DatasetJson = {
  locations?: object[];
  programs: { id: string; beneficiaries?: { unit: string } }[];
  sources: { id: string }[];
};

/** The AzerGold dataset with `n` more programs, each in a village of its own. */
function datasetWith(n: number): DatasetJson {
  const base = JSON.parse(JSON.stringify(azergoldDataset)) as DatasetJson;
  const template = base.programs.find((p) => p.beneficiaries?.unit === 'person');
  if (template === undefined) throw new Error('no program counting persons to copy');
  const locations = [...(base.locations ?? [])];
  const programs = [...base.programs];
  const sourceId = base.sources[0]?.id;
  for (let i = 0; i < n; i++) {
    const villageId = `AZ-BENCH:v${i}`;
    locations.push({
      id: villageId,
      kind: 'village',
      name: `V${i}`,
      parentId: 'az-er-ganja-dashkasan',
      sourceIds: [sourceId],
    });
    const {
      results: _r,
      spend: _s,
      reportedAmounts: _a,
      ...rest
    } = template as Record<string, unknown>;
    programs.push({
      ...(rest as DatasetJson['programs'][number]),
      id: `prog-bench-${i}`,
      locations: [{ locationId: villageId }],
      spend: [],
      beneficiaries: { unit: 'person', count: 10 + i, estimated: false },
    } as DatasetJson['programs'][number]);
  }
  return { ...base, locations, programs };
}

/** One report's time, in milliseconds. */
function timeReport(dataset: DatasetJson): number {
  const start = performance.now();
  buildImpactReport(dataset, { asOf: '2025-12-31', gazetteer: azGazetteer });
  return performance.now() - start;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const datasets = sizes.map((n) => datasetWith(n));
for (const dataset of datasets) timeReport(dataset);
const times = sizes.map(() => [] as number[]);
for (let run = 0; run < runs; run++) {
  datasets.forEach((dataset, i) => {
    (times[i] as number[]).push(timeReport(dataset));
  });
}
const first = median(times[0] as number[]);
console.log('| programs added | median report time | ratio to the first size |');
console.log('| ---: | ---: | ---: |');
sizes.forEach((n, i) => {
  const m = median(times[i] as number[]);
  console.log(`| ${n.toLocaleString('en')} | ${m.toFixed(0)} ms | ${(m / first).toFixed(2)} |`);
});
