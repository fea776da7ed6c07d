import { isWithinPeriod } from '../../core/isWithinPeriod.js';
import type { Period } from '../../core/period.js';
import type { Employee } from '../../model/employee.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { flowRate } from './internal/flowRate.js';
import { onRecords } from './internal/onSummary.js';
import type { WorkforceDimension } from './workforceDimension.js';

const entry = {
  id: 'workforce.newHireRate',
  title: 'New employee hire rate',
  unit: 'ratio',
  formula:
    'Employees hired within the period / employees at period end (or the average of start and end); by age band, gender and origin region over the same total denominator unless group denominators are chosen',
  standards: ['GRI 401-1'],
  family: 'workforce',
  functionName: 'newHireRate',
  results: 'one',
  dimensions: ['ageBand', 'gender', 'category', 'site', 'contract', 'originRegion'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link newHireRate} (and, with the reasons, of {@link turnoverRate}).
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
   * The gazetteer that places homes in economic regions, for the `'originRegion'` breakdown
   * (required with it, unused otherwise).
   */
  readonly gazetteer?: Gazetteer | undefined;
}

/**
 * GRI 401-1 a: the rate of new employee hires in a period.
 *
 * @remarks
 * `hires / headcount`. Hires: records with a `hireDate` within the period (a re-hire is a new
 * record and counts again; someone hired and leaving within the period counts). Denominator:
 * employees at the period end (GRI 401-1), or the average of the start and end headcounts
 * (ESRS S1-6 allows it). Unit `ratio`: the rate can exceed 1 in a fast-growing workforce.
 * Breakdown rows, keyed by their dimension (`{ gender: 'female' }`, `{ ageBand: '<30' }` at the
 * period end, `{ category }`, `{ site }`, `{ contract }`, `{ originRegion }`), divide by the
 * total headcount, so they add up to the total rate, unless `groupDenominator: 'group'`; each
 * row's `count` is its hires. Contractors' workers are excluded unless `includeContractors`.
 * `definitions` gives the period, the denominators, the population and both headcounts.
 *
 * @param employees - The employment records (read once).
 * @param options - The period, breakdowns and denominators.
 * @returns An indicator result whose value is the rate (0 or more; may exceed 1); `null` with
 * `ZERO_DENOMINATOR` when nobody is employed at the period end (or, with `'average'`, at either
 * end). A row is `null` with `ZERO_DENOMINATOR` when its group has no headcount.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the period has no end, or the
 * `'originRegion'` breakdown has no valid gazetteer; `INVALID_DATE` when an end of the period
 * is not a calendar date; `INVALID_PERIOD` when it ends before it starts.
 *
 * @example
 * ```ts
 * // 3 hires in 2024; 5 employees on 2024-12-31.
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
  return flowRate(entry, employees, options, (e) => isWithinPeriod(e.hireDate, options.period));
}

/**
 * The definition of {@link newHireRate}: on a dataset, the employee records over the report's
 * period, by age band and gender.
 *
 * @internal
 */
export const newHireRateIndicator = defineIndicator({
  entry,
  compute: newHireRate,
  fromDataset: onRecords((context) => [
    newHireRate(context.employees, { period: context.period, breakdown: ['ageBand', 'gender'] }),
  ]),
});
