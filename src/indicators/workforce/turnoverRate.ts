import type { CalendarDate } from '../../core/calendarDate.js';
import type { Employee, TerminationReason } from '../../model/employee.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { flowOnDataset, withDatasetNote } from './internal/flowOnDataset.js';
import { flowRateFold } from './internal/flowRate.js';
import { withoutRecords } from './internal/onSummary.js';
import type { NewHireRateOptions } from './newHireRate.js';

const entry = {
  id: 'workforce.turnoverRate',
  title: 'Employee turnover rate',
  unit: 'ratio',
  formula:
    'Employees leaving within the period voluntarily or by dismissal, retirement or death in service (contract ends apart) / employees at period end (or the average of start and end); by age band at termination, gender, work region (or home region) and termination reason',
  standards: ['GRI 401-1', 'ESRS S1-6'],
  family: 'workforce',
  functionName: 'turnoverRate',
  results: 'one',
  dimensions: [
    'ageBand',
    'gender',
    'category',
    'site',
    'contract',
    'workRegion',
    'originRegion',
    'terminationReason',
  ],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link turnoverRate}: those of {@link newHireRate} but `rehires`, and the reasons
 * that count.
 *
 * @category Workforce indicators
 */
export interface TurnoverRateOptions extends Omit<NewHireRateOptions, 'rehires'> {
  /**
   * The termination reasons that count as turnover; by default those of GRI 401-1: voluntary,
   * dismissal, retirement and death in service.
   */
  readonly reasons?: readonly TerminationReason[] | undefined;
}

const GRI_TURNOVER_REASONS: readonly TerminationReason[] = [
  'voluntary',
  'dismissal',
  'retirement',
  'death',
];

/** The notes of a turnover rate: terminations without a reason, contract ends left out. */
function turnoverNotes(withoutReason: number, contractEndsApart: number): string[] {
  const notes: string[] = [];
  if (withoutReason > 0) {
    notes.push(
      `${withoutReason} termination(s) without a recorded reason are counted as turnover.`,
    );
  }
  if (contractEndsApart > 0) {
    notes.push(
      `${contractEndsApart} contract(s) ended in the period: GRI 401-1 b turnover counts employees who leave voluntarily or due to dismissal, retirement or death in service, so they are counted apart (definitions.contractEnds), not in the rate.`,
    );
  }
  return notes;
}

/**
 * GRI 401-1 b: the rate of employee turnover in a period.
 *
 * @remarks
 * `leavers / headcount`. Leavers: records with a `terminationDate` within the period whose
 * reason is one of `reasons` (by default voluntary, dismissal, retirement and death in service,
 * as GRI 401-1 b defines turnover; ESRS S1-6 asks for the same rate). A termination without a
 * recorded reason counts, and the result notes how many there were; `contractEnd` and `other` do
 * not count by default. Contracts that ended in the period are counted apart in
 * `definitions.contractEnds` (with a note when they are left out of the rate). Unit `ratio`: the
 * rate can exceed 1 when the headcount shrank. Denominator and breakdown rows (keyed by their
 * dimension, e.g. `{ gender: 'male' }`) as for {@link newHireRate}, but a leaver's age band is
 * its age on its termination date. The `'terminationReason'` breakdown gives one row per reason
 * counted (`{ terminationReason: 'voluntary' }`, and `'notStated'` for terminations without a
 * reason), always over the total headcount. `definitions.reasons` lists the reasons counted.
 *
 * @param employees - The employment records (read once).
 * @param options - The period, breakdowns, denominators and counted reasons.
 * @returns An indicator result whose value is the rate (0 or more; may exceed 1); `null` with
 * `ZERO_DENOMINATOR` when nobody is employed at the period end.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, the
 * `'originRegion'` breakdown has no valid gazetteer, or the `'workRegion'` breakdown lacks valid
 * sites or gazetteer; `INVALID_DATE` when an end of the period is not a calendar date;
 * `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * // 4 GRI leavers in 2024 (2 women, 2 men); 5 employees on 2024-12-31.
 * const result = turnoverRate(employees, {
 *   period: { start: '2024-01-01', end: '2024-12-31' },
 *   breakdown: ['gender'],
 * });
 * [result.value, result.breakdown?.map((row) => [row.keys, row.value])];
 * //=> [0.8, [[{ gender: 'female' }, 0.4], [{ gender: 'male' }, 0.4]]]
 * ```
 *
 * @category Workforce indicators
 */
export function turnoverRate(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<TurnoverRateOptions>,
): IndicatorResult {
  return foldRecords(turnoverRateFold(options), employees);
}

/**
 * {@link turnoverRate} as a fold: one pass over the records, one record at a time.
 *
 * @remarks
 * The same result as {@link turnoverRate} on the same records, in the same order. The state is a
 * tally per breakdown group and the counts of terminations without a reason and of contract
 * ends, whatever the number of records; the notes are written when the fold finishes, from
 * those counts.
 *
 * @param options - The period, breakdowns, denominators and counted reasons.
 * @returns A fold whose result is the rate.
 * @throws {@link ImpactError} as {@link turnoverRate} does, when the fold is made (before any
 * record).
 *
 * @example
 * ```ts
 * const fold = turnoverRateFold({ period: { start: '2024-01-01', end: '2024-12-31' } });
 * for (const employee of employees) fold.add(employee); // 4 GRI leavers, 5 at the end
 * fold.finish().value;
 * //=> 0.8
 * ```
 * @internal
 */
export function turnoverRateFold(
  options: Readonly<TurnoverRateOptions>,
): RecordFold<IndicatorResult> {
  const reasons = options.reasons ?? GRI_TURNOVER_REASONS;
  const { period } = options;
  let withoutReason = 0;
  let contractEnds = 0;
  const leftOn = (e: Readonly<Employee>): CalendarDate | undefined => {
    const date = e.terminationDate;
    if (date === undefined || date < period.start) return undefined;
    // flowRateFold refuses a period without an end before it reads any record.
    if (date > (period.end as CalendarDate)) return undefined;
    if (e.terminationReason === 'contractEnd') contractEnds += 1;
    if (e.terminationReason === undefined) {
      withoutReason += 1;
      return date;
    }
    return reasons.includes(e.terminationReason) ? date : undefined;
  };
  return mapFold(flowRateFold(entry, options, leftOn, reasons), (result) => {
    const contractEndsApart = reasons.includes('contractEnd') ? 0 : contractEnds;
    return {
      ...result,
      definitions: { ...result.definitions, reasons: [...reasons], contractEnds },
      notes: [...result.notes, ...turnoverNotes(withoutReason, contractEndsApart)],
    };
  });
}

/**
 * The definition of {@link turnoverRate}: on a dataset, the employee records over the report's
 * period, by age band, gender and work region (when the dataset has sites).
 *
 * @internal
 */
export const turnoverRateIndicator = defineIndicator({
  entry,
  compute: turnoverRate,
  fromDataset: withoutRecords,
  fromRecords: (scope) => {
    const { options, note } = flowOnDataset(scope);
    return mapFold(turnoverRateFold(options), (result) => [withDatasetNote(result, note)]);
  },
});
