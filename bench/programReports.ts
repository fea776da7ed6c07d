/// <reference types="node" />
import { performance } from 'node:perf_hooks';
import { azGazetteer } from '../src/data/az/index.js';
import { azergoldDataset } from '../src/data/azergold/index.js';
import { buildImpactReport } from '../src/index.js';
import { median } from './measure.js';

/** A dataset as JSON, with the parts the added programs touch. */
export type ProgramDatasetJson = {
  locations?: object[];
  programs: { id: string; beneficiaries?: { unit: string } }[];
  sources: { id: string }[];
};

/**
 * The AzerGold dataset with `n` more programs, each in a village of its own placed directly
 * under an economic region (so each is a district of its own for the coverage of
 * beneficiaries): copies of its first program counting persons, without results or spend.
 *
 * @param n - How many programs to add.
 * @returns The dataset, as JSON.
 * @throws Error when the dataset has no program counting persons to copy.
 */
export function datasetWithPrograms(n: number): ProgramDatasetJson {
  const base = JSON.parse(JSON.stringify(azergoldDataset)) as ProgramDatasetJson;
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
      ...(rest as ProgramDatasetJson['programs'][number]),
      id: `prog-bench-${i}`,
      locations: [{ locationId: villageId }],
      spend: [],
      beneficiaries: { unit: 'person', count: 10 + i, estimated: false },
    } as ProgramDatasetJson['programs'][number]);
  }
  return { ...base, locations, programs };
}

/** One report's time, in milliseconds. */
function timeReport(dataset: ProgramDatasetJson): number {
  const start = performance.now();
  buildImpactReport(dataset, { asOf: '2025-12-31', gazetteer: azGazetteer });
  return performance.now() - start;
}

/**
 * Times `buildImpactReport` on the AzerGold dataset with each number of added programs (see
 * {@link datasetWithPrograms}), in this process: one warm-up report of each size, then `runs`
 * rounds, each building one report of every size in turn.
 *
 * @param sizes - The numbers of programs to add.
 * @param runs - The timed reports of each size.
 * @returns The times of each size, in milliseconds, in the order of `sizes`, and their medians.
 */
export function timeProgramReports(
  sizes: readonly number[],
  runs: number,
): { readonly times: number[][]; readonly medians: number[] } {
  const datasets = sizes.map((n) => datasetWithPrograms(n));
  for (const dataset of datasets) timeReport(dataset);
  const times = sizes.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    datasets.forEach((dataset, i) => {
      (times[i] as number[]).push(timeReport(dataset));
    });
  }
  return { times, medians: times.map((t) => median(t)) };
}
