import type { CalendarDate } from '../../../core/calendarDate.js';
import type { Employee } from '../../../model/employee.js';
import { ageBand } from '../ageBand.js';
import type { WorkforceDimension } from '../workforceDimension.js';

/** The region lookups a breakdown needs; each is required with its dimension. */
export interface RegionLookups {
  /** The economic region id of a home (`'unknown'` when none), for `'originRegion'`. */
  readonly originRegionOf?: ((homeLocationId: string) => string) | undefined;
  /** The economic region id of a work site (`'notStated'` when none), for `'workRegion'`. */
  readonly workRegionOf?: ((siteId: string | undefined) => string) | undefined;
}

/**
 * The group key of an employee in a breakdown dimension.
 *
 * @param employee - The record.
 * @param dimension - The breakdown dimension.
 * @param asOf - The day the age band is taken on (the event's day, or a headcount's day).
 * @param lookups - The region lookups; the one of a region dimension is required with it.
 * @returns The key (`'unknown'`, or `'notStated'` for the work region and the termination
 * reason, when the record lacks the data).
 * @internal
 */
export function workforceGroup(
  employee: Readonly<Employee>,
  dimension: WorkforceDimension,
  asOf: CalendarDate,
  lookups: Readonly<RegionLookups> = {},
): string {
  switch (dimension) {
    case 'ageBand':
      return ageBand(employee.birthYear, asOf);
    case 'gender':
      return employee.gender;
    case 'category':
      return employee.category;
    case 'site':
      return employee.siteId ?? 'unknown';
    case 'contract':
      return employee.contract;
    case 'originRegion':
      // flowRate always passes the lookup with this dimension.
      return (lookups.originRegionOf as (homeLocationId: string) => string)(
        employee.homeLocationId,
      );
    case 'workRegion':
      // flowRate always passes the lookup with this dimension.
      return (lookups.workRegionOf as (siteId: string | undefined) => string)(employee.siteId);
    case 'terminationReason':
      return employee.terminationReason ?? 'notStated';
  }
}
