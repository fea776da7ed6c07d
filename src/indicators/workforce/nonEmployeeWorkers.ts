import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { countInterval } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { type Employee, WorkerTypeSchema } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator, type IndicatorOutcome } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { isWorkforceSummary } from './internal/isWorkforceSummary.js';
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
  /** The day of the head count: workers active on it (records only; a summary has its own). */
  readonly asOf?: CalendarDate | undefined;
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
 * From a published {@link WorkforceSummary}: its count `byEngagement.contractor` on the
 * summary's own date (exact, approximate with a note, or bounds kept as bounds), with no rows by
 * type (summaries do not state it); `null` with `MISSING_DATA` when the summary does not count
 * contractors' workers.
 *
 * @param input - The employment records (read once), or a published workforce summary.
 * @param options - The day of the count (required with records).
 * @returns A `count` result: the head count, and the rows by type (none when nobody is counted).
 * @throws {@link ImpactError} `INVALID_DATE` when records are given and `asOf` is not a calendar
 * date; `INVALID_ARGUMENT` when a summary does not match its schema, or the input is neither
 * records nor a summary.
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
  input: Iterable<Readonly<Employee>> | Readonly<WorkforceSummary>,
  options: Readonly<NonEmployeeWorkersOptions> = {},
): IndicatorResult {
  if (isWorkforceSummary(input)) return fromSummary(input);
  if (!isRecordList(input))
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'nonEmployeeWorkers takes employment records (an iterable) or a workforce summary',
    );
  return foldRecords(nonEmployeeWorkersFold(options), input);
}

/** Whether the input can be read as records: an iterable object (a string is not). */
function isRecordList(input: unknown): input is Iterable<Readonly<Employee>> {
  return (
    typeof input === 'object' &&
    input !== null &&
    typeof (input as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function'
  );
}

/** The count of contractors' workers a summary publishes. */
function fromSummary(summary: Readonly<WorkforceSummary>): IndicatorResult {
  parseOne(WorkforceSummarySchema, summary, 'summary');
  const count = summary.byEngagement?.contractor;
  const definitions = {
    asOf: summary.asOf,
    basis: 'summary',
    population: "the summary's count of contractors' workers",
    definition:
      'workers who are not employees and whose work is controlled by the organisation (GRI 2-8)',
  };
  const sourceIds = uniqueSourceIds([summary.sourceIds]);
  if (count === undefined) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: ["The summary does not count contractors' workers."],
    });
  }
  const { min, max, approximate, phrase } = countInterval(count);
  const notes =
    approximate === true ? [`The summary's count is approximate: "${phrase ?? ''}".`] : [];
  // An unbounded count (max null) is never exact.
  if (min === max) return resultFrom(entry, { value: min, definitions, sourceIds, notes });
  return resultFrom(entry, {
    value: null,
    reason: 'BOUNDED',
    bounds: max === null ? { min } : { min, max },
    definitions,
    sourceIds,
    notes,
  });
}

/** The rows by type of worker, in the model's order, then `'notStated'`; types counted only. */
function typeRows(byType: ReadonlyMap<string, number>): BreakdownRow[] {
  const breakdown: BreakdownRow[] = [];
  for (const type of [...WorkerTypeSchema.options, 'notStated']) {
    const count = byType.get(type);
    if (count !== undefined) breakdown.push({ keys: { workerType: type }, value: count, count });
  }
  return breakdown;
}

/** The head count on `asOf` from its counts by type of worker. */
function headcountResult(
  asOf: CalendarDate,
  byType: ReadonlyMap<string, number>,
  total: number,
): IndicatorResult {
  const breakdown = typeRows(byType);
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
      asOf,
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
 * {@link nonEmployeeWorkers} of records as a fold: one pass over the records, one at a time.
 *
 * @remarks
 * The same result as {@link nonEmployeeWorkers} on the same records: the head count of records
 * with `engagement: 'contractor'` active on `asOf` (GRI 2-8 a, b i, b ii), by type of worker.
 * The state is a count per type of worker, whatever the number of records; the rows and the
 * notes are made when the fold finishes.
 *
 * @param options - The day of the count (required).
 * @returns A fold whose result is the head count with its rows by type.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date, when the fold is
 * made (before any record).
 *
 * @example
 * ```ts
 * const fold = nonEmployeeWorkersFold({ asOf: '2024-12-31' });
 * for (const employee of employees) fold.add(employee); // 2 contractors' workers, 1 agency worker
 * fold.finish().value;
 * //=> 3
 * ```
 * @internal
 */
export function nonEmployeeWorkersFold(
  options: Readonly<NonEmployeeWorkersOptions>,
): RecordFold<IndicatorResult> {
  const asOf = options.asOf;
  assertCalendarDate(asOf, 'asOf');
  const byType = new Map<string, number>();
  let total = 0;
  return {
    add: (e) => {
      if (e.engagement !== 'contractor' || !isActiveOn(e, asOf)) return;
      total += 1;
      const type = e.workerType ?? 'notStated';
      byType.set(type, (byType.get(type) ?? 0) + 1);
    },
    finish: () => headcountResult(asOf, byType, total),
  };
}

/**
 * The definition of {@link nonEmployeeWorkers}: on a dataset, the employment records on the
 * report's `asOf` when there are any, else the latest published summary that counts contractors'
 * workers.
 *
 * @internal
 */
export const nonEmployeeWorkersIndicator = defineIndicator({
  entry,
  compute: nonEmployeeWorkers,
  fromRecords: (scope) =>
    mapFold(nonEmployeeWorkersFold({ asOf: scope.asOf }), (result): IndicatorOutcome => [result]),
  fromDataset: (context): IndicatorOutcome => {
    const summary = context.summary;
    if (summary?.byEngagement?.contractor !== undefined) return [nonEmployeeWorkers(summary)];
    return {
      status: 'dataAbsent',
      detail:
        "The dataset has no employee records, and no workforce summary on or before the report date counts contractors' workers.",
    };
  },
});
