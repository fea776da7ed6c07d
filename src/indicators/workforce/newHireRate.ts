import { isWithinPeriod } from '../../core/isWithinPeriod.js';
import type { Employee } from '../../model/employee.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { flowRate } from './flowRate.js';
import type { FlowRateOptions } from './flowRateOptions.js';
import { newHireRateEntry } from './workforceCatalog.js';

/**
 * GRI 401-1 a: the rate of new employee hires in a period.
 *
 * @remarks
 * Hires: records with a `hireDate` within the period (a re-hire is a new record and counts
 * again; someone hired and leaving within the period counts). Denominator: employees at the
 * period end (GRI), or the average of start and end headcounts. Breakdown rows by age band (at
 * the period end), gender, category, site or contract divide by the total headcount unless
 * `groupDenominator: 'group'`. Contractors' workers are excluded unless `includeContractors`.
 *
 * @param employees - The employment records.
 * @param options - The period, breakdowns and denominators.
 * @returns An indicator result whose value is the rate (may exceed 1 in a fast-growing
 * workforce); `null` with `ZERO_DENOMINATOR` when nobody is employed at the period end.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end; `INVALID_DATE` when
 * an end of the period is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * newHireRate(employees, { period: { start: '2024-01-01', end: '2024-12-31' } }).value;
 * //=> 0.25
 * ```
 *
 * @category Indicators
 */
export function newHireRate(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<FlowRateOptions>,
): IndicatorResult {
  return flowRate(newHireRateEntry, employees, options, (e) =>
    isWithinPeriod(e.hireDate, options.period),
  );
}
