/// <reference types="node" />
// `npm run bench:programs`: the time of `buildImpactReport` on the AzerGold dataset with N extra
// programs, each in a village of its own placed directly under an economic region (so each is a
// district of its own for the coverage of beneficiaries), for N = 1,000 and 2,000 (and more with
// --sizes=). Prints the medians and the ratio of each size to the first: a report whose cost
// grows linearly with the programs has a ratio near 2 for twice the programs. Each size runs in
// the same process after a warm-up, interleaved, 5 times (--runs=). `npm run bench` measures
// the same (1,000 and 2,000) as one of its targets.
import { timeProgramReports } from './programReports.js';

const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1000,2000')
  .split(',')
  .map(Number);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);

const { medians } = timeProgramReports(sizes, runs);
const first = medians[0] as number;
console.log('| programs added | median report time | ratio to the first size |');
console.log('| ---: | ---: | ---: |');
sizes.forEach((n, i) => {
  const m = medians[i] as number;
  console.log(`| ${n.toLocaleString('en')} | ${m.toFixed(0)} ms | ${(m / first).toFixed(2)} |`);
});
