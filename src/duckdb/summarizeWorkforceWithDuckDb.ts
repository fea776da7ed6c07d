import {
  type WorkforceCubeRow,
  workforceAccumulatorFromCube,
  workforceCubeSql,
} from '../engine/index.js';
import { ImpactError } from '../index.js';
import { duckDbError } from './duckDbError.js';
import { employeeFormat, employeeProjection, employeeReader } from './employeeSourceSql.js';
import { type DuckDbModule, loadDuckDb } from './loadDuckDb.js';
import type { WorkforceDuckDbOptions } from './workforceDuckDbOptions.js';
import type { WorkforceDuckDbSummary } from './workforceDuckDbSummary.js';

/** The view the records are read through. */
const VIEW = 'mining_impact_employees';

/** DuckDB's configuration: its threads, when given. */
function configOf(threads: unknown): Record<string, string> {
  if (threads === undefined) return {};
  if (typeof threads !== 'number' || !Number.isSafeInteger(threads) || threads < 1) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `threads must be a positive integer, not ${String(threads)}`,
    );
  }
  return { threads: String(threads) };
}

/** Runs the cube query over the files in a new in-memory database, closed afterwards. */
async function cubeRows(
  duckdb: DuckDbModule,
  files: readonly string[],
  options: Readonly<WorkforceDuckDbOptions>,
): Promise<WorkforceCubeRow[]> {
  const format = employeeFormat(files, options.format);
  const sql = workforceCubeSql({ asOf: options.asOf, period: options.period, table: VIEW });
  const instance = await duckdb.DuckDBInstance.create(':memory:', configOf(options.threads));
  const connection = await instance.connect();
  try {
    const reader = employeeReader(files, format);
    // NDJSON is read with the cube's columns; CSV and Parquet have theirs, some maybe missing.
    const projection =
      format === 'ndjson'
        ? '*'
        : employeeProjection(
            (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`))
              .getRowObjectsJS()
              .map((row) => String(row.column_name)),
          );
    await connection.run(`CREATE TEMP VIEW ${VIEW} AS SELECT ${projection} FROM ${reader}`);
    const result = await connection.runAndReadAll(sql);
    return result.getRowObjectsJS() as unknown as WorkforceCubeRow[];
  } catch (error) {
    throw duckDbError(error, files);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * Summarizes a workforce from employment-record files with DuckDB: the records are counted by
 * DuckDB's engine, in columns and on several threads, and only the counts come back to
 * JavaScript.
 *
 * @remarks
 * DuckDB reads NDJSON (`read_json`), CSV (`read_csv`, a header row, empty cells absent) or
 * Parquet (`read_parquet`) files (DuckDB expands glob patterns such as `data/*.parquet`), runs
 * {@link workforceCubeSql} over them and the cube is read back with
 * {@link workforceAccumulatorFromCube}: the summary is the one {@link mining-impact!summarizeWorkforce} gives
 * for the same records and options, and with a `period` the accumulator's `flows()` are theirs.
 * A field absent from the files reads as absent from every record.
 *
 * This path trusts the data: DuckDB checks no record against `EmployeeSchema`, as
 * `summarizeWorkforceFile` of `mining-impact/node` does (it reports each bad row and counts the
 * valid ones). What the cube shows is still refused: a record counted with a gender, category,
 * nationality or engagement outside the model's values, without a hire date, with a home or site
 * that is not an id, leaving within the period for a reason outside the model's, or of another
 * company makes the call throw (the error names the cube row); a date or a birth year DuckDB
 * cannot convert makes it throw too. Other schema rules are not checked: unknown fields, the ids
 * of people not counted, `contract`, a termination before the hire, duplicate ids.
 *
 * `@duckdb/node-api` is an optional peer dependency, loaded on the first call.
 *
 * @param files - A path or paths of one format (each may be a glob pattern).
 * @param options - The accumulator's options, the format (else read from the extensions) and
 * DuckDB's threads.
 * @returns The summary, the accumulator, the cube's rows and the records read.
 * @throws {@link mining-impact!ImpactError} `MISSING_PEER_DEPENDENCY` when `@duckdb/node-api` is not
 * installed; `FILE_UNREADABLE` when DuckDB cannot find or read a file; `INVALID_ARGUMENT` for
 * options or paths that are not valid, records DuckDB cannot convert, or a cube row refused (see
 * {@link workforceAccumulatorFromCube}); `INVALID_DATE` or `INVALID_PERIOD` for the days.
 *
 * @example
 * ```ts
 * const { summary, read } = await summarizeWorkforceWithDuckDb('employees.parquet', {
 *   asOf: '2025-06-30',
 *   gazetteer: azGazetteer,
 *   threads: 2,
 * });
 * summary.headcount <= read;
 * //=> true
 * ```
 *
 * @category DuckDB
 */
export async function summarizeWorkforceWithDuckDb(
  files: string | readonly string[],
  options: Readonly<WorkforceDuckDbOptions>,
): Promise<WorkforceDuckDbSummary> {
  const paths = typeof files === 'string' ? [files] : files;
  if (!Array.isArray(paths))
    throw new ImpactError('INVALID_ARGUMENT', 'files must be a path or an array of paths');
  // The options are checked before DuckDB is loaded or any file is read.
  workforceAccumulatorFromCube([], options);
  employeeFormat(paths, options.format);
  configOf(options.threads);
  const duckdb = await loadDuckDb();
  const cube = await cubeRows(duckdb, paths, options);
  const accumulator = workforceAccumulatorFromCube(cube, options);
  let read = 0;
  for (const row of cube) read += Number(row.records);
  return { summary: accumulator.result(), accumulator, cube, read };
}
