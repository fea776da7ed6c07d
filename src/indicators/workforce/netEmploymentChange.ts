import { assertPeriod } from '../../core/assertPeriod.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Period } from '../../core/period.js';
import type { Employee } from '../../model/employee.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { resultFrom } from '../internal/resultFrom.js';
import { withoutRecords } from './internal/onSummary.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.netEmploymentChange',
  title: 'Net change in employment',
  unit: 'count',
  formula:
    'Employees at period end − employees at period start = hires − leavers within the period',
  standards: ['GRI 2-7'],
  family: 'workforce',
  functionName: 'netEmploymentChange',
  results: 'one',
  dimensions: ['flow'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The parts of the net change of employment over a period (the `detail` of
 * {@link netEmploymentChange}): `end = start + hires − leavers`.
 *
 * @category Workforce indicators
 */
export interface EmploymentChangeDetail {
  /** People employed at the start of the period (hired before it, still there on its first day). */
  readonly start: number;
  /** Records hired within the period. */
  readonly hires: number;
  /** Records terminated within the period, for any reason. */
  readonly leavers: number;
  /** People employed on the last day of the period. */
  readonly end: number;
}

/**
 * Options of {@link netEmploymentChange}.
 *
 * @category Workforce indicators
 */
export interface NetEmploymentChangeOptions {
  /** The reporting period; it must have an end. */
  readonly period: Readonly<Period>;
  /** Count contractors' workers too; by default only the company's employees count. */
  readonly includeContractors?: boolean | undefined;
}

/** The parts counted so far (mutable while the records are added). */
type ChangeTally = { -readonly [K in keyof EmploymentChangeDetail]: number };

/** Counts one record: at the start, a hire, a leaver, at the end (each or none). */
function countChange(
  tally: ChangeTally,
  e: Readonly<Employee>,
  includeContractors: boolean,
  first: string,
  last: string,
): void {
  if (e.engagement === 'contractor' && !includeContractors) return;
  if (e.hireDate < first && (e.terminationDate === undefined || e.terminationDate >= first))
    tally.start += 1;
  if (e.hireDate >= first && e.hireDate <= last) tally.hires += 1;
  if (e.terminationDate !== undefined && e.terminationDate >= first && e.terminationDate <= last)
    tally.leavers += 1;
  if (isActiveOn(e, last)) tally.end += 1;
}

/**
 * The net change of employment over a period, with its parts: start, hires, leavers, end.
 *
 * @remarks
 * `end − start`, which equals `hires − leavers` exactly, because every record is counted by the
 * same date comparisons: at the start when `hireDate < start` and it is not terminated before
 * `start`; a hire when `hireDate` is within the period; a leaver when `terminationDate` is within
 * it (any reason, unlike GRI 401-1 turnover); at the end when active on the last day. Unit
 * `count` (people). Only the company's employees count unless `includeContractors`. `detail`
 * holds the four parts, and the breakdown repeats them as rows keyed `{ flow: 'start' }`,
 * `{ flow: 'hires' }`, `{ flow: 'leavers' }`, `{ flow: 'end' }`. The net change is the
 * company's own figure, context for GRI 2-7 e (significant fluctuations in the number of
 * employees); GRI 401-1's rates are {@link newHireRate} and {@link turnoverRate}. EITI 6.3 asks for employment in the
 * extractive industries, absolute and as a share of national employment, which
 * `economic.extractiveEmploymentShare` gives.
 *
 * @param employees - The employment records (read once).
 * @param options - The period (with an end) and whether contractors count.
 * @returns A result whose value is the net change in people (negative when employment fell; never
 * `null`), with the parts in `detail`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end; `INVALID_DATE` when
 * an end of the period is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * // 7 employed on 2024-01-01; 3 hired and 5 leaving in 2024; 5 employed on 2024-12-31.
 * const change = netEmploymentChange(employees, { period: { start: '2024-01-01', end: '2024-12-31' } });
 * [change.value, change.detail];
 * //=> [-2, { start: 7, hires: 3, leavers: 5, end: 5 }]
 * ```
 *
 * @category Workforce indicators
 */
export function netEmploymentChange(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<NetEmploymentChangeOptions>,
): DetailedResult<EmploymentChangeDetail> {
  return foldRecords(netEmploymentChangeFold(options), employees);
}

/**
 * {@link netEmploymentChange} as a fold: one pass over the records, one record at a time.
 *
 * @remarks
 * The same result as {@link netEmploymentChange} on the same records: `end − start`, with the
 * four parts counted record by record (the state is those four counts).
 *
 * @param options - The period (with an end) and whether contractors count.
 * @returns A fold whose result is the net change, with its parts in `detail`.
 * @throws {@link ImpactError} as {@link netEmploymentChange} does, when the fold is made (before
 * any record).
 *
 * @example
 * ```ts
 * const fold = netEmploymentChangeFold({ period: { start: '2024-01-01', end: '2024-12-31' } });
 * for (const employee of employees) fold.add(employee); // 7 at the start, 5 at the end
 * fold.finish().value;
 * //=> -2
 * ```
 * @internal
 */
export function netEmploymentChangeFold(
  options: Readonly<NetEmploymentChangeOptions>,
): RecordFold<DetailedResult<EmploymentChangeDetail>> {
  const { start: first, end: last } = options.period;
  if (last === undefined)
    throw new ImpactError('INVALID_ARGUMENT', 'the net change needs a period with an end');
  assertPeriod(options.period, 'period');
  const includeContractors = options.includeContractors === true;
  const tally: ChangeTally = { start: 0, hires: 0, leavers: 0, end: 0 };
  return {
    add: (employee) => countChange(tally, employee, includeContractors, first, last),
    finish: () => {
      const detail: EmploymentChangeDetail = { ...tally };
      return resultFrom(entry, {
        value: detail.end - detail.start,
        breakdown: (['start', 'hires', 'leavers', 'end'] as const).map((flow) => ({
          keys: { flow },
          value: detail[flow],
        })),
        definitions: {
          period: { start: first, end: last },
          population: includeContractors ? 'employeesAndContractors' : 'employees',
        },
        sourceIds: [],
        notes: [],
        detail,
      }) as DetailedResult<EmploymentChangeDetail>;
    },
  };
}

/**
 * The definition of {@link netEmploymentChange}: on a dataset, the employee records over the
 * report's period.
 *
 * @internal
 */
export const netEmploymentChangeIndicator = defineIndicator({
  entry,
  compute: netEmploymentChange,
  fromDataset: withoutRecords,
  fromRecords: (scope) =>
    mapFold(netEmploymentChangeFold({ period: scope.period }), (result) => [result]),
});
