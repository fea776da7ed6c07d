/// <reference types="node" />
import { DuckDBInstance } from '@duckdb/node-api';
import { summarizeWorkforceWithDuckDb } from '../src/duckdb/index.js';
import { cubeOfView } from './duckDbScenario.js';
import type { FolderPlaces } from './reportScenario.js';
import { AS_OF } from './syntheticWorkforce.js';

/** The name of DuckDB's own query over the Parquet file, as the results print it. */
export const PARQUET_DUCKDB_TASK = 'DuckDB read_parquet + the workforce cube query, 2 threads';

/** The name of the engine's summary of the Parquet file, as the results print it. */
export const PARQUET_ENGINE_TASK = 'summarizeWorkforceWithDuckDb (Parquet, threads: 2)';

/** The threads of both tasks. */
const THREADS = 2;

/** The period of the flows both tasks count. */
const PERIOD = { start: '2025-01-01', end: '2025-12-31' } as const;

/** A path as a DuckDB string literal (quotes doubled). */
function literal(path: string): string {
  return `'${path.replaceAll("'", "''")}'`;
}

/**
 * Writes the records of an NDJSON file as a Parquet file with DuckDB (`COPY … TO … (FORMAT
 * parquet)`, DuckDB's default row groups): every field of the records and every column the
 * workforce cube reads (`nationality` and `rehire`, absent from the records, as `NULL`), text
 * as VARCHAR, the dates as DATE, the birth year as INTEGER.
 *
 * @param ndjson - The NDJSON file.
 * @param parquet - The Parquet file to write.
 * @returns The rows written.
 */
export async function writeParquetWithDuckDb(ndjson: string, parquet: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(THREADS) });
  const connection = await instance.connect();
  try {
    const columns = [
      ['id', 'VARCHAR'],
      ['companyId', 'VARCHAR'],
      ['siteId', 'VARCHAR'],
      ['homeLocationId', 'VARCHAR'],
      ['gender', 'VARCHAR'],
      ['birthYear', 'INTEGER'],
      ['hireDate', 'DATE'],
      ['terminationDate', 'DATE'],
      ['terminationReason', 'VARCHAR'],
      ['category', 'VARCHAR'],
      ['contract', 'VARCHAR'],
      ['engagement', 'VARCHAR'],
      ['nationality', 'VARCHAR'],
      ['rehire', 'BOOLEAN'],
    ]
      .map(([name, type]) => `${name}: '${type}'`)
      .join(', ');
    const rows = await connection.runAndReadAll(
      `COPY (SELECT * FROM read_json(${literal(ndjson)}, format = 'newline_delimited', columns = {${columns}})) TO ${literal(parquet)} (FORMAT parquet)`,
    );
    return Number(rows.getRows()[0]?.[0] ?? 0);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * DuckDB's own query over a Parquet file: the query of `workforceCubeSql` over `read_parquet` of
 * the file (its columns as they are), in a new in-memory database on two threads, the rows of
 * the result read into JavaScript and nothing more.
 *
 * @param parquet - The Parquet file (see {@link writeParquetWithDuckDb}).
 * @returns The records grouped and the rows of the cube.
 */
export async function duckDbParquetCube(parquet: string): Promise<string> {
  return await cubeOfView(
    `CREATE TEMP VIEW employees AS SELECT * FROM read_parquet(${literal(parquet)})`,
    PERIOD,
  );
}

/**
 * The engine's summary of a Parquet file: `summarizeWorkforceWithDuckDb` (same query, same
 * period, two threads) with the places and sites of the dataset folder the file was written
 * from, the cube read back into a workforce accumulator and its summary.
 *
 * @param parquet - The Parquet file.
 * @param places - The places and sites of the dataset folder of its records (read before the
 * run).
 * @returns The records grouped, the rows of the cube and the headcount.
 */
export async function engineParquetSummary(parquet: string, places: FolderPlaces): Promise<string> {
  const { summary, cube, read } = await summarizeWorkforceWithDuckDb(parquet, {
    asOf: AS_OF,
    period: PERIOD,
    ...places,
    localityPolicy: { kind: 'sameDistrict' },
    includeContractors: true,
    threads: THREADS,
  });
  return `${read} records in ${cube.length} cube rows; headcount ${summary.headcount}`;
}
