import type { Employee } from '../../model/employee.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { WorkforceAccumulatorSnapshot } from './workforceAccumulatorSnapshot.js';
import type { WorkforceFlows } from './workforceFlows.js';

/**
 * A workforce summary built record by record: for streams, and for shards combined with
 * `merge` (see {@link createWorkforceAccumulator}).
 *
 * @remarks
 * `merge` is associative and commutative: however the records are split into accumulators and in
 * whatever order those are merged, `result()` is the summary of all the records. It returns a new
 * accumulator and changes neither the one it is called on nor `other`.
 *
 * @example
 * ```ts
 * const north = createWorkforceAccumulator(options);
 * const south = createWorkforceAccumulator(options);
 * for (const e of northRecords) north.add(e);
 * for (const e of southRecords) south.add(e);
 * north.merge(south).result().headcount; // 7 and 5 people
 * //=> 12
 * ```
 *
 * @category Workforce indicators
 */
export interface WorkforceAccumulator {
  /**
   * Counts one employment record (a record not active on `asOf`, or a contractor's worker when
   * they are not included, is read and not counted in the summary; with a period, every record
   * of the population counts in the flows).
   *
   * @throws {@link ImpactError} `INVALID_ARGUMENT` when the record is not an object, names a
   * different company, or a counted record has a gender, category, engagement or nationality
   * outside the model's values or no hire date, or (with a period) left within it for a reason
   * outside the model's.
   */
  add(employee: Readonly<Employee>): void;
  /**
   * Combines this accumulator with another one built with the same options, or with the
   * snapshot of one ({@link WorkforceAccumulatorSnapshot}, e.g. from a worker thread), into a
   * new accumulator.
   *
   * @remarks
   * Two accumulators that share records cannot be merged: `a.merge(a)`, `a.merge(a.toSnapshot())`
   * or `a.merge(m)` where `m` came from merging `a`, would count `a`'s records twice, so it
   * throws. A snapshot is checked (shape, version, counts that add up) and its homes are
   * resolved with this accumulator's gazetteer.
   *
   * @throws {@link ImpactError} `INVALID_ARGUMENT` when `other` was not made by
   * {@link createWorkforceAccumulator} (a look-alike object or a Proxy of one) and is not a valid
   * snapshot, was made with other options (or, for an accumulator, another gazetteer), counts
   * another company, or shares records with this accumulator (itself, or one merged from it).
   */
  merge(other: WorkforceAccumulator | WorkforceAccumulatorSnapshot): WorkforceAccumulator;
  /**
   * The counts as plain data, to send to another thread, process or machine and merge there:
   * an accumulator itself does not survive `postMessage` or `JSON.stringify`.
   */
  toSnapshot(): WorkforceAccumulatorSnapshot;
  /**
   * The flows over the accumulator's `period` of every record added (and merged) so far: hires,
   * re-hires, leavers by reason and the headcounts at the period's start and end; `undefined`
   * when the accumulator was made without a period.
   */
  flows(): WorkforceFlows | undefined;
  /**
   * The summary of every record added (and merged) so far; exact counts, keys sorted.
   *
   * @throws {@link ImpactError} `INVALID_ARGUMENT` when no company is known: no `companyId`
   * option and no record.
   */
  result(): WorkforceSummary;
}
