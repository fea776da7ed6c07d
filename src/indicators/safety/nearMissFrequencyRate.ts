import type { SafetyRecord } from '../../model/safetyRecord.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { injuryRateResult } from './internal/injuryRateResult.js';
import { safetyRecordsOf } from './internal/safetyRecordsOf.js';
import type { SafetyRateOptions } from './safetyRateOptions.js';

const entry = {
  id: 'safety.nearMissFrequencyRate',
  title: 'Near-miss frequency rate (NMFR)',
  unit: 'ratio',
  formula: 'Near misses × 200,000 / hours worked; full-time and contract employees apart in rows',
  standards: ['SASB EM-MM-320a.1'],
  family: 'safety',
  functionName: 'nearMissFrequencyRate',
  results: 'one',
  dimensions: ['workers', 'site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * SASB EM-MM-320a.1 (3): the near-miss frequency rate, near misses per 200,000 hours worked, for employees and contract employees.
 *
 * @remarks
 * Unit `ratio` (a rate, not a share): near misses × basis / hours worked. Per 200,000 hours, fixed by the standard (`options.basis` is ignored).
 * A near miss is an incident in which no property was damaged and no personal injury was sustained, but where, given a slight shift in time or position, damage or injury easily could have occurred; the basis is fixed by the standard. The value counts employees and workers who are not employees together; rows
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
 * // 12 near misses in 1,450,000 hours: 12 × 200,000 / 1,450,000.
 * nearMissFrequencyRate([{ period: { start: '2024-01-01', end: '2024-12-31' }, workers: 'employees', hoursWorked: 1_450_000, nearMisses: 12, sourceIds: [] }]).value;
 * //=> 1.6551724137931034
 * ```
 *
 * @category Safety indicators
 */
export function nearMissFrequencyRate(
  records: Iterable<Readonly<SafetyRecord>>,
  options: Readonly<SafetyRateOptions> = {},
): IndicatorResult {
  return injuryRateResult(entry, records, options, {
    fields: ['nearMisses'],
    defaultBasis: 200_000,
    fixedBasis: true,
  });
}

/**
 * The definition of {@link nearMissFrequencyRate}: on a dataset, its safety records within the report's
 * period.
 *
 * @internal
 */
export const nearMissFrequencyRateIndicator = defineIndicator({
  entry,
  compute: nearMissFrequencyRate,
  fromDataset: (context) =>
    safetyRecordsOf(context, (records, period) => nearMissFrequencyRate(records, { period })),
});
