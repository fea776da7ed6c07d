/// <reference types="node" />
// A Parquet employee file to a workforce summary against the NDJSON file of the same records,
// in the same process: 1,000,000 synthetic records (one in a thousand invalid) written once as
// NDJSON and as Parquet (hyparquet-writer, row groups of 100,000 rows, dates as text), then
// `summarizeWorkforceFile` on each, alternately, three rounds. Prints the medians, their ratio
// and the peak RSS growth of each path. Run with `npm run bench:parquet`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileWriter, ParquetWriter } from 'hyparquet-writer';
import { summarizeWorkforceFile } from '../src/node/index.js';
import { INVALID_SHARE, SEED, writeEmployeeFiles } from './employeeFiles.js';
import {
  AS_OF,
  EMPLOYEE_COLUMNS,
  type SyntheticWorld,
  syntheticEmployees,
  syntheticWorld,
} from './syntheticWorkforce.js';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = 3;
const ROW_GROUP = 100_000;

/** The Parquet schema of the employee columns: text as UTF8, the birth year as INT32. */
const SCHEMA = [
  { name: 'root', num_children: EMPLOYEE_COLUMNS.length },
  ...EMPLOYEE_COLUMNS.map((name) =>
    name === 'birthYear'
      ? { name, type: 'INT32' as const, repetition_type: 'OPTIONAL' as const }
      : {
          name,
          type: 'BYTE_ARRAY' as const,
          converted_type: 'UTF8' as const,
          repetition_type: 'OPTIONAL' as const,
        },
  ),
];

/** Writes the records of the benchmark files (same seed and share of invalid rows) as Parquet. */
async function writeParquet(world: SyntheticWorld, path: string): Promise<void> {
  const writer = new ParquetWriter({ writer: fileWriter(path), schema: SCHEMA });
  let columns = EMPLOYEE_COLUMNS.map((): unknown[] => []);
  let rows = 0;
  const flush = async (): Promise<void> => {
    const columnData = EMPLOYEE_COLUMNS.map((name, i) => ({ name, data: columns[i] as unknown[] }));
    await writer.write({ columnData, rowGroupSize: ROW_GROUP });
    columns = EMPLOYEE_COLUMNS.map((): unknown[] => []);
    rows = 0;
  };
  for (const record of syntheticEmployees(world, {
    seed: SEED,
    count: COUNT,
    invalidShare: INVALID_SHARE,
  })) {
    EMPLOYEE_COLUMNS.forEach((name, i) => {
      (columns[i] as unknown[]).push(record[name] ?? null);
    });
    if (++rows === ROW_GROUP) await flush();
  }
  if (rows > 0) await flush();
  await writer.finish();
}

/** Summarizes a file; returns the seconds taken, the peak RSS growth (MB) and a check string. */
async function measure(
  path: string,
  world: SyntheticWorld,
): Promise<{ seconds: number; rssMb: number; check: string }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const { summary, counts } = await summarizeWorkforceFile(path, {
    asOf: AS_OF,
    gazetteer: world.gazetteer,
    sites: world.sites,
    localityPolicy: { kind: 'sameDistrict' },
    includeContractors: true,
  });
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const check = `${counts.read} rows, ${counts.rejected} rejected; headcount ${summary.headcount}, local ${summary.local}`;
  return { seconds, rssMb: (peak - before) / 1e6, check };
}

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const largest = (values: readonly number[]): number =>
  values.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mining-impact-parquet-bench-'));
  try {
    const world = syntheticWorld();
    const { ndjson } = await writeEmployeeFiles(world, dir, COUNT, false);
    const parquet = join(dir, `employees-${COUNT}.parquet`);
    await writeParquet(world, parquet);
    console.log(
      `${COUNT.toLocaleString('en')} records: NDJSON ${(statSync(ndjson).size / 1e6).toFixed(1)} MB, Parquet ${(statSync(parquet).size / 1e6).toFixed(1)} MB`,
    );
    const times = { ndjson: [] as number[], parquet: [] as number[] };
    const rss = { ndjson: [] as number[], parquet: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      const a = await measure(ndjson, world);
      const b = await measure(parquet, world);
      if (a.check !== b.check) throw new Error(`different results: ${a.check} / ${b.check}`);
      times.ndjson.push(a.seconds);
      times.parquet.push(b.seconds);
      rss.ndjson.push(a.rssMb);
      rss.parquet.push(b.rssMb);
      console.log(
        `round ${round + 1}: NDJSON ${a.seconds.toFixed(2)} s, Parquet ${b.seconds.toFixed(2)} s (${a.check})`,
      );
    }
    const n = median(times.ndjson);
    const p = median(times.parquet);
    console.log(
      `median: NDJSON ${n.toFixed(2)} s, Parquet ${p.toFixed(2)} s; Parquet / NDJSON = ${(p / n).toFixed(2)}×; peak RSS growth NDJSON ${largest(rss.ndjson).toFixed(0)} MB, Parquet ${largest(rss.parquet).toFixed(0)} MB`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
