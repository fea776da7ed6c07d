/**
 * mining-impact/duckdb: workforce summaries computed by DuckDB over NDJSON, CSV or Parquet
 * files (Node.js only; `@duckdb/node-api` is an optional peer dependency).
 *
 * @packageDocumentation
 * @module mining-impact/duckdb
 */

export type { DuckDbEmployeeFormat } from './employeeSourceSql.js';
export * from './summarizeWorkforceWithDuckDb.js';
export * from './workforceDuckDbOptions.js';
export * from './workforceDuckDbSummary.js';
