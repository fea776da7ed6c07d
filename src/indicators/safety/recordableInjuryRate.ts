import type { SafetyRecord } from '../../model/safetyRecord.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { injuryRateResult } from './internal/injuryRateResult.js';
import { safetyRecordsOf } from './internal/safetyRecordsOf.js';
import type { SafetyRateOptions } from './safetyRateOptions.js';

const entry = {
  id: 'safety.recordableInjuryRate',
  title: 'Recordable work-related injury rate',
  unit: 'ratio',
  formula:
    'Recordable work-related injuries (fatalities included) × basis / hours worked (basis 200,000 or 1,000,000 hours; default 200,000); rows by group and site',
  standards: ['GRI 403-9', 'GRI 14.16'],
  family: 'safety',
  functionName: 'recordableInjuryRate',
  results: 'one',
  dimensions: ['workers', 'site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * GRI 403-9-a-iii and -b-iii: the rate of recordable work-related injuries per 200,000 or 1,000,000 hours worked.
 *
 * @remarks
 * Unit `ratio` (a rate, not a share): recordable work-related injuries × basis / hours worked. Per `options.basis` hours (default 200,000); the basis is recorded in `definitions.basis`, as GRI 403-9-e asks.
 * A recordable work-related injury results in death, days away from work, restricted work or transfer to another job, medical treatment beyond first aid, or loss of consciousness, or is a significant injury diagnosed by a physician or other licensed healthcare professional (GRI 403 glossary). The value counts employees and workers who are not employees together; rows
 * keyed `{ workers }` give each group apart (GRI 403-9-a and -b; SASB's full-time and contract
 * employees) and rows keyed `{ site }` each site. Counts given as bounds give `null` with
 * `BOUNDED` and `bounds` containing every rate they allow; approximate counts are taken as
 * values with a note. Only records whose period lies within `options.period` count.
 *
 * @param records - Safety records (one per group of workers, site and period).
 * @param options - The basis and the period.
 * @returns A rate ≥ 0; `null` with `ZERO_DENOMINATOR` when the hours worked are 0, with
 * `MISSING_DATA` when there is no record or a record lacks the count or the hours (named in a
 * note), with `BOUNDED` when a count or the hours are bounds.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema or the
 * basis is neither 200,000 nor 1,000,000; `INVALID_DATE` or `INVALID_PERIOD` for a bad period.
 *
 * @example
 * ```ts
 * // 3 recordable injuries in 1,450,000 hours: 3 × 200,000 / 1,450,000.
 * recordableInjuryRate([{ period: { start: '2024-01-01', end: '2024-12-31' }, workers: 'employees', hoursWorked: 1_450_000, recordableInjuries: 3, sourceIds: [] }]).value;
 * //=> 0.41379310344827586
 * ```
 *
 * @category Safety indicators
 */
export function recordableInjuryRate(
  records: Iterable<Readonly<SafetyRecord>>,
  options: Readonly<SafetyRateOptions> = {},
): IndicatorResult {
  return injuryRateResult(entry, records, options, {
    fields: ['recordableInjuries'],
    defaultBasis: 200_000,
  });
}

/**
 * The definition of {@link recordableInjuryRate}: on a dataset, its safety records within the report's
 * period.
 *
 * @internal
 */
export const recordableInjuryRateIndicator = defineIndicator({
  entry,
  compute: recordableInjuryRate,
  fromDataset: (context) =>
    safetyRecordsOf(context, (records, period) => recordableInjuryRate(records, { period })),
});
