import type { WorkforceAccumulatorOptions } from '../index.js';
import type { DuckDbEmployeeFormat } from './employeeSourceSql.js';

/**
 * Options of {@link summarizeWorkforceWithDuckDb}: those of a workforce accumulator, the format
 * of the files and DuckDB's threads.
 *
 * @category DuckDB
 */
export interface WorkforceDuckDbOptions extends WorkforceAccumulatorOptions {
  /** The format of the files; by default read from their extension. */
  readonly format?: DuckDbEmployeeFormat | undefined;
  /** The threads DuckDB may use (a positive integer); by default DuckDB's own choice. */
  readonly threads?: number | undefined;
}
