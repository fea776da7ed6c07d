import type { CalendarDate, Period } from '../index.js';

/**
 * Options of {@link workforceCubeSql}: the day of the count, the period of the flows and the
 * table to read.
 *
 * @remarks
 * `asOf` and `period` must be the ones the cube is later ingested with
 * ({@link workforceAccumulatorFromCube} checks it): the query embeds them as SQL date literals.
 *
 * @category Engine
 */
export interface WorkforceCubeSqlOptions {
  /** The day of the count (`YYYY-MM-DD`): people hired on or before it and not terminated on or before it. */
  readonly asOf: CalendarDate;
  /**
   * The period of the flow counts, both ends included; it must have an end. Without it the
   * flow counts are 0.
   */
  readonly period?: Readonly<Period> | undefined;
  /**
   * The table (or view) of employment records, one row per record, with the record's field
   * names as columns: a name of letters, digits and `_`, or a quoted identifier (`"…"` or
   * `` `…` ``), each part of a dotted name (`catalog.schema.table`). Default `employees`.
   */
  readonly table?: string | undefined;
}
