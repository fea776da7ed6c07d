import type { CalendarDate } from '../../../core/calendarDate.js';
import type { LandRecord } from '../../../model/landRecord.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../../contract/indicatorResult.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { uniqueSourceIds } from '../../internal/uniqueSourceIds.js';
import { hectares, latestLandPlaces } from './landPlaces.js';

/**
 * Options of the land indicators.
 *
 * @example
 * ```ts
 * const options: LandOptions = { asOf: '2024-12-31' };
 * ```
 *
 * @category Safety indicators
 */
export interface LandOptions {
  /** Each place's latest record on or before this day counts; the latest record when absent. */
  readonly asOf?: CalendarDate | undefined;
}

/**
 * An area of the land records in hectares: Σ over places of the field in each place's latest
 * record, rows by place.
 *
 * @internal
 */
export function areaResult(
  entry: Readonly<IndicatorCatalogEntry>,
  records: Iterable<Readonly<LandRecord>>,
  options: Readonly<LandOptions>,
  field: 'disturbed' | 'cleared',
): IndicatorResult {
  const places = latestLandPlaces(records, options.asOf);
  const reporting = places.filter(({ record }) => record[field] !== undefined);
  const breakdown: BreakdownRow[] = reporting.map(({ keys, record }) => ({
    keys,
    value: hectares(record[field] ?? 0, record.areaUnit),
  }));
  const silent = places.filter(({ record }) => record[field] === undefined);
  return resultFrom(entry, {
    ...(reporting.length === 0
      ? { value: null, reason: 'MISSING_DATA' }
      : { value: breakdown.reduce((sum, row) => sum + (row.value ?? 0), 0) }),
    quantityUnit: 'ha',
    breakdown,
    definitions: { asOf: options.asOf ?? null, unit: 'ha (1 km² = 100 ha)' },
    sourceIds: uniqueSourceIds(reporting.map(({ record }) => record.sourceIds)),
    notes:
      silent.length === 0
        ? []
        : [
            `No ${field} area in the latest record of: ${silent.map(({ keys }) => Object.values(keys).join('')).join(', ')}.`,
          ],
  });
}
