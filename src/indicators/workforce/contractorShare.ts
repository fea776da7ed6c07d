import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { approximateNote, countInterval } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Employee } from '../../model/employee.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import type { IndicatorOutcome } from '../contract/defineIndicator.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorContext } from '../contract/indicatorContext.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import type { CountShare } from './internal/countShare.js';
import { isWorkforceSummary } from './internal/isWorkforceSummary.js';
import { publishedShareFields } from './internal/publishedShareFields.js';
import { ratioFields } from './internal/ratioFields.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.contractorShare',
  title: 'Contractor share of the workforce',
  unit: 'share',
  formula: 'Contractors’ workers / (employees + contractors’ workers), active on asOf',
  standards: ['SASB EM-MM-000.B'],
  family: 'workforce',
  functionName: 'contractorShare',
  results: 'one',
  dimensions: [],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link contractorShare}.
 *
 * @category Workforce indicators
 */
export interface ContractorShareOptions {
  /** The day of the count, for records (required with them; a summary has its own). */
  readonly asOf?: CalendarDate | undefined;
}

/** The share `byEngagement` gives: exact, bounds, or nothing known ([0, 1]) without it. */
function engagementShare(summary: Readonly<WorkforceSummary>): {
  share: CountShare;
  approximate: string[];
} {
  const byEngagement = summary.byEngagement;
  if (byEngagement?.contractor === undefined || byEngagement.employee === undefined) {
    return { share: { kind: 'bounded', min: 0, max: 1 }, approximate: [] };
  }
  const c = countInterval(byEngagement.contractor);
  const e = countInterval(byEngagement.employee);
  const approximate = [
    ...(c.approximate === true ? [approximateNote('byEngagement.contractor', c.phrase ?? '')] : []),
    ...(e.approximate === true ? [approximateNote('byEngagement.employee', e.phrase ?? '')] : []),
  ];
  if (c.min === c.max && e.min === e.max) {
    return { share: { kind: 'exact', ratio: ratio(c.min, c.min + e.min) }, approximate };
  }
  const low = e.max === null ? 0 : (ratio(c.min, c.min + e.max).value ?? 0);
  const high = c.max === null ? 1 : (ratio(c.max, c.max + e.min).value ?? 1);
  return { share: { kind: 'bounded', min: low, max: high }, approximate };
}

/** The share from a summary's `byEngagement` breakdown and published share, exact or bounds. */
function fromSummary(summary: Readonly<WorkforceSummary>): IndicatorResult {
  parseOne(WorkforceSummarySchema, summary, 'summary');
  const byEngagement = summary.byEngagement;
  const published = summary.shares?.contractors;
  const definitions = { asOf: summary.asOf, basis: 'summary' };
  const sourceIds = uniqueSourceIds([summary.sourceIds]);
  const counted = byEngagement?.contractor !== undefined && byEngagement.employee !== undefined;
  if (!counted && published === undefined) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [
        'The summary does not break the workforce down into employees and contractors, nor publish their share.',
      ],
    });
  }
  const { share, approximate } = engagementShare(summary);
  const outcome = publishedShareFields(share, published, 'contractors', {
    approximate: approximate.length > 0,
  });
  return resultFrom(entry, {
    ...outcome.fields,
    definitions,
    sourceIds,
    notes: [...outcome.notes, ...approximate],
  });
}

/**
 * The share of contractors' workers in the workforce (SASB EM-MM-000.B).
 *
 * @remarks
 * `contractors / (employees + contractors)`, unit `share`: from employee records active on
 * `asOf` (every engagement counts), or from a summary's `byEngagement` breakdown. SASB
 * EM-MM-000.B asks for the number of employees and of contractors. GRI 2-8 asks for the number
 * of workers who are not employees, not their share: that count is {@link nonEmployeeWorkers}.
 * A summary whose counts are bounds gives `value: null`, `reason: 'BOUNDED'`
 * and the share's bounds: at least `min(c) / (min(c) + max(e))`, at most
 * `max(c) / (max(c) + min(e))`, an unbounded side giving 0 or 1. A share the summary publishes
 * (`shares.contractors`, "62 % of the workforce are contractors' workers") is never dropped:
 * with exact counts the exact quotient is the value and the published share must agree with it;
 * otherwise the result is the published interval (its rounding: "62 %" is [0.615, 0.625))
 * narrowed by what the counts allow, with the published phrase and a note quoting it.
 * `definitions.basis` says whether the share comes from `'records'` or a `'summary'`.
 *
 * @param input - A workforce summary, or employment records (read once; then `options.asOf` is
 * required).
 * @param options - The reference day, for records.
 * @returns An indicator result with a share in [0, 1]; `null` with `MISSING_DATA` when a summary
 * has no engagement breakdown (or lacks employees or contractors in it) and no published share,
 * `ZERO_DENOMINATOR` when nobody is counted, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when records are given without `asOf`, or a
 * summary does not match {@link WorkforceSummarySchema}, or its published share disagrees with
 * its counts; `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * contractorShare(summary).ratio; // byEngagement: { employee: 812, contractor: 1316 }
 * //=> { numerator: 1316, denominator: 2128, value: 0.618421052631579 }
 * contractorShare(employees, { asOf: '2024-12-31' }).value; // 1 contractor of 6 people
 * //=> 0.16666666666666666
 * ```
 *
 * @category Workforce indicators
 */
export function contractorShare(
  input: Readonly<WorkforceSummary> | Iterable<Readonly<Employee>>,
  options: Readonly<ContractorShareOptions> = {},
): IndicatorResult {
  return isWorkforceSummary(input)
    ? fromSummary(input)
    : foldRecords(contractorShareFold(options), input);
}

/**
 * {@link contractorShare} of records as a fold: one pass over the records, one at a time.
 *
 * @remarks
 * The same result as {@link contractorShare} on the same records: `contractors / everyone`
 * among the records active on `asOf` (the state is those two counts).
 *
 * @param options - The reference day (required).
 * @returns A fold whose result is the share.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` without `asOf`; `INVALID_DATE` when it is not
 * a calendar date. Both when the fold is made (before any record).
 *
 * @example
 * ```ts
 * const fold = contractorShareFold({ asOf: '2024-12-31' });
 * for (const employee of employees) fold.add(employee); // 1 contractor of 6 people
 * fold.finish().value;
 * //=> 0.16666666666666666
 * ```
 * @internal
 */
export function contractorShareFold(
  options: Readonly<ContractorShareOptions>,
): RecordFold<IndicatorResult> {
  const asOf = options.asOf;
  if (asOf === undefined)
    throw new ImpactError('INVALID_ARGUMENT', 'contractorShare of records needs asOf');
  assertCalendarDate(asOf, 'asOf');
  let contractors = 0;
  let all = 0;
  return {
    add: (e) => {
      if (!isActiveOn(e, asOf)) return;
      all += 1;
      if (e.engagement === 'contractor') contractors += 1;
    },
    finish: () =>
      resultFrom(entry, {
        ...ratioFields(ratio(contractors, all)),
        definitions: { asOf, basis: 'records' },
        sourceIds: [],
        notes: [],
      }),
  };
}

/** The records on `asOf` when there are any, else the latest published summary. */
function contractorShareOf(context: IndicatorContext): IndicatorOutcome {
  if (context.summary !== undefined) return [contractorShare(context.summary)];
  return {
    status: 'dataAbsent',
    detail:
      'The dataset has no employee records and no workforce summary on or before the report date.',
  };
}

/**
 * The definition of {@link contractorShare}: on a dataset, the employee records on the report's
 * `asOf` when there are any, else the latest published summary.
 *
 * @internal
 */
export const contractorShareIndicator = defineIndicator({
  entry,
  compute: contractorShare,
  fromDataset: contractorShareOf,
  fromRecords: (scope) => mapFold(contractorShareFold({ asOf: scope.asOf }), (result) => [result]),
});
