import { ImpactError } from '../../core/ImpactError.js';
import { isIterable } from '../../core/isIterable.js';
import type { Employee } from '../../model/employee.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { createWorkforceAccumulator } from './createWorkforceAccumulator.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

/**
 * Summarizes employment records as a {@link WorkforceSummary} on a day, in one pass.
 *
 * @remarks
 * The records are added to a {@link createWorkforceAccumulator | workforce accumulator} and its
 * result returned, so the summary of a whole list equals the merge of the summaries of its parts.
 * People active on `asOf` (hired on or before it, not terminated on or before it) are counted by
 * origin district and economic region, gender, category, age band, engagement (with
 * contractors), remote-village origin, origin outside the capital (`fromRegions`), nationality
 * (when a record states one) and, under a `localityPolicy`, as local, non-local or of unknown
 * locality. Every count is exact; the
 * indicators on summaries ({@link localEmploymentShare}, {@link regionalOriginShare}, …) give the
 * same results on this summary as on the same figures published. `sourceIds` is empty: records
 * carry no sources.
 *
 * @param employees - The employment records (read once, never changed).
 * @param options - The day, the gazetteer, the sites, the locality policy, the capital, the
 * company and whether contractors count.
 * @returns The summary, with `scope` `employees` (or `employeesAndContractors`).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `employees` is not iterable, a record is
 * not valid (see {@link WorkforceAccumulator}), the records name several companies, or there are
 * no records and no `companyId`; the errors of {@link createWorkforceAccumulator} for bad options.
 *
 * @example
 * ```ts
 * const summary = summarizeWorkforce(employees, {
 *   asOf: '2025-06-30',
 *   gazetteer,
 *   sites,
 *   localityPolicy: { kind: 'sameDistrict' },
 * });
 * [summary.headcount, summary.local, summary.fromRegions];
 * //=> [12, 5, 8]
 * ```
 *
 * @category Workforce indicators
 */
export function summarizeWorkforce(
  employees: Iterable<Readonly<Employee>>,
  options: Readonly<WorkforceSummaryOptions>,
): WorkforceSummary {
  const accumulator = createWorkforceAccumulator(options);
  if (!isIterable(employees))
    throw new ImpactError('INVALID_ARGUMENT', 'employees is not iterable');
  if (Array.isArray(employees)) {
    // Arrays, the common case, by index: cheaper than the iterator protocol on millions of rows.
    const list = employees as readonly Readonly<Employee>[];
    for (let i = 0; i < list.length; i++) accumulator.add(list[i] as Readonly<Employee>);
  } else {
    for (const employee of employees) accumulator.add(employee);
  }
  return accumulator.result();
}
