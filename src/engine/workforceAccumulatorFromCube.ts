import {
  createWorkforceAccumulator,
  ImpactError,
  type WorkforceAccumulator,
  type WorkforceAccumulatorOptions,
} from '../index.js';
import { CubeCounts } from './cubeCounts.js';
import { cubeDays, cubeIdentity } from './cubeIdentity.js';
import { readCubeRow } from './readCubeRow.js';
import type { WorkforceCubeRow } from './workforceCubeRow.js';

/**
 * Builds a workforce accumulator from the rows of a workforce cube, the result of
 * {@link workforceCubeSql} run by an SQL engine (DuckDB, Spark, Trino).
 *
 * @remarks
 * Every row is checked before it counts, and the first bad row stops the ingest with its index:
 * the `cube_id` column must name the options' `asOf` and period; keys are text or `null`; counts
 * are non-negative safe integers (`number`, or `bigint` as engines return `BIGINT`), none above
 * the row's `records`. Then the checks {@link mining-impact!createWorkforceAccumulator} makes of a record, in
 * its order: one company (the options' `companyId`, or the first row's); an engagement of
 * `employee` or `contractor`; for the records counted (contractors' only with
 * `includeContractors`), a hire date (`undated` is 0) and, for leavers within the period, a
 * termination reason of the model; for the records active on `asOf`, a gender, a category, an
 * age band and a nationality (or none) of the model's values and a home (and site) id of the id
 * pattern. The keys of the active records are `null` on rows without any, and the flow counts 0
 * without a period. Nothing is dropped: a row is counted, refused, or (contractors not
 * included) left out as the accumulator leaves those records out.
 *
 * The counts become a {@link mining-impact!WorkforceAccumulatorSnapshot} with the signature of an
 * accumulator made with `options`, merged into one: the result is the accumulator that
 * `add` of each record would have built, so `result()` is the summary and `flows()` the flows,
 * and it merges with other accumulators and snapshots of the same options. The snapshot's part
 * is derived from the rows (a digest, whatever their order), so the same cube merged twice is
 * refused rather than counted twice.
 *
 * @param rows - The cube's rows, e.g. DuckDB's `getRowObjectsJS()` or parsed JSON lines of a
 * Spark or Trino export.
 * @param options - The accumulator's options; `asOf` and `period` must be the cube's.
 * @returns An accumulator holding the counts.
 * @throws {@link mining-impact!ImpactError} `INVALID_ARGUMENT` for a bad row (its `cause` is
 * `{ row, column }`, the message names both), or options or rows that are not valid;
 * `INVALID_DATE` or `INVALID_PERIOD` for the options' days; `UNSAFE_INTEGER` when the counts
 * add up beyond the safe-integer range.
 *
 * @example
 * ```ts
 * const rows = [{ cube_id: 'mining-impact/workforce-cube/1 asOf=2025-06-30 period=none',
 *   company_id: 'azergold', engagement: 'employee', site_id: null, home_location_id: 'AZ-DAS',
 *   gender: 'female', category: 'worker', nationality: null, age_band: '30-50',
 *   termination_reason: null, records: 3n, undated: 0n, active: 3n, hires: 0n, rehires: 0n,
 *   leavers: 0n, at_start: 0n, at_end: 0n }];
 * const accumulator = workforceAccumulatorFromCube(rows, { asOf: '2025-06-30', gazetteer: azGazetteer });
 * accumulator.result().byGender.female;
 * //=> 3
 * ```
 *
 * @category Engine
 */
export function workforceAccumulatorFromCube(
  rows: Iterable<Readonly<WorkforceCubeRow>>,
  options: Readonly<WorkforceAccumulatorOptions>,
): WorkforceAccumulator {
  const accumulator = createWorkforceAccumulator(options);
  const identity = cubeIdentity(cubeDays(options.asOf, options.period));
  if (typeof (rows as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    throw new ImpactError('INVALID_ARGUMENT', 'the rows of a workforce cube must be iterable');
  }
  const counts = new CubeCounts(options);
  let index = 0;
  for (const row of rows) {
    counts.add(readCubeRow(row, index, identity), index);
    index += 1;
  }
  return accumulator.merge(counts.snapshot(accumulator.toSnapshot().signature));
}
