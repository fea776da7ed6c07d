import type { CalendarDate } from '../../../core/calendarDate.js';
import type { Employee } from '../../../model/employee.js';
import { ageBand } from '../ageBand.js';
import type { WorkforceDimension } from '../workforceDimension.js';

/**
 * The group key of an employee in a breakdown dimension.
 *
 * @param employee - The record.
 * @param dimension - The breakdown dimension.
 * @param asOf - The reference day (for age bands).
 * @param originRegionOf - The economic region id of a home (`'unknown'` when none); required for
 * `'originRegion'`.
 * @returns The key (`'unknown'` when the record lacks the data).
 * @internal
 */
export function workforceGroup(
  employee: Readonly<Employee>,
  dimension: WorkforceDimension,
  asOf: CalendarDate,
  originRegionOf?: (homeLocationId: string) => string,
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
      // flowRate always passes the resolver with this dimension.
      return (originRegionOf as (homeLocationId: string) => string)(employee.homeLocationId);
  }
}
