import { ImpactError } from '../../core/ImpactError.js';
import { ratio } from '../../core/ratio.js';
import type { Employee } from '../../model/employee.js';
import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import type { FlowRateOptions } from './flowRateOptions.js';
import { isActiveOn } from './isActiveOn.js';
import { originRegionResolver } from './originRegionResolver.js';
import { workforceGroup } from './workforceGroup.js';

/**
 * Computes a rate of events (hires, leavers) over a headcount, with breakdowns.
 *
 * @param entry - The catalog entry of the indicator.
 * @param employees - The records.
 * @param options - Period, breakdowns and denominators.
 * @param isEvent - Whether a record is an event of the period.
 * @param notes - Notes to attach.
 * @returns The indicator result.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, or the
 * `'originRegion'` breakdown is asked for without a gazetteer.
 * @internal
 */
export function flowRate(
  entry: IndicatorCatalogEntry,
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<FlowRateOptions>,
  isEvent: (employee: Readonly<Employee>) => boolean,
  notes: readonly string[] = [],
): IndicatorResult {
  const { period } = options;
  if (period.end === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'a rate needs a period with an end (the headcount is taken at the end)',
    );
  }
  const end = period.end;
  const denominatorKind = options.denominator ?? 'periodEnd';
  const groupDenominator = options.groupDenominator ?? 'total';
  const dimensions = options.breakdown ?? [];
  const originRegionOf = dimensions.includes('originRegion')
    ? originRegionResolver(options.gazetteer)
    : undefined;
  let events = 0;
  let atEnd = 0;
  let atStart = 0;
  const groups = dimensions.map(
    () => new Map<string, { events: number; atEnd: number; atStart: number }>(),
  );
  for (const employee of employees) {
    if (employee.engagement === 'contractor' && options.includeContractors !== true) continue;
    const event = isEvent(employee);
    const activeEnd = isActiveOn(employee, end);
    // At the start: hired before the first day and still there on it.
    const activeStart =
      employee.hireDate < period.start &&
      (employee.terminationDate === undefined || employee.terminationDate >= period.start);
    if (event) events += 1;
    if (activeEnd) atEnd += 1;
    if (activeStart) atStart += 1;
    if (!event && !activeEnd && !activeStart) continue;
    dimensions.forEach((dimension, index) => {
      const key = workforceGroup(employee, dimension, end, originRegionOf);
      const map = groups[index] as Map<string, { events: number; atEnd: number; atStart: number }>;
      const group = map.get(key) ?? { events: 0, atEnd: 0, atStart: 0 };
      if (event) group.events += 1;
      if (activeEnd) group.atEnd += 1;
      if (activeStart) group.atStart += 1;
      map.set(key, group);
    });
  }
  const headcount = (e: number, s: number): number =>
    denominatorKind === 'periodEnd' ? e : (e + s) / 2;
  const total = ratio(events, headcount(atEnd, atStart));
  const breakdown: BreakdownRow[] = [];
  dimensions.forEach((dimension, index) => {
    const map = groups[index] as Map<string, { events: number; atEnd: number; atStart: number }>;
    for (const key of [...map.keys()].sort()) {
      const group = map.get(key) as { events: number; atEnd: number; atStart: number };
      const r = ratio(
        group.events,
        groupDenominator === 'group'
          ? headcount(group.atEnd, group.atStart)
          : headcount(atEnd, atStart),
      );
      breakdown.push({
        dimension,
        key,
        value: r.value,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
        count: group.events,
        ratio: r,
      });
    }
  });
  return resultFrom(entry, {
    value: total.value,
    ...(total.reason === undefined ? {} : { reason: total.reason }),
    ratio: total,
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions: {
      period: { start: period.start, end },
      denominator: denominatorKind,
      groupDenominator,
      population: options.includeContractors === true ? 'employeesAndContractors' : 'employees',
      headcountAtStart: atStart,
      headcountAtEnd: atEnd,
    },
    sourceIds: [],
    notes: [...notes],
  });
}
