import type { Employee, TerminationReason } from '../../model/employee.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { flowRate } from './internal/flowRate.js';
import { onRecords } from './internal/onSummary.js';
import type { NewHireRateOptions } from './newHireRate.js';

const entry = {
  id: 'workforce.turnoverRate',
  title: 'Employee turnover rate',
  unit: 'ratio',
  formula:
    'Employees leaving within the period voluntarily or by dismissal, retirement or death in service / employees at period end (or the average of start and end)',
  standards: ['GRI 401-1', 'ESRS S1-6'],
  family: 'workforce',
  functionName: 'turnoverRate',
  results: 'one',
  dimensions: ['ageBand', 'gender', 'category', 'site', 'contract', 'originRegion'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link turnoverRate}: those of {@link newHireRate} and the reasons that count.
 *
 * @category Workforce indicators
 */
export interface TurnoverRateOptions extends NewHireRateOptions {
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

/**
 * GRI 401-1 b: the rate of employee turnover in a period.
 *
 * @remarks
 * `leavers / headcount`. Leavers: records with a `terminationDate` within the period whose
 * reason is one of `reasons` (by default voluntary, dismissal, retirement and death in service,
 * as GRI 401-1 defines turnover; ESRS S1-6 asks for the same rate). A termination without a
 * recorded reason counts, and the result notes how many there were; `contractEnd` and `other` do
 * not count by default. Unit `ratio`: the rate can exceed 1 when the headcount shrank.
 * Denominator and breakdown rows (keyed by their dimension, e.g. `{ gender: 'male' }`) as for
 * {@link newHireRate}; `definitions.reasons` lists the reasons counted.
 *
 * @param employees - The employment records (read once).
 * @param options - The period, breakdowns, denominators and counted reasons.
 * @returns An indicator result whose value is the rate (0 or more; may exceed 1); `null` with
 * `ZERO_DENOMINATOR` when nobody is employed at the period end.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, or the
 * `'originRegion'` breakdown has no valid gazetteer; `INVALID_DATE` when an end of the period
 * is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
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
  const reasons = options.reasons ?? GRI_TURNOVER_REASONS;
  const { period } = options;
  let withoutReason = 0;
  const result = flowRate(entry, employees, options, (e) => {
    if (e.terminationDate === undefined || e.terminationDate < period.start) return false;
    if (period.end !== undefined && e.terminationDate > period.end) return false;
    if (e.terminationReason === undefined) {
      withoutReason += 1;
      return true;
    }
    return reasons.includes(e.terminationReason);
  });
  return {
    ...result,
    definitions: { ...result.definitions, reasons: [...reasons] },
    notes:
      withoutReason === 0
        ? result.notes
        : [
            ...result.notes,
            `${withoutReason} termination(s) without a recorded reason are counted as turnover.`,
          ],
  };
}

/**
 * The definition of {@link turnoverRate}: on a dataset, the employee records over the report's
 * period, by age band and gender.
 *
 * @internal
 */
export const turnoverRateIndicator = defineIndicator({
  entry,
  compute: turnoverRate,
  fromDataset: onRecords((context) => [
    turnoverRate(context.employees, { period: context.period, breakdown: ['ageBand', 'gender'] }),
  ]),
});
