/// <reference types="node" />
import { DuckDBInstance } from '@duckdb/node-api';
import { workforceCubeSql } from '../src/engine/index.js';
import { AS_OF } from './syntheticWorkforce.js';

/** The name of the DuckDB task, as the results table prints it. */
export const DUCKDB_TASK = 'DuckDB read_json + the workforce cube query, 2 threads (NDJSON)';

/**
 * The workforce cube of an NDJSON file computed by DuckDB: `read_json` of the file (the cube's
 * columns, as `mining-impact/duckdb` reads them) and the query of `workforceCubeSql`, on two
 * threads, in a new in-memory database.
 *
 * @remarks
 * DuckDB validates nothing: the benchmark file holds a few invalid records (one in a thousand),
 * which the library's path rejects one by one. A date DuckDB cannot convert (`2023-02-29`) is
 * read as `NULL` here (`TRY_CAST`), so that the query runs over the whole file; the cube is
 * not ingested, since it holds those records' values (the library would refuse them). The time
 * is the engine's: the file read, parsed and grouped, the rows of the cube returned.
 *
 * @param path - The NDJSON file.
 * @returns The records grouped and the rows of the cube.
 */
export async function duckDbCube(path: string): Promise<string> {
  const columns =
    "companyId: 'VARCHAR', engagement: 'VARCHAR', siteId: 'VARCHAR', homeLocationId: 'VARCHAR', gender: 'VARCHAR', category: 'VARCHAR', nationality: 'VARCHAR', birthYear: 'BIGINT', hireDate: 'VARCHAR', terminationDate: 'VARCHAR', terminationReason: 'VARCHAR', rehire: 'BOOLEAN'";
  return await cubeOfView(
    `CREATE TEMP VIEW employees AS SELECT * REPLACE (TRY_CAST(hireDate AS DATE) AS hireDate, TRY_CAST(terminationDate AS DATE) AS terminationDate) FROM read_json('${path.replaceAll("'", "''")}', format = 'newline_delimited', columns = {${columns}})`,
    { start: '2025-01-01', end: '2025-12-31' },
  );
}

/**
 * Runs the query of `workforceCubeSql` over the view `employees` that a statement creates, in a
 * new in-memory DuckDB database on two threads, and reads the rows of the result into
 * JavaScript.
 *
 * @param createView - The statement that creates the view `employees`.
 * @param period - The period of the flows.
 * @returns The records grouped and the rows of the cube.
 */
export async function cubeOfView(
  createView: string,
  period: { readonly start: string; readonly end: string },
): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    await connection.run(createView);
    const rows = (
      await connection.runAndReadAll(workforceCubeSql({ asOf: AS_OF, period }))
    ).getRowObjectsJS();
    let records = 0;
    for (const row of rows) records += Number(row.records);
    return `${records} records in ${rows.length} cube rows`;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
