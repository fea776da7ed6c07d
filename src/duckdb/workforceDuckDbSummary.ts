import type { WorkforceCubeRow } from '../engine/index.js';
import type { WorkforceAccumulator, WorkforceSummary } from '../index.js';

/**
 * What {@link summarizeWorkforceWithDuckDb} returns.
 *
 * @category DuckDB
 */
export interface WorkforceDuckDbSummary {
  /** The workforce summary on `asOf`. */
  readonly summary: WorkforceSummary;
  /** The accumulator holding the counts: `flows()` with a period, `merge` with others. */
  readonly accumulator: WorkforceAccumulator;
  /**
   * The rows of the workforce cube DuckDB computed, counts as `bigint` (DuckDB's `BIGINT`):
   * `JSON.stringify` needs a replacer for them.
   */
  readonly cube: readonly WorkforceCubeRow[];
  /** The records DuckDB read (the sum of the cube's `records`). */
  readonly read: number;
}
