import type { Period, WorkforceAccumulatorOptions } from '../index.js';
import type { DuckDbEmployeeFormat } from './employeeSourceSql.js';

/**
 * Options of {@link summarizeWorkforceWithDuckDb}: those of a workforce accumulator, the format
 * of the files and DuckDB's threads.
 *
 * @category DuckDB
 */
export interface WorkforceDuckDbOptions extends WorkforceAccumulatorOptions {
  /**
   * The period to count flows over (hires, re-hires, leavers by reason, headcounts at its start
   * and end; see {@link mining-impact!WorkforceFlows}); it must have an end. Without it only the
   * summary on `asOf` is counted.
   */
  readonly period?: Readonly<Period> | undefined;
  /** The format of the files; by default read from their extension. */
  readonly format?: DuckDbEmployeeFormat | undefined;
  /** The threads DuckDB may use (a positive integer); by default DuckDB's own choice. */
  readonly threads?: number | undefined;
}
