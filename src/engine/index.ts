/**
 * mining-impact/engine: workforce counts computed by an SQL engine (DuckDB, Spark, Trino) and
 * read back into the library. Pure and browser-safe: it writes SQL text and reads rows, and
 * runs no engine itself (`mining-impact/duckdb` runs DuckDB in Node.js).
 *
 * @packageDocumentation
 * @module mining-impact/engine
 */

export * from './workforceAccumulatorFromCube.js';
export * from './workforceCubeRow.js';
export * from './workforceCubeSql.js';
export * from './workforceCubeSqlOptions.js';
