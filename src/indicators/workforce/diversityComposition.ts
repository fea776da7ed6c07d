import type { CalendarDate } from '../../core/calendarDate.js';
import { checkCalendarDate } from '../../core/checkCalendarDate.js';
import { ratio } from '../../core/ratio.js';
import {
  type Employee,
  type EmployeeCategory,
  EmployeeCategorySchema,
} from '../../model/employee.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { ageBand } from './ageBand.js';
import { isActiveOn } from './isActiveOn.js';
import { diversityCompositionEntry } from './workforceCatalog.js';

/**
 * GRI 405-1 b: the composition of each employee category by gender and age band.
 *
 * @remarks
 * People active on `asOf` (employees only unless `includeContractors`). For each category with
 * people: one row per gender present and per age band present (dimension `'category×gender'`,
 * key `'worker|female'`; dimension `'category×ageBand'`, key `'worker|<30'`) with the share of the
 * category, and one row per category × gender × age band cell (dimension
 * `'category×gender×ageBand'`). Shares within a category and dimension sum to 1. Undisclosed
 * genders and unknown ages have their own rows. A category without people has no rows.
 *
 * @param employees - The employment records.
 * @param options - The reference day and whether contractors count.
 * @returns A `table` indicator result (value = people counted) with the breakdown rows.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * diversityComposition(employees, { asOf: '2024-12-31' }).breakdown?.find((r) => r.key === 'seniorManagement|female')?.value;
 * //=> 0.25
 * ```
 *
 * @category Indicators
 */
export function diversityComposition(
  employees: Iterable<Readonly<Employee>>,
  options: { readonly asOf: CalendarDate; readonly includeContractors?: boolean | undefined },
): IndicatorResult {
  checkCalendarDate(options.asOf, 'asOf');
  const byCategory = new Map<EmployeeCategory, Map<string, number>>();
  let people = 0;
  for (const e of employees) {
    if (e.engagement === 'contractor' && options.includeContractors !== true) continue;
    if (!isActiveOn(e, options.asOf)) continue;
    people += 1;
    const cells = byCategory.get(e.category) ?? new Map<string, number>();
    const band = ageBand(e.birthYear, options.asOf);
    for (const key of [`g|${e.gender}`, `a|${band}`, `x|${e.gender}|${band}`, 'total']) {
      cells.set(key, (cells.get(key) ?? 0) + 1);
    }
    byCategory.set(e.category, cells);
  }
  const breakdown: BreakdownRow[] = [];
  for (const category of EmployeeCategorySchema.options) {
    const cells = byCategory.get(category);
    if (cells === undefined) continue;
    const total = cells.get('total') ?? 0;
    const rows = (prefix: string, dimension: string): void => {
      for (const key of [...cells.keys()].filter((k) => k.startsWith(prefix)).sort()) {
        const count = cells.get(key) ?? 0;
        const share = ratio(count, total);
        breakdown.push({
          dimension,
          key: `${category}|${key.slice(prefix.length)}`,
          value: share.value,
          count,
          ratio: share,
        });
      }
    };
    rows('g|', 'category×gender');
    rows('a|', 'category×ageBand');
    rows('x|', 'category×gender×ageBand');
  }
  return resultFrom(diversityCompositionEntry, {
    value: people,
    breakdown,
    definitions: {
      asOf: options.asOf,
      population: options.includeContractors === true ? 'employeesAndContractors' : 'employees',
      ageBands: 'year(asOf) − birthYear: <30, 30-50, >50',
    },
    sourceIds: [],
    notes: [],
  });
}
