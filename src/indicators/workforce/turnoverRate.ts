import type { Employee, TerminationReason } from '../../model/employee.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { flowRate } from './flowRate.js';
import type { FlowRateOptions } from './flowRateOptions.js';
import { turnoverRateEntry } from './workforceCatalog.js';

/**
 * Options of {@link turnoverRate}.
 *
 * @example
 * ```ts
 * const options: TurnoverRateOptions = { period: { start: '2024-01-01', end: '2024-12-31' }, reasons: ['voluntary'] };
 * ```
 *
 * @category Indicators
 */
export interface TurnoverRateOptions extends FlowRateOptions {
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
 * Leavers: records with a `terminationDate` within the period whose reason is one of `reasons`
 * (by default voluntary, dismissal, retirement, death in service, as GRI 401-1 defines
 * turnover). A termination without a recorded reason counts, and the result notes how many there
 * were; `contractEnd` and `other` do not count by default. Denominator and breakdowns as for
 * {@link newHireRate}.
 *
 * @param employees - The employment records.
 * @param options - The period, breakdowns, denominators and counted reasons.
 * @returns An indicator result whose value is the rate; `null` with `ZERO_DENOMINATOR` when nobody
 * is employed at the period end.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end; `INVALID_DATE` when
 * an end of the period is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * turnoverRate(employees, { period: { start: '2024-01-01', end: '2024-12-31' }, breakdown: ['gender'] }).value;
 * //=> 0.1
 * ```
 *
 * @category Indicators
 */
export function turnoverRate(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<TurnoverRateOptions>,
): IndicatorResult {
  const reasons = options.reasons ?? GRI_TURNOVER_REASONS;
  const { period } = options;
  let withoutReason = 0;
  const result = flowRate(turnoverRateEntry, employees, options, (e) => {
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
