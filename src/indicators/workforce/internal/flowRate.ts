import { assertPeriod } from '../../../core/assertPeriod.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import { ImpactError } from '../../../core/ImpactError.js';
import { ratio } from '../../../core/ratio.js';
import type { Employee } from '../../../model/employee.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../../contract/indicatorResult.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { isActiveOn } from '../isActiveOn.js';
import type { NewHireRateOptions } from '../newHireRate.js';
import type { WorkforceDimension } from '../workforceDimension.js';
import { originRegionResolver } from './originRegionResolver.js';
import { ratioFields } from './ratioFields.js';
import { workforceGroup } from './workforceGroup.js';

/** Events of the period and headcounts at its start and end, for everyone or one group. */
interface Tally {
  events: number;
  atEnd: number;
  atStart: number;
}

/** The tallies of a period: in total, and per group of each breakdown dimension. */
interface Flows {
  readonly total: Tally;
  readonly groups: readonly Map<string, Tally>[];
}

/** What a record contributes: an event, and whether it is counted at the start and the end. */
function add(tally: Tally, event: boolean, atStart: boolean, atEnd: boolean): void {
  if (event) tally.events += 1;
  if (atStart) tally.atStart += 1;
  if (atEnd) tally.atEnd += 1;
}

/** Reads the records once: events, headcounts at the start and the end, per group. */
function collectFlows(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<NewHireRateOptions>,
  end: CalendarDate,
  isEvent: (employee: Readonly<Employee>) => boolean,
): Flows {
  const dimensions = options.breakdown ?? [];
  const originRegionOf = dimensions.includes('originRegion')
    ? originRegionResolver(options.gazetteer)
    : undefined;
  const start = options.period.start;
  const total: Tally = { events: 0, atEnd: 0, atStart: 0 };
  const groups = dimensions.map(() => new Map<string, Tally>());
  for (const employee of employees) {
    if (employee.engagement === 'contractor' && options.includeContractors !== true) continue;
    const event = isEvent(employee);
    const atEnd = isActiveOn(employee, end);
    // At the start: hired before the first day and still there on it.
    const atStart =
      employee.hireDate < start &&
      (employee.terminationDate === undefined || employee.terminationDate >= start);
    add(total, event, atStart, atEnd);
    if (!event && !atEnd && !atStart) continue;
    dimensions.forEach((dimension, index) => {
      const key = workforceGroup(employee, dimension, end, originRegionOf);
      const map = groups[index] as Map<string, Tally>;
      const group = map.get(key) ?? { events: 0, atEnd: 0, atStart: 0 };
      add(group, event, atStart, atEnd);
      map.set(key, group);
    });
  }
  return { total, groups };
}

/** The breakdown rows: per dimension, in the order asked, keys sorted. */
function rowsOf(
  dimensions: readonly WorkforceDimension[],
  flows: Flows,
  headcount: (tally: Tally) => number,
  groupDenominator: 'total' | 'group',
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  dimensions.forEach((dimension, index) => {
    const map = flows.groups[index] as Map<string, Tally>;
    for (const key of [...map.keys()].sort()) {
      const group = map.get(key) as Tally;
      const share = ratio(
        group.events,
        headcount(groupDenominator === 'group' ? group : flows.total),
      );
      rows.push({ keys: { [dimension]: key }, ...ratioFields(share), count: group.events });
    }
  });
  return rows;
}

/**
 * Computes a rate of events (hires, leavers) over a headcount, with breakdowns.
 *
 * @param entry - The catalog entry of the indicator.
 * @param employees - The records.
 * @param options - Period, breakdowns and denominators.
 * @param isEvent - Whether a record is an event of the period.
 * @returns The indicator result, with rows keyed by their dimension (e.g. `{ gender: 'female' }`).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, or the
 * `'originRegion'` breakdown is asked for without a gazetteer; `INVALID_DATE` or
 * `INVALID_PERIOD` when the period is not valid.
 * @internal
 */
export function flowRate(
  entry: IndicatorCatalogEntry,
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<NewHireRateOptions>,
  isEvent: (employee: Readonly<Employee>) => boolean,
): IndicatorResult {
  const { period } = options;
  if (period.end === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'a rate needs a period with an end (the headcount is taken at the end)',
    );
  }
  assertPeriod(period, 'period');
  const end = period.end;
  const denominator = options.denominator ?? 'periodEnd';
  const groupDenominator = options.groupDenominator ?? 'total';
  const headcount = (tally: Tally): number =>
    denominator === 'periodEnd' ? tally.atEnd : (tally.atEnd + tally.atStart) / 2;
  const flows = collectFlows(employees, options, end, isEvent);
  const breakdown = rowsOf(options.breakdown ?? [], flows, headcount, groupDenominator);
  return resultFrom(entry, {
    ...ratioFields(ratio(flows.total.events, headcount(flows.total))),
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions: {
      period: { start: period.start, end },
      denominator,
      groupDenominator,
      population: options.includeContractors === true ? 'employeesAndContractors' : 'employees',
      headcountAtStart: flows.total.atStart,
      headcountAtEnd: flows.total.atEnd,
    },
    sourceIds: [],
    notes: [],
  });
}
