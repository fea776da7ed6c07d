import { assertPeriod } from '../../core/assertPeriod.js';
import { type GrievanceRecord, GrievanceRecordSchema } from '../../model/grievanceRecord.js';
import { periodDefinition } from '../community/internal/periodDefinition.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import type { GrievanceOptions } from './grievanceResolutionRate.js';
import { countValue } from './internal/countValue.js';
import { withinPeriod } from './internal/withinPeriod.js';

const entry = {
  id: 'safety.openGrievances',
  title: 'Grievances open at the end of the period',
  unit: 'count',
  formula:
    'Σ over sites (and the company-wide mechanism) of the grievances open at the end of the latest period within the chosen one; rows by site',
  standards: ['GRI 2-25', 'GRI 14.10', 'IFC PS 1'],
  family: 'safety',
  functionName: 'openGrievances',
  results: 'one',
  dimensions: ['site'],
} as const satisfies IndicatorCatalogEntry;

/** The latest record within the period of each site (`''` for company-wide records). */
function latestBySite(
  records: readonly Readonly<GrievanceRecord>[],
): Map<string, Readonly<GrievanceRecord>> {
  const latest = new Map<string, Readonly<GrievanceRecord>>();
  for (const record of records) {
    const key = record.siteId ?? '';
    const current = latest.get(key);
    if (current === undefined || (current.period.end ?? '') < (record.period.end ?? ''))
      latest.set(key, record);
  }
  return latest;
}

/**
 * GRI 2-25 and GRI 14.10: the grievances still open at the end of the period.
 *
 * @remarks
 * Unit `count`. For each site (and the company-wide mechanism) the record within
 * `options.period` that ends last counts: `open` is a stock at the end of a record's period, so
 * the records of one site are not added up. Value: Σ `open` over those records. Counts given as
 * bounds give `null` with `BOUNDED` and `bounds`. Rows keyed `{ site }`.
 *
 * @param records - Grievance records.
 * @param options - The period.
 * @returns A count ≥ 0; `null` with `MISSING_DATA` when there is no record or a counted record
 * does not give `open`, with `BOUNDED` when a count is a bound.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema;
 * `INVALID_DATE` or `INVALID_PERIOD` for a bad period.
 *
 * @example
 * ```ts
 * // Two sites with 5 and 2 grievances open at the end of 2024: 5 + 2.
 * openGrievances([
 *   { siteId: 'mine-a', period: { start: '2024-01-01', end: '2024-12-31' }, received: 12, open: 5, sourceIds: [] },
 *   { siteId: 'mine-b', period: { start: '2024-01-01', end: '2024-12-31' }, received: 3, open: 2, sourceIds: [] },
 * ]).value;
 * //=> 7
 * ```
 *
 * @category Safety indicators
 */
export function openGrievances(
  records: Iterable<Readonly<GrievanceRecord>>,
  options: Readonly<GrievanceOptions> = {},
): IndicatorResult {
  if (options.period !== undefined) assertPeriod(options.period, 'period');
  const inScope = parseEach(GrievanceRecordSchema, records, 'records').filter((record) =>
    withinPeriod(record.period, options.period),
  );
  const latest = [...latestBySite(inScope).values()];
  const breakdown: BreakdownRow[] = latest
    .filter((record) => record.siteId !== undefined)
    .sort((a, b) => ((a.siteId ?? '') < (b.siteId ?? '') ? -1 : 1))
    .map((record) => ({
      keys: { site: record.siteId ?? '' },
      ...countValue([record.open]).fields,
    }));
  const total = countValue(latest.map((record) => record.open));
  return resultFrom(entry, {
    ...total.fields,
    breakdown,
    definitions: {
      period: options.period === undefined ? null : periodDefinition(options.period),
      open: 'open at the end of the latest period of each site within the chosen one',
    },
    sourceIds: uniqueSourceIds(latest.map((record) => record.sourceIds)),
    notes: total.notes,
  });
}

/**
 * The definition of {@link openGrievances}: on a dataset, its grievance records within the
 * report's period.
 *
 * @internal
 */
export const openGrievancesIndicator = defineIndicator({
  entry,
  compute: openGrievances,
  fromDataset: (context) =>
    context.data.grievances.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no grievance records.' }
      : [openGrievances(context.data.grievances, { period: context.period })],
});
