import type { CalendarDate } from '../../core/calendarDate.js';
import { ImpactError } from '../../core/ImpactError.js';
import { isWithinPeriod } from '../../core/isWithinPeriod.js';
import type { Period } from '../../core/period.js';
import type { Employee } from '../../model/employee.js';
import type { Site } from '../../model/site.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { foldRecords, mapFold, type RecordFold } from '../contract/recordFold.js';
import { flowOnDataset, withDatasetNote } from './internal/flowOnDataset.js';
import { flowRateFold } from './internal/flowRate.js';
import { withoutRecords } from './internal/onSummary.js';
import type { WorkforceDimension } from './workforceDimension.js';

const entry = {
  id: 'workforce.newHireRate',
  title: 'New employee hire rate',
  unit: 'ratio',
  formula:
    'Employees joining for the first time within the period (re-hires apart unless included) / employees at period end (or the average of start and end); by age band at hire, gender and work region (or home region) over the same total denominator unless group denominators are chosen',
  standards: ['GRI 401-1'],
  family: 'workforce',
  functionName: 'newHireRate',
  results: 'one',
  dimensions: ['ageBand', 'gender', 'category', 'site', 'contract', 'workRegion', 'originRegion'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link newHireRate} (and, but for `rehires`, of {@link turnoverRate}).
 *
 * @category Workforce indicators
 */
export interface NewHireRateOptions {
  /** The reporting period; it must have an end. */
  readonly period: Readonly<Period>;
  /** Dimensions to break the rate down by; each row is keyed by one of them. */
  readonly breakdown?: readonly WorkforceDimension[] | undefined;
  /**
   * The headcount the rate divides by: `'periodEnd'` (GRI 401-1, the default) or `'average'`
   * (the mean of the headcounts at the start and the end, allowed by ESRS S1-6).
   */
  readonly denominator?: 'periodEnd' | 'average' | undefined;
  /**
   * For breakdown rows: divide by the `'total'` headcount (GRI's "total employee numbers", so
   * the rows add up to the total rate; the default) or by the `'group'`'s own headcount.
   */
  readonly groupDenominator?: 'total' | 'group' | undefined;
  /** Count contractors' workers too; by default only the company's employees count. */
  readonly includeContractors?: boolean | undefined;
  /**
   * The gazetteer that places homes (`'originRegion'`) and work sites (`'workRegion'`) in
   * economic regions (required with either breakdown, unused otherwise).
   */
  readonly gazetteer?: Gazetteer | undefined;
  /** The sites, whose locations place the employees' work sites, for the `'workRegion'` breakdown. */
  readonly sites?: Iterable<Readonly<Pick<Site, 'id' | 'locationId'>>> | undefined;
  /**
   * Records with `rehire: true` (people who worked for the company before): `'exclude'` (the
   * default; GRI 401-1 a counts employees joining the organisation for the first time, so they
   * are counted apart in `definitions.rehires`) or `'include'` (counted as new hires).
   */
  readonly rehires?: 'exclude' | 'include' | undefined;
}

/**
 * GRI 401-1 a: the rate of new employee hires in a period.
 *
 * @remarks
 * `new hires / headcount`. New hires: records with a `hireDate` within the period that are not
 * re-hires (`rehire: true`): GRI 401-1 a counts employees joining the organisation for the first
 * time. Re-hires in the period are counted apart (`definitions.rehires`, with a note) unless
 * `rehires: 'include'`; `definitions.rehireTreatment` says which. Someone hired and leaving
 * within the period counts. Denominator: employees at the period end (GRI 401-1, clause 2.1), or
 * the average of the start and end headcounts (ESRS S1-6 allows it). Unit `ratio`: the rate can
 * exceed 1 in a fast-growing workforce.
 *
 * Breakdown rows, keyed by their dimension (`{ gender: 'female' }`, `{ ageBand: '<30' }`,
 * `{ category }`, `{ site }`, `{ contract }`, `{ workRegion }`, `{ originRegion }`), divide by
 * the total headcount, so they add up to the total rate, unless `groupDenominator: 'group'`;
 * each row's `count` is its hires. A hire's age band is its age on its hire date (GRI 401-1's
 * groups under 30, 30-50, over 50); a group's own headcount (`groupDenominator: 'group'`) is
 * taken at the period end (and at the start too for `'average'`), with the age band on that day.
 * GRI 401-1 asks the rate by region: `'workRegion'` (the economic region of the work site; needs
 * `sites` and `gazetteer`) or, as an alternative, `'originRegion'` (that of the home);
 * `definitions.region` says `'workLocation'` or `'homeLocation'`. Contractors' workers are
 * excluded unless `includeContractors`. `definitions` also gives the period, the denominators,
 * the population and both headcounts.
 *
 * @param employees - The employment records (read once).
 * @param options - The period, breakdowns, denominators and the treatment of re-hires.
 * @returns An indicator result whose value is the rate (0 or more; may exceed 1); `null` with
 * `ZERO_DENOMINATOR` when nobody is employed at the period end (or, with `'average'`, at either
 * end). A row is `null` with `ZERO_DENOMINATOR` when its group has no headcount.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, the
 * `'terminationReason'` breakdown is asked for (it is one of turnover), the `'originRegion'`
 * breakdown has no valid gazetteer, or the `'workRegion'` breakdown lacks valid sites or
 * gazetteer; `INVALID_DATE` when an end of the period is not a calendar date; `INVALID_PERIOD`
 * when it ends before it starts.
 *
 * @example
 * ```ts
 * // 3 first-time hires in 2024; 5 employees on 2024-12-31.
 * newHireRate(employees, { period: { start: '2024-01-01', end: '2024-12-31' } }).ratio;
 * //=> { numerator: 3, denominator: 5, value: 0.6 }
 * ```
 *
 * @category Workforce indicators
 */
export function newHireRate(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<NewHireRateOptions>,
): IndicatorResult {
  return foldRecords(newHireRateFold(options), employees);
}

/**
 * {@link newHireRate} as a fold: one pass over the records, one record at a time.
 *
 * @remarks
 * The same result as {@link newHireRate} on the same records, in the same order. The state is a
 * tally per breakdown group and the count of re-hires, whatever the number of records; the note
 * on re-hires is written when the fold finishes, from their count.
 *
 * @param options - The period, breakdowns, denominators and the treatment of re-hires.
 * @returns A fold whose result is the rate.
 * @throws {@link ImpactError} as {@link newHireRate} does, when the fold is made (before any
 * record).
 *
 * @example
 * ```ts
 * const fold = newHireRateFold({ period: { start: '2024-01-01', end: '2024-12-31' } });
 * for (const employee of employees) fold.add(employee); // 3 first-time hires, 5 at the end
 * fold.finish().value;
 * //=> 0.6
 * ```
 * @internal
 */
export function newHireRateFold(
  options: Readonly<NewHireRateOptions>,
): RecordFold<IndicatorResult> {
  if (options.breakdown?.includes('terminationReason') === true) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      "the 'terminationReason' breakdown is one of turnoverRate: a hire has no termination reason",
    );
  }
  const rehireTreatment = options.rehires ?? 'exclude';
  let rehires = 0;
  const hiredOn = (e: Readonly<Employee>): CalendarDate | undefined => {
    if (!isWithinPeriod(e.hireDate, options.period)) return undefined;
    if (e.rehire !== true) return e.hireDate;
    rehires += 1;
    return rehireTreatment === 'include' ? e.hireDate : undefined;
  };
  // A hire has no termination reason: no reason rows are preset.
  return mapFold(flowRateFold(entry, options, hiredOn, []), (result) => {
    const note =
      rehireTreatment === 'exclude'
        ? `${rehires} re-hire(s) in the period (people who worked for the company before) are not counted as new hires: GRI 401-1 a counts employees joining for the first time.`
        : `${rehires} re-hire(s) in the period are counted as new hires, as asked (rehires: 'include').`;
    return {
      ...result,
      definitions: { ...result.definitions, rehires, rehireTreatment },
      notes: rehires === 0 ? result.notes : [...result.notes, note],
    };
  });
}

/**
 * The definition of {@link newHireRate}: on a dataset, the employee records over the report's
 * period, by age band, gender and work region (when the dataset has sites).
 *
 * @internal
 */
export const newHireRateIndicator = defineIndicator({
  entry,
  compute: newHireRate,
  fromDataset: withoutRecords,
  fromRecords: (scope) => {
    const { options, note } = flowOnDataset(scope);
    return mapFold(newHireRateFold(options), (result) => [withDatasetNote(result, note)]);
  },
});
