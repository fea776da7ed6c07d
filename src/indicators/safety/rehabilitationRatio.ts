import { ratio } from '../../core/ratio.js';
import type { LandRecord } from '../../model/landRecord.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import type { LandOptions } from './internal/areaResult.js';
import { hectares, latestLandPlaces } from './internal/landPlaces.js';

const entry = {
  id: 'safety.rehabilitationRatio',
  title: 'Rehabilitation ratio: share of the disturbed land rehabilitated',
  unit: 'share',
  formula:
    'Σ land rehabilitated to date / Σ land disturbed to date, in hectares, over the places whose latest record on or before asOf gives both; rows by place',
  standards: ['GRI 14.8', 'G4 MM1'],
  family: 'safety',
  functionName: 'rehabilitationRatio',
  results: 'one',
  dimensions: ['site', 'deposit', 'company'],
} as const satisfies IndicatorCatalogEntry;

/** The value fields of a ratio of areas. */
function shareFields(rehabilitated: number, disturbed: number) {
  const share = ratio(rehabilitated, disturbed);
  return share.value === null
    ? { value: null, reason: share.reason ?? 'MISSING_DATA', ratio: share }
    : { value: share.value, ratio: share };
}

/**
 * GRI 14.8 (closure and rehabilitation) and GRI G4 MM1: the share of the land disturbed to date
 * that has been rehabilitated.
 *
 * @remarks
 * Unit `share`: Σ `rehabilitated` / Σ `disturbed`, both in hectares, over the places (sites,
 * deposit areas) whose latest record on or before `options.asOf` gives both. Rehabilitated land
 * is part of the disturbed land (the record schema refuses more), so the share lies in [0, 1].
 * Rows keyed by place with the same ratio.
 *
 * @param records - Land records.
 * @param options - The day.
 * @returns A share in [0, 1] with `ratio` (hectares); `null` with `ZERO_DENOMINATOR` when no
 * land is disturbed, `MISSING_DATA` when no place gives both areas.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema (more
 * rehabilitated than disturbed included); `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // 30 of 120 ha rehabilitated: 30 / 120.
 * rehabilitationRatio([{ siteId: 'mine-a', asOf: '2024-12-31', areaUnit: 'ha', disturbed: 120, rehabilitated: 30, sourceIds: [] }]).value;
 * //=> 0.25
 * ```
 *
 * @category Safety indicators
 */
export function rehabilitationRatio(
  records: Iterable<Readonly<LandRecord>>,
  options: Readonly<LandOptions> = {},
): IndicatorResult {
  const places = latestLandPlaces(records, options.asOf).filter(
    ({ record }) => record.disturbed !== undefined && record.rehabilitated !== undefined,
  );
  let rehabilitated = 0;
  let disturbed = 0;
  const breakdown: BreakdownRow[] = places.map(({ keys, record }) => {
    const r = hectares(record.rehabilitated ?? 0, record.areaUnit);
    const d = hectares(record.disturbed ?? 0, record.areaUnit);
    rehabilitated += r;
    disturbed += d;
    return { keys, ...shareFields(r, d) };
  });
  return resultFrom(entry, {
    ...(places.length === 0
      ? { value: null, reason: 'MISSING_DATA' }
      : shareFields(rehabilitated, disturbed)),
    breakdown,
    definitions: { asOf: options.asOf ?? null, unit: 'ha (1 km² = 100 ha)' },
    sourceIds: uniqueSourceIds(places.map(({ record }) => record.sourceIds)),
    notes: [],
  });
}

/**
 * The definition of {@link rehabilitationRatio}: on a dataset, its land records on the report's
 * day.
 *
 * @internal
 */
export const rehabilitationRatioIndicator = defineIndicator({
  entry,
  compute: rehabilitationRatio,
  fromDataset: (context) =>
    context.data.land.some((r) => r.disturbed !== undefined && r.rehabilitated !== undefined)
      ? [rehabilitationRatio(context.data.land, { asOf: context.asOf })]
      : {
          status: 'dataAbsent',
          detail: 'No land record gives both disturbed and rehabilitated land.',
        },
});
