/// <reference types="node" />
import { createReadStream } from 'node:fs';
import { summarizeWorkforceFile } from '../src/node/index.js';
import { DUCKDB_TASK, duckDbCube } from './duckDbScenario.js';
import { handWrittenGuard } from './handWrittenGuard.js';
import { handWrittenCounter } from './handWrittenSummary.js';
import type { BenchTask } from './measure.js';
import { WORKERS_TASK } from './results.js';
import {
  AS_OF,
  type EmployeeRecord,
  type SyntheticWorld,
  syntheticWorld,
} from './syntheticWorkforce.js';

/** The stream tasks, by the name the runner asks the worker for. */
export type StreamTaskName =
  | 'ndjsonBaseline'
  | 'ndjsonHandWritten'
  | 'csvBaseline'
  | 'ndjsonLibrary'
  | 'ndjsonLibraryWorkers'
  | 'csvLibrary'
  | 'ndjsonDuckDb';

/**
 * Summarizes a file as the in-memory scenario summarizes records, with the counts of rows, in
 * `workers` threads (1: the calling thread alone, whatever the size of the file).
 */
async function summarizeFile(
  path: string,
  format: 'ndjson' | 'csv',
  world: SyntheticWorld,
  workers: number,
): Promise<string> {
  const { summary, counts } = await summarizeWorkforceFile(path, {
    asOf: AS_OF,
    gazetteer: world.gazetteer,
    sites: world.sites,
    localityPolicy: { kind: 'sameDistrict' },
    includeContractors: true,
    format,
    workers,
  });
  return `${counts.read} rows, ${counts.rejected} rejected; headcount ${summary.headcount}, local ${summary.local}`;
}

/** Calls `line` for each line of a UTF-8 file, read in chunks and decoded chunk by chunk. */
async function eachLine(path: string, line: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of createReadStream(path)) {
    const text = rest + decoder.decode(chunk as Buffer, { stream: true });
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      if (end > start) line(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.decode();
  if (rest !== '') line(rest);
}

/**
 * The floor of reading an NDJSON file: its lines read and `JSON.parse`d, nothing else.
 *
 * @param path - The file.
 * @returns The number of records parsed.
 */
export async function readAndParseNdjson(path: string): Promise<number> {
  let records = 0;
  await eachLine(path, (text) => {
    if (typeof JSON.parse(text) === 'object') records++;
  });
  return records;
}

/**
 * The floor of the whole file-to-summary pipeline, written by hand: the lines read and
 * `JSON.parse`d, each record checked by the hand-written guard and counted by the hand-written
 * counter.
 *
 * @param path - The file.
 * @param world - The places and sites.
 * @returns The rows read and rejected, and two counts of the summary.
 */
export async function handWrittenPipeline(path: string, world: SyntheticWorld): Promise<string> {
  const counter = handWrittenCounter(world.gazetteer, world.sites, AS_OF, true);
  let rows = 0;
  let rejected = 0;
  await eachLine(path, (text) => {
    rows++;
    const record: unknown = JSON.parse(text);
    if (handWrittenGuard(record)) counter.add(record as EmployeeRecord);
    else rejected++;
  });
  const counts = counter.result();
  return `${rows} rows, ${rejected} rejected; headcount ${counts.headcount}, local ${counts.local}`;
}

/**
 * The floor of reading a simple CSV file (no quoted cells): its lines split into cells.
 *
 * @param path - The file.
 * @returns The number of records (the header excluded).
 */
export async function readAndSplitCsv(path: string): Promise<number> {
  let records = -1;
  await eachLine(path, (text) => {
    if (text.split(',').length > 1) records++;
  });
  return records;
}

/**
 * (c) A file of employees to a workforce summary: the stream task of the given name.
 *
 * @param name - The task.
 * @param files - The NDJSON and CSV files of the same records.
 * @returns The task.
 */
export function streamTask(
  name: StreamTaskName,
  files: { readonly ndjson: string; readonly csv?: string | undefined },
): BenchTask {
  switch (name) {
    case 'ndjsonBaseline':
      return {
        name: 'read + JSON.parse (NDJSON)',
        baseline: true,
        handWritten: true,
        run: () => readAndParseNdjson(files.ndjson),
        check: (rows) => `${rows} rows`,
      };
    case 'ndjsonHandWritten': {
      const world = syntheticWorld();
      return {
        name: 'read + JSON.parse + hand-written guard and counter (NDJSON)',
        baseline: false,
        handWritten: true,
        run: () => handWrittenPipeline(files.ndjson, world),
        check: (result) => String(result),
      };
    }
    case 'csvBaseline':
      return {
        name: 'read + split lines and cells (CSV)',
        baseline: false,
        handWritten: true,
        run: () => readAndSplitCsv(files.csv as string),
        check: (rows) => `${rows} rows`,
      };
    case 'ndjsonLibrary': {
      const world = syntheticWorld();
      return {
        name: 'summarizeWorkforceFile (NDJSON)',
        baseline: false,
        handWritten: false,
        // One thread, as before worker threads: the series stays comparable across runs.
        run: () => summarizeFile(files.ndjson, 'ndjson', world, 1),
        check: (result) => String(result),
      };
    }
    case 'ndjsonLibraryWorkers': {
      const world = syntheticWorld();
      return {
        name: WORKERS_TASK,
        baseline: false,
        handWritten: false,
        run: () => summarizeFile(files.ndjson, 'ndjson', world, 2),
        check: (result) => String(result),
      };
    }
    case 'ndjsonDuckDb':
      // Other code than the library's, for comparison: kept out of the library's targets.
      return {
        name: DUCKDB_TASK,
        baseline: false,
        handWritten: true,
        run: () => duckDbCube(files.ndjson),
        check: (result) => String(result),
      };
    case 'csvLibrary': {
      const world = syntheticWorld();
      return {
        name: 'summarizeWorkforceFile (CSV)',
        baseline: false,
        handWritten: false,
        run: () => summarizeFile(files.csv as string, 'csv', world, 1),
        check: (result) => String(result),
      };
    }
  }
}
