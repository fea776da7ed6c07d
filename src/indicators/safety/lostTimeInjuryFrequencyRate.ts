import type { SafetyRecord } from '../../model/safetyRecord.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { injuryRateResult } from './internal/injuryRateResult.js';
import { safetyRecordsOf } from './internal/safetyRecordsOf.js';
import type { SafetyRateOptions } from './safetyRateOptions.js';

const entry = {
  id: 'safety.lostTimeInjuryFrequencyRate',
  title: 'Lost-time injury frequency rate (LTIFR)',
  unit: 'ratio',
  formula:
    'Lost-time injuries × basis / hours worked (basis 1,000,000 hours by default, or 200,000); rows by group and site',
  standards: ['ICMM health and safety performance indicators', 'GRI 14.16'],
  family: 'safety',
  functionName: 'lostTimeInjuryFrequencyRate',
  results: 'one',
  dimensions: ['workers', 'site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The lost-time injury frequency rate (LTIFR): lost-time injuries per 1,000,000 (or 200,000) hours worked.
 *
 * @remarks
 * Unit `ratio` (a rate, not a share): lost-time injuries × basis / hours worked. Per `options.basis` hours (default 1,000,000); the basis is recorded in `definitions.basis`, as GRI 403-9-e asks.
 * A lost-time injury keeps the worker away from work for at least one full day or shift after the day of the injury (the industry definition, e.g. ICMM's); GRI 403 does not define it, so the rate is reported beside the GRI 403-9 rates, not for one of them. The value counts employees and workers who are not employees together; rows
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
 * // 2 lost-time injuries in 1,450,000 hours: 2 × 1,000,000 / 1,450,000.
 * lostTimeInjuryFrequencyRate([{ period: { start: '2024-01-01', end: '2024-12-31' }, workers: 'employees', hoursWorked: 1_450_000, lostTimeInjuries: 2, sourceIds: [] }]).value;
 * //=> 1.3793103448275863
 * ```
 *
 * @category Safety indicators
 */
export function lostTimeInjuryFrequencyRate(
  records: Iterable<Readonly<SafetyRecord>>,
  options: Readonly<SafetyRateOptions> = {},
): IndicatorResult {
  return injuryRateResult(entry, records, options, {
    fields: ['lostTimeInjuries'],
    defaultBasis: 1_000_000,
  });
}

/**
 * The definition of {@link lostTimeInjuryFrequencyRate}: on a dataset, its safety records within the report's
 * period.
 *
 * @internal
 */
export const lostTimeInjuryFrequencyRateIndicator = defineIndicator({
  entry,
  compute: lostTimeInjuryFrequencyRate,
  fromDataset: (context) =>
    safetyRecordsOf(context, (records, period) => lostTimeInjuryFrequencyRate(records, { period })),
});
