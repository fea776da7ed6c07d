import type { LandRecord } from '../../model/landRecord.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { areaResult, type LandOptions } from './internal/areaResult.js';

const entry = {
  id: 'safety.landDisturbed',
  title: 'Land disturbed to date',
  unit: 'quantity',
  formula:
    'Σ over sites and deposit areas of the land disturbed to date in each one’s latest record on or before asOf, in hectares; rows by place',
  standards: ['GRI 14.8', 'G4 MM1'],
  family: 'safety',
  functionName: 'landDisturbed',
  results: 'one',
  dimensions: ['site', 'deposit', 'company'],
} as const satisfies IndicatorCatalogEntry;

/**
 * GRI 14.8 (closure and rehabilitation) and GRI G4 MM1: the land disturbed by the operations to
 * date, in hectares.
 *
 * @remarks
 * Unit `quantity` in `ha` (areas in km² are converted: 1 km² = 100 ha). For each site, deposit
 * area or company-wide figure, the latest record on or before `options.asOf` counts, since areas
 * are cumulative; value Σ `disturbed` over the places that report it (the others are named in a
 * note). Rows keyed `{ site }`, `{ deposit }` or `{ company: 'all' }`. SASB EM-MM-160a is not
 * cited: its metrics are environmental management policies, acid rock drainage and reserves near
 * protected areas, not an area of land.
 *
 * @param records - Land records.
 * @param options - The day.
 * @returns Hectares ≥ 0; `null` with `MISSING_DATA` when no place reports a disturbed area.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema;
 * `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // 1.2 km² disturbed at one mine, 35 ha at another: 120 + 35 ha.
 * landDisturbed([
 *   { siteId: 'mine-a', asOf: '2024-12-31', areaUnit: 'km2', disturbed: 1.2, sourceIds: [] },
 *   { siteId: 'mine-b', asOf: '2024-12-31', areaUnit: 'ha', disturbed: 35, sourceIds: [] },
 * ]).value;
 * //=> 155
 * ```
 *
 * @category Safety indicators
 */
export function landDisturbed(
  records: Iterable<Readonly<LandRecord>>,
  options: Readonly<LandOptions> = {},
): IndicatorResult {
  return areaResult(entry, records, options, 'disturbed');
}

/**
 * The definition of {@link landDisturbed}: on a dataset, its land records on the report's day.
 *
 * @internal
 */
export const landDisturbedIndicator = defineIndicator({
  entry,
  compute: landDisturbed,
  fromDataset: (context) =>
    context.data.land.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no land records.' }
      : [landDisturbed(context.data.land, { asOf: context.asOf })],
});
