import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { ratio } from '../../core/ratio.js';
import {
  type Employee,
  type EmployeeCategory,
  EmployeeCategorySchema,
} from '../../model/employee.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { listFold } from '../contract/recordFold.js';
import { resultFrom } from '../internal/resultFrom.js';
import { ageBand } from './ageBand.js';
import { withoutRecords } from './internal/onSummary.js';
import { ratioFields } from './internal/ratioFields.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.diversityComposition',
  title: 'Employees per category by gender and age band',
  unit: 'share',
  formula:
    'For each employee category: employees in a gender or age band / employees in the category, active on asOf',
  standards: ['GRI 405-1'],
  family: 'workforce',
  functionName: 'diversityComposition',
  results: 'one',
  dimensions: ['category', 'gender', 'ageBand'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link diversityComposition}.
 *
 * @category Workforce indicators
 */
export interface DiversityCompositionOptions {
  /** The day of the count: people active on it; age bands are taken in its year. */
  readonly asOf: CalendarDate;
  /** Count contractors' workers too; by default only the company's employees count. */
  readonly includeContractors?: boolean | undefined;
}

/**
 * What {@link diversityComposition} counted (its `detail`).
 *
 * @category Workforce indicators
 */
export interface DiversityCompositionDetail {
  /** The people counted: active on `asOf`, in every category. */
  readonly headcount: number;
}

/** The people of one category: in total, and per group (a gender, an age band or both). */
interface CategoryCells {
  total: number;
  readonly groups: Map<string, { readonly keys: RowKeys; count: number }>;
}

/** Counts the people active on `asOf` per category and per group of each category. */
function countCells(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<DiversityCompositionOptions>,
): { headcount: number; byCategory: Map<EmployeeCategory, CategoryCells> } {
  const byCategory = new Map<EmployeeCategory, CategoryCells>();
  let headcount = 0;
  for (const e of employees) {
    if (e.engagement === 'contractor' && options.includeContractors !== true) continue;
    if (!isActiveOn(e, options.asOf)) continue;
    headcount += 1;
    const cells = byCategory.get(e.category) ?? { total: 0, groups: new Map() };
    const band = ageBand(e.birthYear, options.asOf);
    cells.total += 1;
    // Group ids sort as the rows do: genders, then age bands, then gender × age band.
    for (const [id, keys] of [
      [`1|${e.gender}`, { category: e.category, gender: e.gender }],
      [`2|${band}`, { category: e.category, ageBand: band }],
      [`3|${e.gender}|${band}`, { category: e.category, gender: e.gender, ageBand: band }],
    ] as const) {
      const group = cells.groups.get(id) ?? { keys, count: 0 };
      group.count += 1;
      cells.groups.set(id, group);
    }
    byCategory.set(e.category, cells);
  }
  return { headcount, byCategory };
}

/** The rows: per category in the model's order, each group's share of its category. */
function rowsOf(byCategory: ReadonlyMap<EmployeeCategory, CategoryCells>): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const category of EmployeeCategorySchema.options) {
    const cells = byCategory.get(category);
    if (cells === undefined) continue;
    for (const id of [...cells.groups.keys()].sort()) {
      const { keys, count } = cells.groups.get(id) as { keys: RowKeys; count: number };
      rows.push({ keys, ...ratioFields(ratio(count, cells.total)), count });
    }
  }
  return rows;
}

/**
 * GRI 405-1 b: the composition of each employee category by gender and age band.
 *
 * @remarks
 * People active on `asOf` (employees only unless `includeContractors`), by the category of their
 * record. For each category with people: one row per gender present (keys
 * `{ category, gender }`), one per age band present (`{ category, ageBand }`, the band of
 * {@link ageBand} in the year of `asOf`) and one per gender × age band cell
 * (`{ category, gender, ageBand }`), each with its `count` and its share of the category
 * (`count / people in the category`, unit `share`). Shares within a category and dimension sum
 * to 1. Undisclosed genders and unknown ages have their own rows. A category without people
 * has no rows. The table has no headline figure: `value` is `null` with `BREAKDOWN_ONLY`, and
 * `detail.headcount` gives the people counted.
 *
 * @param employees - The employment records (read once).
 * @param options - The reference day and whether contractors count.
 * @returns A `share` result: `value` `null` with `BREAKDOWN_ONLY` and the shares in the rows
 * (each in [0, 1]); `null` with `ZERO_DENOMINATOR` and no rows when nobody is active on `asOf`.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * // Workers on 2024-12-31: 2 women and 1 man.
 * const result = diversityComposition(employees, { asOf: '2024-12-31' });
 * result.breakdown?.find((row) => row.keys.category === 'worker' && row.keys.gender === 'female' && row.keys.ageBand === undefined)?.ratio;
 * //=> { numerator: 2, denominator: 3, value: 0.6666666666666666 }
 * ```
 *
 * @category Workforce indicators
 */
export function diversityComposition(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<DiversityCompositionOptions>,
): DetailedResult<DiversityCompositionDetail> {
  assertCalendarDate(options.asOf, 'asOf');
  const { headcount, byCategory } = countCells(employees, options);
  const definitions = {
    asOf: options.asOf,
    population: options.includeContractors === true ? 'employeesAndContractors' : 'employees',
    ageBands: 'year(asOf) − birthYear: <30, 30-50, >50',
  };
  const detail: DiversityCompositionDetail = { headcount };
  if (headcount === 0) {
    return resultFrom(entry, {
      value: null,
      reason: 'ZERO_DENOMINATOR',
      definitions,
      sourceIds: [],
      notes: ['Nobody is active on asOf, so there are no shares.'],
      detail,
    }) as DetailedResult<DiversityCompositionDetail>;
  }
  return resultFrom(entry, {
    value: null,
    reason: 'BREAKDOWN_ONLY',
    breakdown: rowsOf(byCategory),
    definitions,
    sourceIds: [],
    notes: [],
    detail,
  }) as DetailedResult<DiversityCompositionDetail>;
}

/**
 * The definition of {@link diversityComposition}: on a dataset, the employee records on the
 * report's `asOf`.
 *
 * @internal
 */
export const diversityCompositionIndicator = defineIndicator({
  entry,
  compute: diversityComposition,
  fromDataset: withoutRecords,
  fromRecords: (scope) =>
    listFold((records) => [diversityComposition(records, { asOf: scope.asOf })]),
});
