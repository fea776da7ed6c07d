import type { LandRecord } from '../../model/landRecord.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { areaResult, type LandOptions } from './internal/areaResult.js';

const entry = {
  id: 'safety.landCleared',
  title: 'Land cleared of mines and unexploded ordnance',
  unit: 'quantity',
  formula:
    'Σ over sites and deposit areas of the land cleared of mines and unexploded ordnance to date in each one’s latest record on or before asOf, in hectares; rows by place',
  standards: ['GRI 14.12', 'GRI 14.10'],
  family: 'safety',
  functionName: 'landCleared',
  results: 'one',
  dimensions: ['site', 'deposit', 'company'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The land cleared of mines and unexploded ordnance (demining) before or for the operations, in
 * hectares, where the reporter states it.
 *
 * @remarks
 * Unit `quantity` in `ha` (1 km² = 100 ha). For each site, deposit area or company-wide figure
 * the latest record on or before `options.asOf` counts; value Σ `cleared` over the places that
 * report it. No GRI disclosure asks for it by name: it is context for land access (GRI 14.12)
 * and for the safety of local communities (GRI 14.10) in post-conflict areas.
 *
 * @param records - Land records.
 * @param options - The day.
 * @returns Hectares ≥ 0; `null` with `MISSING_DATA` when no place reports a cleared area.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema;
 * `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // 8.29 km² cleared of mines in the Tutxun area in 2022: 829 ha.
 * landCleared([{ depositId: 'dep-tutxun', asOf: '2022', areaUnit: 'km2', cleared: 8.29, sourceIds: [] }]).value;
 * //=> 829
 * ```
 *
 * @category Safety indicators
 */
export function landCleared(
  records: Iterable<Readonly<LandRecord>>,
  options: Readonly<LandOptions> = {},
): IndicatorResult {
  return areaResult(entry, records, options, 'cleared');
}

/**
 * The definition of {@link landCleared}: on a dataset, its land records on the report's day.
 *
 * @internal
 */
export const landClearedIndicator = defineIndicator({
  entry,
  compute: landCleared,
  fromDataset: (context) =>
    context.data.land.some((record) => record.cleared !== undefined)
      ? [landCleared(context.data.land, { asOf: context.asOf })]
      : { status: 'dataAbsent', detail: 'The dataset states no land cleared of mines.' },
});
