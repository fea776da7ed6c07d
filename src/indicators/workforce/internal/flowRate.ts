import { assertPeriod } from '../../../core/assertPeriod.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import { ImpactError } from '../../../core/ImpactError.js';
import { ratio } from '../../../core/ratio.js';
import type { Employee } from '../../../model/employee.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../../contract/indicatorResult.js';
import type { RecordFold } from '../../contract/recordFold.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { isActiveOn } from '../isActiveOn.js';
import type { NewHireRateOptions } from '../newHireRate.js';
import type { WorkforceDimension } from '../workforceDimension.js';
import { originRegionResolver } from './originRegionResolver.js';
import { ratioFields } from './ratioFields.js';
import { type RegionLookups, workforceGroup } from './workforceGroup.js';
import { workRegionResolver } from './workRegionResolver.js';

/** The options a flow rate reads: those of newHireRate but the re-hire choice. */
export type FlowRateOptions = Omit<NewHireRateOptions, 'rehires'>;

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

/** The tally of a group, created empty on first use. */
function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (tally === undefined) {
    tally = { events: 0, atEnd: 0, atStart: 0 };
    map.set(key, tally);
  }
  return tally;
}

/** The region lookups the asked dimensions need (each throws when its inputs are missing). */
function lookupsOf(options: Readonly<FlowRateOptions>): RegionLookups {
  const dimensions = options.breakdown;
  return {
    originRegionOf: dimensions?.includes('originRegion')
      ? originRegionResolver(options.gazetteer)
      : undefined,
    workRegionOf: dimensions?.includes('workRegion')
      ? workRegionResolver(options.sites, options.gazetteer)
      : undefined,
  };
}

/** The tallies of a period, empty: a map per dimension, the preset termination reasons in it. */
function emptyFlows(
  dimensions: readonly WorkforceDimension[],
  presetReasons: readonly string[],
): Flows {
  const groups = dimensions.map((dimension) => {
    const map = new Map<string, Tally>();
    if (dimension === 'terminationReason') for (const key of presetReasons) tallyOf(map, key);
    return map;
  });
  return { total: { events: 0, atEnd: 0, atStart: 0 }, groups };
}

/** What counting a record needs: the period's days, the breakdowns and their lookups. */
interface FlowScope {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly dimensions: readonly WorkforceDimension[];
  readonly lookups: RegionLookups;
  readonly includeContractors: boolean;
  readonly eventDate: (employee: Readonly<Employee>) => CalendarDate | undefined;
}

/**
 * Counts one record: its event, and whether it is employed at the start and the end, per group.
 * An event is grouped as of its own day (the age band at the hire or the termination), a
 * headcount as of the period's start or end; a termination reason groups events only.
 */
function countFlow(flows: Flows, scope: FlowScope, employee: Readonly<Employee>): void {
  if (employee.engagement === 'contractor' && !scope.includeContractors) return;
  const { start, end, dimensions, lookups } = scope;
  const date = scope.eventDate(employee);
  const atEnd = isActiveOn(employee, end);
  // At the start: hired before the first day and still there on it.
  const atStart =
    employee.hireDate < start &&
    (employee.terminationDate === undefined || employee.terminationDate >= start);
  const total = flows.total;
  if (date !== undefined) total.events += 1;
  if (atStart) total.atStart += 1;
  if (atEnd) total.atEnd += 1;
  dimensions.forEach((dimension, index) => {
    const map = flows.groups[index] as Map<string, Tally>;
    const keyOn = (day: CalendarDate): string => workforceGroup(employee, dimension, day, lookups);
    if (date !== undefined) tallyOf(map, keyOn(date)).events += 1;
    if (dimension === 'terminationReason') return;
    if (atStart) tallyOf(map, keyOn(start)).atStart += 1;
    if (atEnd) tallyOf(map, keyOn(end)).atEnd += 1;
  });
}

/**
 * The breakdown rows: per dimension, in the order asked, keys sorted. Rows by termination
 * reason always divide by the total headcount (a reason has no headcount of its own).
 */
function rowsOf(
  dimensions: readonly WorkforceDimension[],
  flows: Flows,
  headcount: (tally: Tally) => number,
  groupDenominator: 'total' | 'group',
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  dimensions.forEach((dimension, index) => {
    const map = flows.groups[index] as Map<string, Tally>;
    const own = groupDenominator === 'group' && dimension !== 'terminationReason';
    for (const key of [...map.keys()].sort()) {
      const group = map.get(key) as Tally;
      const share = ratio(group.events, headcount(own ? group : flows.total));
      rows.push({ keys: { [dimension]: key }, ...ratioFields(share), count: group.events });
    }
  });
  return rows;
}

/** Which location the region rows stand for, when a region breakdown is asked for. */
function regionDefinition(
  dimensions: readonly WorkforceDimension[],
): Record<string, DefinitionValue> {
  const work = dimensions.includes('workRegion');
  const home = dimensions.includes('originRegion');
  if (work && home) return { region: 'workAndHomeLocation' };
  if (work) return { region: 'workLocation' };
  return home ? { region: 'homeLocation' } : {};
}

/** The result of a flow rate from its tallies. */
function flowResult(
  entry: IndicatorCatalogEntry,
  options: Readonly<FlowRateOptions>,
  end: CalendarDate,
  flows: Flows,
): IndicatorResult {
  const { period } = options;
  const denominator = options.denominator ?? 'periodEnd';
  const groupDenominator = options.groupDenominator ?? 'total';
  const headcount = (tally: Tally): number =>
    denominator === 'periodEnd' ? tally.atEnd : (tally.atEnd + tally.atStart) / 2;
  const dimensions = options.breakdown ?? [];
  const breakdown = rowsOf(dimensions, flows, headcount, groupDenominator);
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
      ...regionDefinition(dimensions),
    },
    sourceIds: [],
    notes: [],
  });
}

/**
 * A rate of events (hires, leavers) over a headcount, with breakdowns, as a fold: one pass over
 * the records, in tallies per group.
 *
 * @remarks
 * `events / headcount`, over the headcount at the period end or the average of the headcounts
 * at its start and end; rows per group of each breakdown dimension, over the total headcount or
 * the group's own. The state is a tally (events, headcounts at the start and the end) per group
 * of each dimension asked, whatever the number of records.
 *
 * @param entry - The catalog entry of the indicator.
 * @param options - Period, breakdowns and denominators.
 * @param eventDate - The day of a record's event in the period (its hire or its counted
 * termination), or `undefined` when the record has none; called once per record of the
 * population, as it is added.
 * @param presetReasons - The termination reasons that get a row even without events (none
 * for hires, which have no reason).
 * @returns A fold whose result has rows keyed by their dimension (e.g. `{ gender: 'female' }`).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, or a region
 * breakdown is asked for without its inputs; `INVALID_DATE` or `INVALID_PERIOD` when the period
 * is not valid. All of them when the fold is made, before any record.
 *
 * @example
 * ```ts
 * // One hire in 2024, one person employed on 2024-12-31.
 * const fold = flowRateFold(entry, { period: { start: '2024-01-01', end: '2024-12-31' } }, (e) => e.hireDate, []);
 * fold.add(employee);
 * fold.finish().value;
 * //=> 1
 * ```
 * @internal
 */
export function flowRateFold(
  entry: IndicatorCatalogEntry,
  options: Readonly<FlowRateOptions>,
  eventDate: (employee: Readonly<Employee>) => CalendarDate | undefined,
  presetReasons: readonly string[],
): RecordFold<IndicatorResult> {
  const { period } = options;
  if (period.end === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'a rate needs a period with an end (the headcount is taken at the end)',
    );
  }
  assertPeriod(period, 'period');
  const end = period.end;
  const dimensions = options.breakdown ?? [];
  const scope: FlowScope = {
    start: period.start,
    end,
    dimensions,
    lookups: lookupsOf(options),
    includeContractors: options.includeContractors === true,
    eventDate,
  };
  const flows = emptyFlows(dimensions, presetReasons);
  return {
    add: (employee) => countFlow(flows, scope, employee),
    finish: () => flowResult(entry, options, end, flows),
  };
}
