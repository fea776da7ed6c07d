import { assertCalendarDate } from '../../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import { partialDateRange } from '../../../core/partialDate.js';
import type { AreaUnit, LandRecord } from '../../../model/landRecord.js';
import { LandRecordSchema } from '../../../model/landRecord.js';
import type { RowKeys } from '../../contract/breakdownRow.js';
import { exactDecimal } from '../../internal/exactDecimal.js';
import { parseEach } from '../../internal/parseEach.js';

/**
 * The latest land record of one place (a site, a deposit area or the company as a whole).
 *
 * @internal
 */
export interface LandPlace {
  /** The row keys of the place: `{ site }`, `{ deposit }` or `{ company: 'all' }`. */
  readonly keys: RowKeys;
  /** Its latest record on or before the chosen day. */
  readonly record: Readonly<LandRecord>;
}

/** The keys of a record's place. */
function keysOf(record: Readonly<LandRecord>): RowKeys {
  if (record.siteId !== undefined) return { site: record.siteId };
  if (record.depositId !== undefined) return { deposit: record.depositId };
  return { company: 'all' };
}

/**
 * Each place's latest land record whose date ends on or before `asOf` (every record when
 * `asOf` is absent), in the order of the place keys.
 *
 * @internal
 */
export function latestLandPlaces(
  records: Iterable<Readonly<LandRecord>>,
  asOf: CalendarDate | undefined,
): LandPlace[] {
  if (asOf !== undefined) assertCalendarDate(asOf, 'asOf');
  const latest = new Map<string, { keys: RowKeys; record: Readonly<LandRecord>; end: string }>();
  for (const record of parseEach(LandRecordSchema, records, 'records')) {
    const end = partialDateRange(record.asOf).end;
    if (asOf !== undefined && end > asOf) continue;
    const keys = keysOf(record);
    const id = JSON.stringify(keys);
    const current = latest.get(id);
    if (current === undefined || current.end <= end) latest.set(id, { keys, record, end });
  }
  return [...latest.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, { keys, record }]) => ({ keys, record }));
}

/**
 * An area in hectares: 1 km² = 100 ha, shifted in decimal so that 8.29 km² is 829 ha exactly.
 *
 * @internal
 */
export function hectares(value: number, unit: AreaUnit): number {
  if (unit === 'ha') return value;
  const { digits, scale } = exactDecimal(value);
  return Number(`${digits}e${2 - scale}`);
}
