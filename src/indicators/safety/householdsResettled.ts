import { appendAll } from '../../core/appendAll.js';
import type { Count } from '../../core/count.js';
import type { LandRecord } from '../../model/landRecord.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import type { LandOptions } from './internal/areaResult.js';
import { countValue } from './internal/countValue.js';
import { latestLandPlaces } from './internal/landPlaces.js';

const entry = {
  id: 'safety.householdsResettled',
  title: 'Households physically displaced (resettled)',
  unit: 'count',
  formula:
    'Σ over places of the households physically displaced to date in each one’s latest record on or before asOf; rows: physically displaced, economically displaced, compensated',
  standards: ['GRI 14.12', 'IFC PS 5'],
  family: 'safety',
  functionName: 'householdsResettled',
  results: 'one',
  dimensions: ['households'],
} as const satisfies IndicatorCatalogEntry;

const FIELDS = [
  ['physicallyDisplaced', 'householdsPhysicallyDisplaced'],
  ['economicallyDisplaced', 'householdsEconomicallyDisplaced'],
  ['compensated', 'householdsCompensated'],
] as const;

/**
 * GRI 14.12 (land and resource rights) and IFC Performance Standard 5: the households physically
 * displaced (resettled) for the operations, with the economically displaced and the compensated.
 *
 * @remarks
 * Unit `count`. For each place the latest record on or before `options.asOf` counts (figures are
 * cumulative); a latest record that does not state a figure adds nothing to it. Value: Σ households physically displaced (relocation
 * or loss of shelter). Rows keyed `{ households }`: `physicallyDisplaced`,
 * `economicallyDisplaced` (loss of assets or of access to them leading to loss of income or
 * livelihood) and `compensated`, each summed the same way. Counts given as bounds give `null`
 * with `BOUNDED` and `bounds`.
 *
 * @param records - Land records.
 * @param options - The day.
 * @returns A count ≥ 0; `null` with `MISSING_DATA` when no record states it, with `BOUNDED`
 * when a count is a bound.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a record does not match its schema;
 * `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // 4 households physically displaced, 11 economically: the value counts the 4.
 * householdsResettled([{ siteId: 'mine-a', asOf: '2024', areaUnit: 'ha', householdsPhysicallyDisplaced: 4, householdsEconomicallyDisplaced: 11, sourceIds: [] }]).value;
 * //=> 4
 * ```
 *
 * @category Safety indicators
 */
export function householdsResettled(
  records: Iterable<Readonly<LandRecord>>,
  options: Readonly<LandOptions> = {},
): IndicatorResult {
  const places = latestLandPlaces(records, options.asOf);
  const notes: string[] = [];
  const breakdown: BreakdownRow[] = FIELDS.map(([households, field]) => {
    const counts: Count[] = places.flatMap(({ record }) => record[field] ?? []);
    const sum = countValue(counts);
    appendAll(notes, sum.notes);
    return { keys: { households }, ...sum.fields };
  });
  const [physical] = breakdown;
  const stating = places.filter(({ record }) => record.householdsPhysicallyDisplaced !== undefined);
  return resultFrom(entry, {
    ...(physical === undefined || physical.value === null
      ? { value: null, reason: physical?.reason ?? 'MISSING_DATA', bounds: physical?.bounds }
      : { value: physical.value }),
    breakdown,
    definitions: { asOf: options.asOf ?? null },
    sourceIds: uniqueSourceIds(stating.map(({ record }) => record.sourceIds)),
    notes,
  });
}

/**
 * The definition of {@link householdsResettled}: on a dataset, its land records on the report's
 * day.
 *
 * @internal
 */
export const householdsResettledIndicator = defineIndicator({
  entry,
  compute: householdsResettled,
  fromDataset: (context) =>
    context.data.land.some((r) => r.householdsPhysicallyDisplaced !== undefined)
      ? [householdsResettled(context.data.land, { asOf: context.asOf })]
      : { status: 'dataAbsent', detail: 'No land record states displaced households.' },
});
