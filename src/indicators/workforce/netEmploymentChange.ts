import { checkPeriod } from '../../core/checkPeriod.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Period } from '../../core/period.js';
import type { Employee } from '../../model/employee.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { isActiveOn } from './isActiveOn.js';
import { netEmploymentChangeEntry } from './workforceCatalog.js';

/**
 * The employment flows of a period (see {@link netEmploymentChange}).
 *
 * @example
 * ```ts
 * const change: EmploymentChange = { start: 100, hires: 30, leavers: 10, end: 120, net: 20, result };
 * ```
 *
 * @category Indicators
 */
export interface EmploymentChange {
  /** People employed at the start of the period (hired before it, still there on its first day). */
  readonly start: number;
  /** Records hired within the period. */
  readonly hires: number;
  /** Records terminated within the period, for any reason. */
  readonly leavers: number;
  /** People employed on the last day of the period. */
  readonly end: number;
  /** `end − start`, which equals `hires − leavers`. */
  readonly net: number;
  /** The same figures as an indicator result (value = `net`). */
  readonly result: IndicatorResult;
}

/**
 * The net change of employment over a period: start, hires, leavers, end.
 *
 * @remarks
 * `end = start + hires − leavers`, exactly, because every record is counted by the same date
 * comparisons: at the start when `hireDate < start` and it is not terminated before `start`; a
 * hire when `hireDate` is within the period; a leaver when `terminationDate` is within it (any
 * reason); at the end when active on the last day. Only the company's employees count unless
 * `includeContractors`.
 *
 * @param employees - The employment records.
 * @param options - The period (with an end) and whether contractors count.
 * @returns The flows and the net change (negative when employment fell).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end; `INVALID_DATE` when
 * an end of the period is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * netEmploymentChange(employees, { period: { start: '2024-01-01', end: '2024-12-31' } }).net;
 * //=> 20
 * ```
 *
 * @category Indicators
 */
export function netEmploymentChange(
  employees: Iterable<Readonly<Employee>>,
  options: { readonly period: Readonly<Period>; readonly includeContractors?: boolean | undefined },
): EmploymentChange {
  const { start: first, end: last } = options.period;
  if (last === undefined)
    throw new ImpactError('INVALID_ARGUMENT', 'the net change needs a period with an end');
  checkPeriod(options.period, 'period');
  let start = 0;
  let hires = 0;
  let leavers = 0;
  let end = 0;
  for (const e of employees) {
    if (e.engagement === 'contractor' && options.includeContractors !== true) continue;
    if (e.hireDate < first && (e.terminationDate === undefined || e.terminationDate >= first))
      start += 1;
    if (e.hireDate >= first && e.hireDate <= last) hires += 1;
    if (e.terminationDate !== undefined && e.terminationDate >= first && e.terminationDate <= last)
      leavers += 1;
    if (isActiveOn(e, last)) end += 1;
  }
  const net = end - start;
  const result = resultFrom(netEmploymentChangeEntry, {
    value: net,
    breakdown: [
      { dimension: 'flow', key: 'start', value: start },
      { dimension: 'flow', key: 'hires', value: hires },
      { dimension: 'flow', key: 'leavers', value: leavers },
      { dimension: 'flow', key: 'end', value: end },
    ],
    definitions: {
      period: { start: first, end: last },
      population: options.includeContractors === true ? 'employeesAndContractors' : 'employees',
    },
    sourceIds: [],
    notes: [],
  });
  return { start, hires, leavers, end, net, result };
}
