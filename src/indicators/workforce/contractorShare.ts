import type { CalendarDate } from '../../core/calendarDate.js';
import { checkCalendarDate } from '../../core/checkCalendarDate.js';
import { countInterval } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Employee } from '../../model/employee.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { isActiveOn } from './isActiveOn.js';
import { contractorShareEntry } from './workforceCatalog.js';

function isSummary(input: unknown): input is Readonly<WorkforceSummary> {
  return typeof input === 'object' && input !== null && 'headcount' in input && 'asOf' in input;
}

/**
 * The share of contractors' workers in the workforce (SASB EM-MM-000.B, GRI 2-8).
 *
 * @remarks
 * `contractors / (employees + contractors)`, from employee records active on `asOf` or from a
 * summary's `byEngagement` breakdown. A summary whose counts are bounds gives `value: null`,
 * `reason: 'BOUNDED'` and the share's bounds: at least `min(c) / (min(c) + max(e))`, at most
 * `max(c) / (max(c) + min(e))`.
 *
 * @param input - A workforce summary, or employment records (then `options.asOf` is required).
 * @param options - The reference day, for records.
 * @returns An indicator result with a ratio in [0, 1]; `null` with `MISSING_DATA` when a summary
 * has no engagement breakdown, `ZERO_DENOMINATOR` when nobody is counted.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when records are given without `asOf`;
 * `INVALID_DATE` when that `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * contractorShare(summary).value; // byEngagement: { employee: 812, contractor: 1316 }
 * //=> 0.618421052631579
 * ```
 *
 * @category Indicators
 */
export function contractorShare(
  input: Readonly<WorkforceSummary> | Iterable<Readonly<Employee>>,
  options: { readonly asOf?: CalendarDate | undefined } = {},
): IndicatorResult {
  if (isSummary(input)) {
    const byEngagement = input.byEngagement;
    const definitions = { asOf: input.asOf, basis: 'summary' };
    if (byEngagement?.contractor === undefined || byEngagement.employee === undefined) {
      return resultFrom(contractorShareEntry, {
        value: null,
        reason: 'MISSING_DATA',
        definitions,
        sourceIds: [...input.sourceIds],
        notes: ['The summary does not break the workforce down into employees and contractors.'],
      });
    }
    const c = countInterval(byEngagement.contractor);
    const e = countInterval(byEngagement.employee);
    if (c.min === c.max && e.min === e.max) {
      const share = ratio(c.min, c.min + e.min);
      return resultFrom(contractorShareEntry, {
        value: share.value,
        ...(share.reason === undefined ? {} : { reason: share.reason }),
        ratio: share,
        definitions,
        sourceIds: [...input.sourceIds],
        notes: [],
      });
    }
    const low = e.max === null ? 0 : (ratio(c.min, c.min + e.max).value ?? 0);
    const high = c.max === null ? 1 : (ratio(c.max, c.max + e.min).value ?? 1);
    return resultFrom(contractorShareEntry, {
      value: null,
      reason: 'BOUNDED',
      bounds: { min: low, max: high },
      definitions,
      sourceIds: [...input.sourceIds],
      notes: [],
    });
  }
  const asOf = options.asOf;
  if (asOf === undefined)
    throw new ImpactError('INVALID_ARGUMENT', 'contractorShare of records needs asOf');
  checkCalendarDate(asOf, 'asOf');
  let contractors = 0;
  let all = 0;
  for (const e of input) {
    if (!isActiveOn(e, asOf)) continue;
    all += 1;
    if (e.engagement === 'contractor') contractors += 1;
  }
  const share = ratio(contractors, all);
  return resultFrom(contractorShareEntry, {
    value: share.value,
    ...(share.reason === undefined ? {} : { reason: share.reason }),
    ratio: share,
    definitions: { asOf, basis: 'records' },
    sourceIds: [],
    notes: [],
  });
}
