/// <reference types="node" />
// `npm run soak`: runs the built command on generated dataset folders of growing size, and the
// streaming reader on files of growing size, each in a fresh process, and checks that memory
// stays within the documented bounds. Not part of `npm test` (minutes, gigabytes of disk).
// Options: --sizes=10000,100000,1000000 (the default), --keep (leave the files).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { azergoldDataset } from '../src/data/azergold/index.js';
import {
  EXTRACTED_ON,
  type SyntheticWorld,
  syntheticEmployees,
  syntheticWorld,
} from './syntheticWorkforce.js';

const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/index.js');
const args = process.argv.slice(2);
const sizes = (args.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '10000,100000,1000000')
  .split(',')
  .map(Number);
/** Prints the peak resident set size of the process on exit, in kB, on stderr. */
const REPORT_RSS =
  'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxrss "+process.resourceUsage().maxRSS+"\\n"))';

/** The bounds checked: peak RSS of a fresh process, in MB, as a function of the rows. */
const BOUNDS = {
  /** The streaming reader holds one row at a time: flat, whatever the size. */
  stream: (_rows: number) => 250,
  /** `validate` on a folder keeps the valid records for the whole-dataset validation: linear. */
  folder: (rows: number) => 250 + (rows * 1.5) / 1000,
  /**
   * `report --as-of` streams the rows into a report builder: its counts are bounded, and the ids
   * seen take some 30 bytes a row.
   */
  report: (rows: number) => 300 + (rows * 0.05) / 1000,
  /** An endless input stops at the 256 MiB byte budget. */
  endless: (_rows: number) => 1000,
};

/** The reference dataset with the synthetic villages and sites, as `dataset.json`. */
function datasetJson(world: SyntheticWorld): string {
  const dataset = structuredClone(azergoldDataset) as unknown as {
    locations: unknown[];
    sites: { id: string }[];
  };
  for (const ids of world.villagesByDistrict.values())
    for (const id of ids) dataset.locations.push(world.gazetteer.byId.get(id));
  // The generator's places unknown to the gazetteer (v-unlisted-1 to 60), here listed villages.
  for (let i = 1; i <= 60; i++)
    dataset.locations.push({
      id: `v-unlisted-${i}`,
      kind: 'village',
      name: `Village ${i}`,
      parentId: 'AZ-DAS',
    });
  const known = new Set(dataset.sites.map((s) => s.id));
  for (const site of [...world.sites, { id: 'site-unlisted', locationId: 'AZ-DAS' }])
    if (!known.has(site.id))
      dataset.sites.push({
        id: site.id,
        name: site.id,
        kind: 'other',
        companyId: 'azergold',
        locationId: site.locationId,
        depositIds: [],
      } as never);
  return JSON.stringify(dataset);
}

/** Writes a folder with `dataset.json` and `employees.ndjson` of `rows` valid records. */
async function writeFolder(world: SyntheticWorld, dir: string, rows: number): Promise<string> {
  const folder = join(dir, `dataset-${rows}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'dataset.json'), datasetJson(world));
  const out = createWriteStream(join(folder, 'employees.ndjson'));
  let chunk = '';
  let n = 0;
  for (const record of syntheticEmployees(world, { seed: 7, count: rows })) {
    chunk += `${JSON.stringify(record)}\n`;
    if (++n % 10_000 === 0) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      chunk = '';
    }
  }
  out.end(chunk);
  await new Promise<void>((r) => out.once('close', () => r()));
  return folder;
}

/** Runs `node` with the arguments; the exit code, the peak RSS in MB and the seconds taken. */
function measure(nodeArgs: readonly string[]): { code: number; rssMB: number; seconds: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', REPORT_RSS, ...nodeArgs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kB = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? Number.NaN);
  return { code: run.status ?? -1, rssMB: kB / 1024, seconds };
}

/** The streaming summary of an employee file, through the built `mining-impact/node`. */
function streamArgs(file: string): string[] {
  const script = `import { summarizeWorkforceFile } from 'mining-impact/node';
import { azGazetteer } from 'mining-impact/data/az';
const { counts } = await summarizeWorkforceFile(${JSON.stringify(file)}, { asOf: '${EXTRACTED_ON}', gazetteer: azGazetteer });
if (counts.read === 0) process.exit(3);`;
  return ['--input-type=module', '-e', script];
}

interface Row {
  readonly job: string;
  readonly rows: number;
  readonly code: number;
  readonly rssMB: number;
  readonly seconds: number;
  readonly bound: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mining-impact-soak-'));
  const world = syntheticWorld();
  const results: Row[] = [];
  const add = (job: string, rows: number, bound: number, nodeArgs: readonly string[]): void => {
    const m = measure(nodeArgs);
    results.push({ job, rows, bound, ...m });
    console.log(
      `${job.padEnd(34)} ${String(rows).padStart(9)} rows  exit ${m.code}  ${m.seconds.toFixed(1).padStart(6)} s  peak RSS ${m.rssMB.toFixed(0).padStart(5)} MB (bound ${bound.toFixed(0)})`,
    );
  };
  try {
    for (const rows of sizes) {
      const folder = await writeFolder(world, dir, rows);
      const ndjson = join(folder, 'employees.ndjson');
      add('summarizeWorkforceFile (stream)', rows, BOUNDS.stream(rows), streamArgs(ndjson));
      add('mining-impact validate <folder>', rows, BOUNDS.folder(rows), [
        cli,
        'validate',
        folder,
        '--as-of',
        EXTRACTED_ON,
      ]);
      const out = join(dir, `report-${rows}.json`);
      add('mining-impact report <folder>', rows, BOUNDS.report(rows), [
        cli,
        'report',
        folder,
        '--as-of',
        EXTRACTED_ON,
        '--out',
        out,
      ]);
      if (!args.includes('--keep')) rmSync(folder, { recursive: true, force: true });
    }
    add('mining-impact validate /dev/zero', 0, BOUNDS.endless(0), [cli, 'validate', '/dev/zero']);
  } finally {
    if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  }
  // Valid data exits 0; the endless input is refused as unreadable (2).
  const broken = results.filter(
    (r) => !(r.rssMB <= r.bound) || r.code !== (r.job.includes('/dev/zero') ? 2 : 0),
  );
  if (broken.length > 0) {
    console.error(
      `soak: ${broken.length} run(s) over the bound or with another exit code: ${broken.map((r) => `${r.job} at ${r.rows}`).join('; ')}`,
    );
    process.exitCode = 1;
  } else console.log('soak: every run within its bound, with the expected exit code');
}

await main();
