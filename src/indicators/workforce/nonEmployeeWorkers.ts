import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { type Employee, WorkerTypeSchema } from '../../model/employee.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';
import { onRecords } from './internal/onSummary.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.nonEmployeeWorkers',
  title: 'Workers who are not employees',
  unit: 'count',
  formula:
    "Head count of records with engagement 'contractor' active on asOf; rows by type of worker",
  standards: ['GRI 2-8'],
  family: 'workforce',
  functionName: 'nonEmployeeWorkers',
  results: 'one',
  dimensions: ['workerType'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link nonEmployeeWorkers}.
 *
 * @category Workforce indicators
 */
export interface NonEmployeeWorkersOptions {
  /** The day of the head count: workers active on it. */
  readonly asOf: CalendarDate;
}

/**
 * GRI 2-8 a and b: the workers who are not employees and whose work the organisation controls,
 * on a day, by type of worker.
 *
 * @remarks
 * Head count (GRI 2-8 b i) of the records with `engagement: 'contractor'` active on `asOf` (GRI
 * 2-8 b ii: at a point in time; {@link isActiveOn}); unit `count`. GRI 2-8 a asks for the total
 * number of workers who are not employees and whose work is controlled by the organisation, and
 * the most common types of worker and their contractual relationship with it: the rows
 * `{ workerType }` count each type the records state (`'contractorWorker'`, `'agencyWorker'`,
 * `'selfEmployed'`, `'apprentice'`, `'intern'`, `'volunteer'`, `'other'`), and `'notStated'`
 * the records without one (never guessed; a note says how many). That a contractor's worker on
 * the company's records is a worker whose work the company controls is the library's reading:
 * the records hold the people the company counts on its sites.
 *
 * @param employees - The employment records (read once).
 * @param options - The day of the count.
 * @returns A `count` result: the head count, and the rows by type (none when nobody is counted).
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // On 2024-12-31: 2 contractors' workers and 1 agency worker.
 * const result = nonEmployeeWorkers(employees, { asOf: '2024-12-31' });
 * result.value;
 * //=> 3
 * result.breakdown?.map((r) => [r.keys.workerType, r.value]);
 * //=> [['contractorWorker', 2], ['agencyWorker', 1]]
 * ```
 *
 * @category Workforce indicators
 */
export function nonEmployeeWorkers(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<NonEmployeeWorkersOptions>,
): IndicatorResult {
  assertCalendarDate(options.asOf, 'asOf');
  const byType = new Map<string, number>();
  let total = 0;
  for (const e of employees) {
    if (e.engagement !== 'contractor' || !isActiveOn(e, options.asOf)) continue;
    total += 1;
    const type = e.workerType ?? 'notStated';
    byType.set(type, (byType.get(type) ?? 0) + 1);
  }
  const breakdown: BreakdownRow[] = [];
  for (const type of [...WorkerTypeSchema.options, 'notStated']) {
    const count = byType.get(type);
    if (count !== undefined) breakdown.push({ keys: { workerType: type }, value: count, count });
  }
  const unstated = byType.get('notStated') ?? 0;
  const notes = [
    ...(unstated > 0
      ? [
          `${unstated} of ${total} records of workers who are not employees do not state the type of worker; they are counted under 'notStated'.`,
        ]
      : []),
    ...(total === 0 ? ['No worker who is not an employee is active on asOf.'] : []),
  ];
  return resultFrom(entry, {
    value: total,
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions: {
      asOf: options.asOf,
      basis: 'headcount',
      timing: 'on asOf',
      population: "records with engagement 'contractor' active on asOf",
      definition:
        'workers who are not employees and whose work is controlled by the organisation (GRI 2-8)',
    },
    sourceIds: [],
    notes,
  });
}

/**
 * The definition of {@link nonEmployeeWorkers}: on a dataset, the employment records on the
 * report's `asOf`.
 *
 * @internal
 */
export const nonEmployeeWorkersIndicator = defineIndicator({
  entry,
  compute: nonEmployeeWorkers,
  fromDataset: onRecords((context) => [
    nonEmployeeWorkers(context.employees, { asOf: context.asOf }),
  ]),
});
