/// <reference types="node" />
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import {
  CSV_HEADER,
  csvLine,
  type SyntheticWorld,
  syntheticEmployees,
} from './syntheticWorkforce.js';

/** The seed of every benchmark file: each file is a prefix of the larger ones. */
export const SEED = 20_250_630;

/** The share of invalid records in the benchmark files: one in a thousand. */
export const INVALID_SHARE = 0.001;

/** The employee files of one size. */
export interface EmployeeFiles {
  /** The NDJSON file. */
  readonly ndjson: string;
  /** The CSV file, when written. */
  readonly csv: string | undefined;
}

/**
 * Writes text to a file stream, waiting for it to drain when its buffer is full.
 *
 * @param stream - The stream.
 * @param text - The text.
 */
export async function writeToStream(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text))
    await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
}

/**
 * Ends a file stream and waits until the file is closed.
 *
 * @param stream - The stream.
 */
export async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

/**
 * Writes `count` synthetic records (see {@link syntheticEmployees}) as NDJSON and, optionally, CSV.
 *
 * @param world - The places and sites.
 * @param dir - The folder (a temporary one: the files are not kept).
 * @param count - How many records.
 * @param withCsv - Whether to write the CSV file too.
 * @returns The paths.
 */
export async function writeEmployeeFiles(
  world: SyntheticWorld,
  dir: string,
  count: number,
  withCsv: boolean,
): Promise<EmployeeFiles> {
  const ndjson = join(dir, `employees-${count}.ndjson`);
  const csv = withCsv ? join(dir, `employees-${count}.csv`) : undefined;
  const json = createWriteStream(ndjson);
  const table = csv === undefined ? undefined : createWriteStream(csv);
  if (table !== undefined) await writeToStream(table, `${CSV_HEADER}\n`);
  let lines = '';
  let rows = '';
  let n = 0;
  for (const record of syntheticEmployees(world, {
    seed: SEED,
    count,
    invalidShare: INVALID_SHARE,
  })) {
    lines += `${JSON.stringify(record)}\n`;
    if (table !== undefined) rows += `${csvLine(record)}\n`;
    if (++n % 10_000 === 0) {
      await writeToStream(json, lines);
      if (table !== undefined) await writeToStream(table, rows);
      lines = '';
      rows = '';
    }
  }
  await writeToStream(json, lines);
  await closeStream(json);
  if (table !== undefined) {
    await writeToStream(table, rows);
    await closeStream(table);
  }
  return { ndjson, csv };
}
