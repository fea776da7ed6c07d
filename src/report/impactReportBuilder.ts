import { ImpactError } from '../core/ImpactError.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { type BuildImpactReportOptions, openReport } from './buildImpactReport.js';
import type { ImpactReport } from './impactReport.js';

/**
 * A report being built while employee records arrive one at a time, e.g. from a file streamed
 * with `readEmployees` of `mining-impact/node`.
 *
 * @example
 * ```ts
 * declare const builder: ImpactReportBuilder;
 * builder.add({ id: 'e-1', companyId: 'co', engagement: 'employee', gender: 'female', category: 'worker', contract: 'permanent', hireDate: '2020-01-01' });
 * const report = builder.finish();
 * ```
 *
 * @category Reports
 */
export interface ImpactReportBuilder {
  /**
   * Adds one employee record, as the dataset's next employee: it is checked as validation
   * checks an employee of the dataset (the model; the company, site and home it names; its id
   * unique among all employees; its dates against `now`) and, when it has no error, counted
   * by every indicator at once. The record is never kept or changed.
   *
   * @throws {@link ImpactError} `INVALID_ARGUMENT` after {@link ImpactReportBuilder.finish}.
   */
  add(employee: unknown): void;
  /**
   * The report of the dataset and every record added.
   *
   * @throws {@link ImpactError} `INVALID_DATASET` when an added record has an error (the
   * error's `cause` is the {@link DatasetValidation}: the dataset's issues, then those of the
   * added records, the first 1,000 of them); `INVALID_ARGUMENT` when called twice.
   */
  finish(): ImpactReport;
}

/**
 * Starts the impact report of a dataset whose employee records are added one at a time, so
 * that no indicator needs them held together: memory stays flat however many there are.
 *
 * @remarks
 * The dataset is validated at once, as {@link buildImpactReport} validates it (an invalid
 * dataset throws here). Each record added is checked, then read once by every indicator of
 * employee records, by the workforce summaries and by the EITI employment figures; none keeps
 * it. Memory: the indicators' counts and the employee ids seen (to find a repeated id).
 * `builder.finish()` gives the report {@link buildImpactReport} gives for the dataset with the
 * records in its `employees`, in the order added, except that the issues of the added records
 * come after those of the dataset in `validation.issues`.
 *
 * `asOf` is required: every indicator counts on that day from the first record on.
 *
 * @param dataset - The dataset, as parsed JSON or an {@link ImpactDataset}; it may already hold
 * employees (the records added come after them). Never modified.
 * @param options - The options of {@link buildImpactReport}, with `asOf`.
 * @returns The builder.
 * @throws {@link ImpactError} as {@link buildImpactReport} does; `INVALID_ARGUMENT` when
 * `asOf` is not given.
 *
 * @example
 * ```ts
 * import { createImpactReportBuilder } from 'mining-impact';
 * import { readEmployees } from 'mining-impact/node';
 *
 * declare const dataset: unknown; // e.g. the parsed dataset.json of a folder
 * const builder = createImpactReportBuilder(dataset, { asOf: '2025-12-31' });
 * for await (const row of readEmployees('employees.ndjson'))
 *   if (row.employee !== undefined) builder.add(row.employee);
 * const report = builder.finish();
 * report.asOf;
 * //=> '2025-12-31'
 * ```
 *
 * @category Reports
 */
export function createImpactReportBuilder(
  dataset: Readonly<ImpactDataset> | unknown,
  options: Readonly<BuildImpactReportOptions> & { readonly asOf: string },
): ImpactReportBuilder {
  if (options?.asOf === undefined)
    throw new ImpactError('INVALID_ARGUMENT', 'asOf: a report built record by record needs it');
  return openReport(dataset, options);
}
