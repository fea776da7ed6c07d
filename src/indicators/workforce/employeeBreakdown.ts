import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import { pure } from '../../core/pure.js';
import { type Employee, GenderSchema } from '../../model/employee.js';
import type { Site } from '../../model/site.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { resultFrom } from '../internal/resultFrom.js';
import { withoutRecords } from './internal/onSummary.js';
import { siteRegionResolver } from './internal/workRegionResolver.js';
import { isActiveOn } from './isActiveOn.js';

const entry = {
  id: 'workforce.employeeBreakdown',
  title: 'Employees by gender, region and employment terms',
  unit: 'count',
  formula:
    'Head count of employees active on asOf; rows by gender, by region of the work site, and each employment term (contract, hours, working time) by gender and by region',
  standards: ['GRI 2-7'],
  family: 'workforce',
  functionName: 'employeeBreakdown',
  results: 'one',
  dimensions: ['gender', 'region', 'contract', 'hours', 'workingTime'],
} as const satisfies IndicatorCatalogEntry;

/** The key of a term, region or gender a record does not state. */
const NOT_STATED = 'notStated';

/**
 * The employment terms of GRI 2-7 b, by row key: the values each key takes when stated, in
 * order.
 */
const TERMS = pure(
  () =>
    [
      ['contract', ['permanent', 'temporary']],
      ['hours', ['nonGuaranteed', 'guaranteed']],
      ['workingTime', ['fullTime', 'partTime']],
    ] as const,
);

/** A term key of the rows. */
type TermKey = (typeof TERMS)[number][0];

/**
 * Options of {@link employeeBreakdown}.
 *
 * @category Workforce indicators
 */
export interface EmployeeBreakdownOptions {
  /** The day of the head count: employees active on it. */
  readonly asOf: CalendarDate;
  /** The sites, whose `locationId` places a work site in a region. */
  readonly sites?: Iterable<Readonly<Pick<Site, 'id' | 'locationId'>>> | undefined;
  /** The gazetteer that places a site's location in an economic region. */
  readonly gazetteer?: Gazetteer | undefined;
}

/** The value of each term on one record, `'notStated'` when the record does not state it. */
function termsOf(e: Readonly<Employee>): Record<TermKey, string> {
  return {
    contract: e.contract,
    hours:
      e.nonGuaranteedHours === undefined
        ? NOT_STATED
        : e.nonGuaranteedHours
          ? 'nonGuaranteed'
          : 'guaranteed',
    workingTime: e.workingTime ?? NOT_STATED,
  };
}

/** The head count and the count of every row, keyed by its canonical key string. */
interface Tally {
  total: number;
  readonly cells: Map<string, { readonly keys: RowKeys; count: number }>;
  /** Per term key: the records that do not state it. */
  readonly unstated: Record<TermKey | 'region', number>;
}

/** Adds `n` to the row with these keys. */
function bump(tally: Tally, keys: RowKeys, n: number): void {
  const id = JSON.stringify(Object.entries(keys));
  const cell = tally.cells.get(id) ?? { keys, count: 0 };
  cell.count += n;
  tally.cells.set(id, cell);
}

/** A tally with nothing counted yet. */
function emptyTally(): Tally {
  return {
    total: 0,
    cells: new Map(),
    unstated: { contract: 0, hours: 0, workingTime: 0, region: 0 },
  };
}

/** The employees alike in everything a row reads (gender, region, terms), and how many. */
interface Group {
  readonly gender: string;
  readonly region: string;
  readonly terms: Record<TermKey, string>;
  n: number;
}

/**
 * Counts one record, when it is an employee active on `asOf`, into its group: one map lookup a
 * record; the rows are made from the groups at the end.
 */
function countRecord(
  groups: Map<string, Group>,
  e: Readonly<Employee>,
  asOf: CalendarDate,
  regionOf: (siteId: string | undefined) => string,
): void {
  if (e.engagement !== 'employee' || !isActiveOn(e, asOf)) return;
  const region = regionOf(e.siteId);
  // The key reads the fields as they are; the terms are worked out once per group.
  const key = `${e.gender}\u0000${region}\u0000${e.contract}\u0000${e.nonGuaranteedHours}\u0000${e.workingTime}`;
  const group = groups.get(key);
  if (group === undefined) groups.set(key, { gender: e.gender, region, terms: termsOf(e), n: 1 });
  else group.n += 1;
}

/** Counts each group into every row it belongs to. */
function tallyOf(groups: ReadonlyMap<string, Group>): Tally {
  const tally = emptyTally();
  for (const { gender, region, terms, n } of groups.values()) {
    tally.total += n;
    if (region === NOT_STATED) tally.unstated.region += n;
    bump(tally, { gender }, n);
    bump(tally, { region }, n);
    for (const [key] of TERMS) {
      const value = terms[key];
      if (value === NOT_STATED) tally.unstated[key] += n;
      bump(tally, { [key]: value }, n);
      bump(tally, { [key]: value, gender }, n);
      bump(tally, { [key]: value, region }, n);
    }
  }
  return tally;
}

/** A row of a count: its keys, the count as value and as `count`. */
function row(keys: RowKeys, count: number): BreakdownRow {
  return { keys, value: count, count };
}

/** The values of a dimension in row order: the listed ones first, the others sorted, `notStated` last. */
function ordered(values: Iterable<string>, first: readonly string[]): string[] {
  const present = new Set(values);
  const rest = [...present].filter((v) => !first.includes(v) && v !== NOT_STATED).sort();
  return [
    ...first.filter((v) => present.has(v)),
    ...rest,
    ...(present.has(NOT_STATED) ? [NOT_STATED] : []),
  ];
}

/** The rows: genders, regions, then per term its totals and its cells by gender and by region. */
function rowsOf(tally: Tally): BreakdownRow[] {
  const cells = [...tally.cells.values()];
  const countOf = (keys: RowKeys): number =>
    tally.cells.get(JSON.stringify(Object.entries(keys)))?.count ?? 0;
  const genders = ordered(
    cells.flatMap((c) => (c.keys.gender === undefined ? [] : [c.keys.gender])),
    GenderSchema.options,
  );
  const regions = ordered(
    cells.flatMap((c) => (c.keys.region === undefined ? [] : [c.keys.region])),
    [],
  );
  const rows: BreakdownRow[] = [];
  for (const gender of genders) rows.push(row({ gender }, countOf({ gender })));
  for (const region of regions) rows.push(row({ region }, countOf({ region })));
  for (const [key, stated] of TERMS) {
    // Every stated value has a total row (0 included) once any record states the term.
    const anyStated = tally.unstated[key] < tally.total;
    const values: string[] = anyStated ? [...stated] : [];
    if (tally.unstated[key] > 0) values.push(NOT_STATED);
    for (const value of values) {
      rows.push(row({ [key]: value }, countOf({ [key]: value })));
      for (const gender of genders) {
        const count = countOf({ [key]: value, gender });
        if (count > 0) rows.push(row({ [key]: value, gender }, count));
      }
      for (const region of regions) {
        const count = countOf({ [key]: value, region });
        if (count > 0) rows.push(row({ [key]: value, region }, count));
      }
    }
  }
  return rows;
}

/** The notes on what the records do not state; `placed`: whether a gazetteer was given. */
function notesOf(tally: Tally, placed: boolean): string[] {
  const notes: string[] = [];
  // A contract is always stated (the model requires it); the other terms and the region may not be.
  const what = {
    region: 'a work site placed in an economic region',
    hours: 'whether their hours are guaranteed (nonGuaranteedHours)',
    workingTime: 'full-time or part-time working time (workingTime)',
  } as const;
  for (const key of ['region', 'hours', 'workingTime'] as const) {
    const n = tally.unstated[key];
    if (n === 0) continue;
    notes.push(
      `${n} of ${tally.total} employees' records do not state ${what[key]}; they are counted under '${NOT_STATED}', never guessed.`,
    );
  }
  if (!placed && tally.total > 0) {
    notes.push('No gazetteer was given, so no work site is placed in a region.');
  }
  return notes;
}

/**
 * GRI 2-7 a and b: the employees on a day, by gender, by region and by employment terms.
 *
 * @remarks
 * Head count (GRI 2-7 c i) of the records with `engagement: 'employee'` active on `asOf` (GRI
 * 2-7 c ii: at a point in time; {@link isActiveOn}); unit `count`. `value` is the total (GRI 2-7
 * a). The rows, each with the count as `value` and `count`:
 * - `{ gender }` and `{ region }`: 2-7 a, the total by gender and by region;
 * - `{ contract }` (`'permanent'`, `'temporary'`: 2-7 b i-ii), `{ hours }` (`'nonGuaranteed'`:
 *   2-7 b iii, no minimum or fixed number of working hours; `'guaranteed'` for the rest that
 *   state it) and `{ workingTime }` (`'fullTime'`, `'partTime'`: 2-7 b iv-v): each term's total,
 *   with a row for every stated value (0 included) once any record states the term;
 * - the same term key with `gender` or with `region` (`{ contract: 'permanent', gender:
 *   'female' }`, `{ workingTime: 'partTime', region: 'AZ-GD' }`, `{ hours: 'nonGuaranteed',
 *   gender: 'male' }`): 2-7 b's breakdown of each term by gender and by region, for the cells
 *   with people.
 *
 * "Region" is the economic region (or first-level division) of the work site: the record's
 * `siteId`, the site's `locationId`, then its economic region in `gazetteer` (as
 * `economicRegionOf` places it). A record
 * without a site, with an unknown site or a site the gazetteer places in no region, or any record
 * when no gazetteer is given, is under region `'notStated'`. A record that does not state
 * `nonGuaranteedHours` or `workingTime` is counted under `'notStated'` for that term, never
 * guessed, and a note says how many. GRI 2-7 leaves "region" to the reporter (a country or
 * another geographic area); the work site's economic region is the library's reading.
 *
 * @param employees - The employment records (read once).
 * @param options - The day, and the sites and gazetteer that place work sites in regions.
 * @returns A `count` result: the head count, and the rows above (none when nobody is counted).
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` is not a calendar date;
 * `INVALID_ARGUMENT` when `sites` is not iterable, a site has no id or location, two sites share
 * an id, or `gazetteer` is not a gazetteer, or (after the options) `employees` is not iterable.
 *
 * @example
 * ```ts
 * // On 2024-12-31: 2 women (one part-time) and 1 man, all permanent.
 * const result = employeeBreakdown(employees, { asOf: '2024-12-31' });
 * result.value;
 * //=> 3
 * result.breakdown?.find((r) => r.keys.workingTime === 'partTime' && r.keys.gender === 'female')?.value;
 * //=> 1
 * ```
 *
 * @category Workforce indicators
 */
export function employeeBreakdown(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<EmployeeBreakdownOptions>,
): IndicatorResult {
  const fold = employeeBreakdownFold(options);
  return foldRecords(fold, employees);
}

/** The result of a tally: the head count, its rows, the notes and the definitions. */
function resultOf(tally: Tally, asOf: CalendarDate, placed: boolean): IndicatorResult {
  const notes = notesOf(tally, placed);
  if (tally.total === 0) notes.push('No employee is active on asOf.');
  return resultFrom(entry, {
    value: tally.total,
    ...(tally.total > 0 ? { breakdown: rowsOf(tally) } : {}),
    definitions: {
      asOf,
      basis: 'headcount',
      timing: 'on asOf',
      population: "records with engagement 'employee' active on asOf",
      region: 'economic region of the work site (siteId → site.locationId → gazetteer)',
      hours: "'nonGuaranteed': nonGuaranteedHours true; 'guaranteed': false",
      notStated: 'the record does not state the term, or the work site cannot be placed',
    },
    sourceIds: [],
    notes,
  });
}

/**
 * {@link employeeBreakdown} as a fold: one record at a time, in one pass.
 *
 * @remarks
 * The state is the head count and one count per row (gender, region, and each term alone, by
 * gender and by region), so its size depends on the genders, regions and terms present, never on
 * the number of records. The order of the rows, the rows of every stated term value and the notes
 * on what is not stated are decided in `finish`, from the counts. The options are checked, and the
 * sites placed in regions, when the fold is created, before any record.
 *
 * @param options - The day, and the sites and gazetteer that place work sites in regions.
 * @returns A fold whose `finish` gives what {@link employeeBreakdown} gives on the records added.
 * @throws {@link ImpactError} as {@link employeeBreakdown} does for its options.
 *
 * @example
 * ```ts
 * const fold = employeeBreakdownFold({ asOf: '2024-12-31' });
 * for (const employee of employees) fold.add(employee);
 * fold.finish().value;
 * //=> 3
 * ```
 *
 * @internal
 */
export function employeeBreakdownFold(
  options: Readonly<EmployeeBreakdownOptions>,
): RecordFold<IndicatorResult> {
  const asOf = options.asOf;
  assertCalendarDate(asOf, 'asOf');
  const gazetteer = options.gazetteer;
  const regionOf = siteRegionResolver(options.sites, gazetteer);
  const groups = new Map<string, Group>();
  return {
    add: (employee) => countRecord(groups, employee, asOf, regionOf),
    finish: () => resultOf(tallyOf(groups), asOf, gazetteer !== undefined),
  };
}

/**
 * The definition of {@link employeeBreakdown}: on a dataset, the employee records on the
 * report's `asOf`, with the dataset's sites and the report's gazetteer.
 *
 * @internal
 */
export const employeeBreakdownIndicator = defineIndicator({
  entry,
  compute: employeeBreakdown,
  fromDataset: withoutRecords,
  fromRecords: (scope) =>
    mapFold(
      employeeBreakdownFold({
        asOf: scope.asOf,
        sites: scope.data.sites,
        gazetteer: scope.gazetteer,
      }),
      (result) => [result],
    ),
});
