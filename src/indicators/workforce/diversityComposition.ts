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
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
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

/** The people counted so far: in total and per category. */
interface CompositionTally {
  headcount: number;
  readonly byCategory: Map<EmployeeCategory, CategoryCells>;
}

/**
 * Counts one record, when it is active on `asOf` and its engagement counts, with the people
 * alike in category, gender and age band: one map lookup a record.
 */
function countRecord(
  people: Map<string, Person>,
  e: Readonly<Employee>,
  asOf: CalendarDate,
  includeContractors: boolean,
): void {
  if (e.engagement === 'contractor' && !includeContractors) return;
  if (!isActiveOn(e, asOf)) return;
  const band = ageBand(e.birthYear, asOf);
  const key = `${e.category}|${e.gender}|${band}`;
  const alike = people.get(key);
  if (alike === undefined) people.set(key, { category: e.category, gender: e.gender, band, n: 1 });
  else alike.n += 1;
}

/** The people alike in category, gender and age band, and how many. */
interface Person {
  readonly category: EmployeeCategory;
  readonly gender: string;
  readonly band: string;
  n: number;
}

/** The tally of the groups: each counted `n` times into its category's cells. */
function tallyOf(people: ReadonlyMap<string, Person>): CompositionTally {
  const tally: CompositionTally = { headcount: 0, byCategory: new Map() };
  for (const { category, gender, band, n } of people.values()) {
    tally.headcount += n;
    const cells = tally.byCategory.get(category) ?? { total: 0, groups: new Map() };
    cells.total += n;
    // Group ids sort as the rows do: genders, then age bands, then gender × age band.
    for (const [id, keys] of [
      [`1|${gender}`, { category, gender }],
      [`2|${band}`, { category, ageBand: band }],
      [`3|${gender}|${band}`, { category, gender, ageBand: band }],
    ] as const) {
      const group = cells.groups.get(id) ?? { keys, count: 0 };
      group.count += n;
      cells.groups.set(id, group);
    }
    tally.byCategory.set(category, cells);
  }
  return tally;
}

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
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` (after the options) when `employees` is not iterable.
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
  const fold = diversityCompositionFold(options);
  return foldRecords(fold, employees);
}

/** The result of a tally: the shares per category, or `ZERO_DENOMINATOR` when nobody counts. */
function resultOf(
  tally: CompositionTally,
  asOf: CalendarDate,
  includeContractors: boolean,
): DetailedResult<DiversityCompositionDetail> {
  const { headcount, byCategory } = tally;
  const definitions = {
    asOf,
    population: includeContractors ? 'employeesAndContractors' : 'employees',
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
 * {@link diversityComposition} as a fold: one record at a time, in one pass.
 *
 * @remarks
 * The state is the head count and, per category, its people and one count per gender, age band
 * and gender × age band present, so its size depends on the groups, never on the number of
 * records. The rows are ordered and their shares taken in `finish`. `asOf` is checked when the
 * fold is created, before any record.
 *
 * @param options - The reference day and whether contractors count.
 * @returns A fold whose `finish` gives what {@link diversityComposition} gives on the records
 * added.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date.
 *
 * @example
 * ```ts
 * const fold = diversityCompositionFold({ asOf: '2024-12-31' });
 * for (const employee of employees) fold.add(employee);
 * fold.finish().detail.headcount;
 * //=> 3
 * ```
 *
 * @internal
 */
export function diversityCompositionFold(
  options: Readonly<DiversityCompositionOptions>,
): RecordFold<DetailedResult<DiversityCompositionDetail>> {
  const asOf = options.asOf;
  assertCalendarDate(asOf, 'asOf');
  const includeContractors = options.includeContractors === true;
  const people = new Map<string, Person>();
  return {
    add: (employee) => countRecord(people, employee, asOf, includeContractors),
    finish: () => resultOf(tallyOf(people), asOf, includeContractors),
  };
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
    mapFold(diversityCompositionFold({ asOf: scope.asOf }), (result) => [result]),
});
