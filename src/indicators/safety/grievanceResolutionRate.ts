import { assertPeriod } from '../../core/assertPeriod.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Period } from '../../core/period.js';
import { ratio } from '../../core/ratio.js';
import { countCanFit } from '../../model/countCanFit.js';
import { type GrievanceRecord, GrievanceRecordSchema } from '../../model/grievanceRecord.js';
import { periodDefinition } from '../community/internal/periodDefinition.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { addCount, type CountTally, EMPTY_TALLY, isPoint } from './internal/countTally.js';
import type { RateValue } from './internal/ratePer.js';
import { withinPeriod } from './internal/withinPeriod.js';

const entry = {
  id: 'safety.grievanceResolutionRate',
  title: 'Share of grievances received in the period that were resolved',
  unit: 'share',
  formula:
    'Grievances received in the period and resolved by its end / grievances received in the period; rows by site',
  standards: ['GRI 2-25', 'GRI 14.10', 'IFC PS 1'],
  family: 'safety',
  functionName: 'grievanceResolutionRate',
  results: 'one',
  dimensions: ['site'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link grievanceResolutionRate} and {@link openGrievances}.
 *
 * @example
 * ```ts
 * const options: GrievanceOptions = { period: { start: '2024-01-01', end: '2024-12-31' } };
 * ```
 *
 * @category Safety indicators
 */
export interface GrievanceOptions {
  /** Only records whose period lies within this one count; every record when absent. */
  readonly period?: Readonly<Period> | undefined;
}

/** Resolved and received grievances added up, with the records that lack `resolved`. */
interface ResolutionTally {
  readonly received: CountTally;
  readonly resolved: CountTally;
  readonly incomplete: readonly string[];
}

const EMPTY: ResolutionTally = { received: EMPTY_TALLY, resolved: EMPTY_TALLY, incomplete: [] };

function add(tally: ResolutionTally, record: Readonly<GrievanceRecord>): ResolutionTally {
  if (record.resolved === undefined) {
    const label = `${record.siteId ?? 'company-wide'} ${record.period.start}..${record.period.end ?? ''}`;
    return { ...tally, incomplete: [...tally.incomplete, label] };
  }
  return {
    received: addCount(tally.received, record.received),
    resolved: addCount(tally.resolved, record.resolved),
    incomplete: tally.incomplete,
  };
}

/** resolved / received, bounded in [0, 1] when either is a bound. */
function shareOf(tally: ResolutionTally, records: number): RateValue {
  const { received, resolved } = tally;
  if (records === 0 || tally.incomplete.length > 0) return { value: null, reason: 'MISSING_DATA' };
  if (received.max === 0) return { value: null, reason: 'ZERO_DENOMINATOR' };
  if (isPoint(received) && isPoint(resolved)) return { value: resolved.min / received.min };
  const min = received.max === null ? 0 : resolved.min / received.max;
  const max =
    resolved.max === null || received.min === 0 ? 1 : Math.min(1, resolved.max / received.min);
  return { value: null, reason: 'BOUNDED', bounds: { min, max } };
}

/** Parses the records, checks resolved <= received and keeps those within the period. */
function recordsIn(
  records: Iterable<Readonly<GrievanceRecord>>,
  period: Readonly<Period> | undefined,
): Readonly<GrievanceRecord>[] {
  if (period !== undefined) assertPeriod(period, 'period');
  const all = parseEach(GrievanceRecordSchema, records, 'records');
  for (const [i, record] of all.entries()) {
    if (!countCanFit(record.resolved, record.received))
      throw new ImpactError('INVALID_ARGUMENT', `records[${i}]: more resolved than received`);
  }
  return all.filter((record) => withinPeriod(record.period, period));
}

/**
 * GRI 2-25 and GRI 14.10 (local communities): the share of the grievances received in the
 * period that were resolved by its end.
 *
 * @remarks
 * Unit `share`: Σ resolved / Σ received over the records within `options.period`, where
 * `resolved` counts only grievances received in the record's period (so the share never exceeds
 * 1). Counts given as bounds give `null` with `BOUNDED` and bounds within [0, 1]. Rows keyed
 * `{ site }`, one per site with records.
 *
 * @param records - Grievance records.
 * @param options - The period.
 * @returns A share in [0, 1] with `ratio`; `null` with `ZERO_DENOMINATOR` when no grievance was
 * received, `MISSING_DATA` when there is no record or a record does not give `resolved`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema or
 * resolves more grievances than it received; `INVALID_DATE` or `INVALID_PERIOD` for a bad period.
 *
 * @example
 * ```ts
 * // 9 of 12 grievances resolved: 9 / 12.
 * grievanceResolutionRate([{ period: { start: '2024-01-01', end: '2024-12-31' }, received: 12, resolved: 9, sourceIds: [] }]).value;
 * //=> 0.75
 * ```
 *
 * @category Safety indicators
 */
export function grievanceResolutionRate(
  records: Iterable<Readonly<GrievanceRecord>>,
  options: Readonly<GrievanceOptions> = {},
): IndicatorResult {
  const inScope = recordsIn(records, options.period);
  const total = inScope.reduce(add, EMPTY);
  const sites = new Map<string, Readonly<GrievanceRecord>[]>();
  for (const record of inScope)
    if (record.siteId !== undefined)
      sites.set(record.siteId, [...(sites.get(record.siteId) ?? []), record]);
  const breakdown: BreakdownRow[] = [...sites.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([site, list]) => ({ keys: { site }, ...shareOf(list.reduce(add, EMPTY), list.length) }));
  const share = shareOf(total, inScope.length);
  return resultFrom(entry, {
    ...share,
    ...(share.value === null ? {} : { ratio: ratio(total.resolved.min, total.received.min) }),
    breakdown,
    definitions: {
      period: options.period === undefined ? null : periodDefinition(options.period),
      resolved: 'of the grievances received in the period, those resolved by its end',
    },
    sourceIds: uniqueSourceIds(inScope.map((record) => record.sourceIds)),
    notes:
      total.incomplete.length === 0
        ? []
        : [`Resolved grievances not reported: ${total.incomplete.join(', ')}.`],
  });
}

/**
 * The definition of {@link grievanceResolutionRate}: on a dataset, its grievance records within
 * the report's period.
 *
 * @internal
 */
export const grievanceResolutionRateIndicator = defineIndicator({
  entry,
  compute: grievanceResolutionRate,
  fromDataset: (context) =>
    context.data.grievances.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no grievance records.' }
      : [grievanceResolutionRate(context.data.grievances, { period: context.period })],
});
