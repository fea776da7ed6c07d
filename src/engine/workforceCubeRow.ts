/**
 * One row of a workforce cube: the counts of the employment records that share the row's keys,
 * as {@link workforceCubeSql} computes them and {@link workforceAccumulatorFromCube} reads them.
 *
 * @remarks
 * Keys (`null` or absent when they do not apply):
 * - `cube_id`: the query's identity, `mining-impact/workforce-cube/1` with its `asOf` and period;
 * - `company_id`, `engagement`: of every record;
 * - `site_id`, `home_location_id`, `gender`, `category`, `nationality` and `age_band` (`<30`,
 *   `30-50`, `>50`, `unknown`: the age reached in the year of `asOf`): of the records active on
 *   `asOf` only, `null` for the others;
 * - `termination_reason`: of the records that left within the period only (`notStated` when
 *   none is recorded).
 *
 * Counts (non-negative integers; `bigint` as engines return `BIGINT`): `records` (every record
 * of the group), `undated` (no hire date), `active` (active on `asOf`), `hires` and `rehires`
 * (hired within the period, first time or `rehire: true`), `leavers` (terminated within the
 * period), `at_start` and `at_end` (there on the period's first and last days).
 *
 * @category Engine
 */
export interface WorkforceCubeRow {
  /** The query's identity: format, `asOf` and period. */
  readonly cube_id: string;
  /** The company of the records. */
  readonly company_id?: string | null | undefined;
  /** `employee` or `contractor`. */
  readonly engagement?: string | null | undefined;
  /** The site of the active records; `null` without one. */
  readonly site_id?: string | null | undefined;
  /** The home location of the active records. */
  readonly home_location_id?: string | null | undefined;
  /** The gender of the active records. */
  readonly gender?: string | null | undefined;
  /** The employee category of the active records. */
  readonly category?: string | null | undefined;
  /** The nationality of the active records; `null` when none is recorded. */
  readonly nationality?: string | null | undefined;
  /** The age band of the active records on `asOf`. */
  readonly age_band?: string | null | undefined;
  /** The termination reason of the records that left within the period. */
  readonly termination_reason?: string | null | undefined;
  /** Records of the group. */
  readonly records: number | bigint;
  /** Records without a hire date. */
  readonly undated: number | bigint;
  /** Records active on `asOf`. */
  readonly active: number | bigint;
  /** First-time hires within the period. */
  readonly hires: number | bigint;
  /** Re-hires within the period. */
  readonly rehires: number | bigint;
  /** Terminations within the period. */
  readonly leavers: number | bigint;
  /** Records there on the period's first day. */
  readonly at_start: number | bigint;
  /** Records there on the period's last day. */
  readonly at_end: number | bigint;
}
