import { type CalendarDate, isCalendarDate } from '../core/calendarDate.js';
import { type FxTable, FxTableSchema } from '../core/fxTable.js';
import { ImpactError } from '../core/ImpactError.js';
import type { Period } from '../core/period.js';
import type { IndicatorContext } from '../indicators/contract/indicatorContext.js';
import type { IndicatorContextChoices } from '../indicators/contract/indicatorContextOf.js';
import { datasetRecordPass } from '../indicators/datasetContextOf.js';
import { indicatorRegistry } from '../indicators/indicatorRegistry.js';
import { markCheckedRecords } from '../indicators/internal/checkedRecords.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { type LocalityPolicy, LocalityPolicySchema } from '../model/localityPolicy.js';
import { stateOwnership } from '../model/stateOwnership.js';
import type { Gazetteer } from '../places/gazetteer.js';
import {
  type EmployeeRecordChecks,
  employeeRecordChecks,
} from '../validation/employeeRecordChecks.js';
import type { Issue } from '../validation/issue.js';
import { type ParsedDatasetInput, parseDatasetInput } from '../validation/parseDatasetInput.js';
import { summarizeIssues } from '../validation/summarizeIssues.js';
import {
  type DatasetValidation,
  ruleContextOf,
  type validateDataset,
  validateParsedInput,
} from '../validation/validateDataset.js';
import { griContentIndex } from './griContentIndex.js';
import { type GriReportOptions, griChoices } from './griOptions.js';
import { type ImpactReport, REPORT_FORMAT_VERSION } from './impactReport.js';
import type { ImpactReportBuilder } from './impactReportBuilder.js';
import { latestDatedFact } from './latestDatedFact.js';
import { EITI_EMPLOYMENT, employmentFold, reportEiti } from './reportEiti.js';
import { reportFacts } from './reportFacts.js';
import { reportIndicators } from './reportIndicators.js';
import { reportProgramMoney } from './reportProgramMoney.js';
import { reportSources } from './reportSources.js';

/**
 * The options of {@link buildImpactReport}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const options: BuildImpactReportOptions = {
 *   asOf: '2025-12-31',
 *   period: { start: '2025-01-01', end: '2025-12-31' },
 *   localityPolicy: { kind: 'sameDistrict' },
 *   gazetteer: azGazetteer,
 * };
 * ```
 *
 * @category Reports
 */
export interface BuildImpactReportOptions {
  /**
   * The day the report describes, `YYYY-MM-DD`: headcounts and stages are taken on it. Without
   * it, the day of the dataset's latest dated fact (see the report's `asOfBasis`).
   */
  readonly asOf?: string | undefined;
  /**
   * The reporting period for flows (hires, leavers, spend); a missing end is `asOf`. Without it,
   * 1 January of the year of `asOf` to `asOf` (a period may not end after `asOf`).
   */
  readonly period?:
    | Readonly<Period>
    | { readonly start: string; readonly end?: string | undefined }
    | undefined;
  /** The definition of "local" for the locality indicators; recorded in the report. */
  readonly localityPolicy?: LocalityPolicy | undefined;
  /**
   * Converts community investment to one currency with these dated rates (e.g. `{ currency:
   * 'AZN', rates: dataset.fx }`); without it, amounts stay in their currencies.
   */
  readonly fx?: FxTable | undefined;
  /**
   * The districts (or regions) for projected jobs in territories, e.g. `liberatedTerritoryIds`
   * of `mining-impact/data/az`; without them, the territory job indicators are not computed.
   */
  readonly territoryIds?: readonly string[] | undefined;
  /**
   * The gazetteer the dataset's locations extend (e.g. `azGazetteer` of `mining-impact/data/az`):
   * its places may be referred to without being repeated. The report adds the dataset's own
   * locations to it. Without one, only the dataset's own locations are known.
   */
  readonly gazetteer?: Gazetteer | undefined;
  /** Today for validation: actual dates may not lie after it; default `asOf`. */
  readonly now?: string | undefined;
  /**
   * The unit of contained metal in the resource and reserve statements: `'t'` (metric tonnes,
   * the default), `'kg'` or `'ozt'` (troy ounces).
   */
  readonly metalUnit?: 't' | 'kg' | 'ozt' | undefined;
  /**
   * The GRI content index choices: the claim of the statement of use (default
   * `'withReferenceTo'`) and omissions the organisation declares (legal prohibitions,
   * confidentiality constraints, or its own explanation), by disclosure.
   */
  readonly gri?: GriReportOptions | undefined;
}

/** The report's checked choices: dates, period, policy, tables and the validation day. */
interface ReportChoices extends IndicatorContextChoices {
  readonly now: CalendarDate;
}

/**
 * The day of a report without `asOf`: the dataset's latest dated fact. A dataset that does not
 * parse gets `now` (or the far future) so that validation reports its errors.
 */
function defaultAsOf(
  input: Readonly<ParsedDatasetInput>,
  now: unknown,
): { readonly asOf: string; readonly fact?: string } {
  const parsed = input.parsed;
  if (parsed?.success !== true) return { asOf: typeof now === 'string' ? now : '9999-12-31' };
  const latest = latestDatedFact(parsed.data);
  if (latest === undefined)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'asOf: not given, and the dataset has no dated fact to take it from',
    );
  return { asOf: latest.date, fact: latest.fact };
}

/** Checks the report dates: `asOf`, the period (ending at `asOf` by default) and `now`. */
function reportDates(
  options: Readonly<BuildImpactReportOptions>,
): Pick<ReportChoices, 'asOf' | 'period' | 'now'> {
  const asOf: unknown = options?.asOf;
  if (!isCalendarDate(asOf))
    throw new ImpactError('INVALID_DATE', `asOf: ${String(asOf).slice(0, 40)}`);
  const start: unknown =
    options.period === undefined ? `${asOf.slice(0, 4)}-01-01` : options.period.start;
  const end: unknown = options.period?.end ?? asOf;
  if (!isCalendarDate(start) || !isCalendarDate(end))
    throw new ImpactError(
      'INVALID_DATE',
      `period: ${String(start).slice(0, 20)}..${String(end).slice(0, 20)}`,
    );
  if (end < start) throw new ImpactError('INVALID_PERIOD', `${start}..${end}`);
  if (start > asOf)
    throw new ImpactError('INVALID_PERIOD', `the period starts after asOf (${asOf})`);
  const now: unknown = options.now ?? asOf;
  if (!isCalendarDate(now))
    throw new ImpactError('INVALID_DATE', `now: ${String(now).slice(0, 40)}`);
  return { asOf, period: { start, end }, now };
}

/** Checks every option of a report and throws on the first that is malformed. */
function reportChoices(options: Readonly<BuildImpactReportOptions>): ReportChoices {
  const dates = reportDates(options);
  let localityPolicy: LocalityPolicy | undefined;
  if (options.localityPolicy !== undefined) {
    const parsed = LocalityPolicySchema.safeParse(options.localityPolicy);
    if (!parsed.success)
      throw new ImpactError('INVALID_ARGUMENT', 'localityPolicy is not a LocalityPolicy');
    localityPolicy = parsed.data;
  }
  if (options.fx !== undefined && !FxTableSchema.safeParse(options.fx).success)
    throw new ImpactError('INVALID_ARGUMENT', 'fx is not an exchange-rate table');
  const territoryIds: unknown = options.territoryIds;
  if (
    territoryIds !== undefined &&
    (!Array.isArray(territoryIds) || !territoryIds.every((id) => typeof id === 'string'))
  )
    throw new ImpactError('INVALID_ARGUMENT', 'territoryIds is not a list of location ids');
  const gazetteer = options.gazetteer;
  if (
    gazetteer !== undefined &&
    typeof (gazetteer as { byId?: { get?: unknown } }).byId?.get !== 'function'
  )
    throw new ImpactError('INVALID_ARGUMENT', 'gazetteer is not a Gazetteer');
  const metalUnit: unknown = options.metalUnit;
  if (metalUnit !== undefined && metalUnit !== 't' && metalUnit !== 'kg' && metalUnit !== 'ozt')
    throw new ImpactError('INVALID_ARGUMENT', `metalUnit: ${String(metalUnit).slice(0, 20)}`);
  return {
    ...dates,
    localityPolicy,
    fx: options.fx,
    territoryIds: options.territoryIds,
    gazetteer,
    metalUnit: options.metalUnit,
  };
}

/**
 * Builds the impact report of a dataset: validation, facts, every applicable indicator, the GRI
 * content index, the EITI sections and the sources.
 *
 * @remarks
 * Pure: no clock, no I/O; the same input and options give the same report. The dataset is first
 * checked with {@link validateDataset} (against `now`, default `asOf`, and the gazetteer); a
 * dataset with errors gives no report. Then, from the parsed dataset:
 * - the gazetteer is extended with the dataset's own locations (a dataset location with the id
 *   of a gazetteer location replaces it, as validation treats it);
 * - every indicator runs that the data allows: workforce flows over the period and composition
 *   on `asOf` from employee records, workforce shares from the latest published summary on or
 *   before `asOf`, community spend within the period, beneficiaries, deposits, production and
 *   every job projection. A catalog indicator without a figure is listed in `coverage` with
 *   the reason (`dataAbsent`, `notApplicable`); one whose computation throws an
 *   {@link ImpactError} is `failed`, and the others still run;
 * - the GRI content index, the EITI 6.1 and 6.3 sections, the published facts and the sources.
 *   When a total of the 6.1 section leaves the safe-integer range (amounts in minor units), the
 *   report is still built: the section has no rows and no totals, its note gives the reason
 *   (`Not computed (UNSAFE_INTEGER): …`), and the indicator is `failed` in `coverage`.
 *
 * See {@link ImpactReportSchema} for every field.
 *
 * @param dataset - The dataset, as parsed JSON or an {@link ImpactDataset}; never modified.
 * @param options - `asOf`, `period` and, optionally, the locality policy, the exchange-rate
 * table, the gazetteer, the territories, the validation date and the GRI choices.
 * @returns The report.
 * @throws {@link ImpactError} `INVALID_DATASET` when validation finds errors (the error's `cause`
 * is the {@link DatasetValidation}); `INVALID_DATE` when `asOf`, `now` or a period bound is not a
 * calendar date; `INVALID_PERIOD` when the period ends before it starts or starts after `asOf`;
 * `INVALID_ARGUMENT` when the `gri` option names an unknown claim, disclosure, reason or requirement, or the locality policy, the exchange-rate table or the territory ids are
 * malformed, the gazetteer is not one or the metal unit is not `t`, `kg` or `ozt`; `DUPLICATE_LOCATION` when a dataset location reuses the ISO 3166-2 code of
 * another location.
 *
 * @example
 * ```ts
 * import { buildImpactReport } from 'mining-impact';
 * import { azGazetteer } from 'mining-impact/data/az';
 * import { azergoldDataset } from 'mining-impact/data/azergold';
 *
 * const report = buildImpactReport(azergoldDataset, {
 *   asOf: '2025-12-31',
 *   period: { start: '2025-01-01', end: '2025-12-31' },
 *   gazetteer: azGazetteer,
 * });
 * report.facts.find((fact) => fact.id === 'workforce.0.fromRegions')?.share?.min;
 * //=> 0.8003132341425215
 * ```
 *
 * @category Reports
 */
export function buildImpactReport(
  dataset: Readonly<ImpactDataset> | unknown,
  options: Readonly<BuildImpactReportOptions> = {},
): ImpactReport {
  return openReport(dataset, options).finish();
}

/** The issues of the records added to a report that are kept in full; the rest are counted. */
const ADDED_ISSUE_LIMIT = 1000;

/**
 * Opens a report on a dataset: checks the options, validates the dataset, counts its own
 * employee records, and returns the builder that takes more records and finishes the report.
 *
 * @param dataset - The dataset, untrusted.
 * @param options - The report's options; without `asOf`, the day of the latest dated fact.
 * @returns The builder.
 * @throws {@link ImpactError} as {@link buildImpactReport} does.
 * @internal
 */
export function openReport(
  dataset: unknown,
  options: Readonly<BuildImpactReportOptions>,
): ImpactReportBuilder {
  const gri = griChoices(options.gri);
  const given = options?.asOf !== undefined;
  // Copied and parsed once: the latest dated fact and the validation both read this parse.
  const input = parseDatasetInput(dataset);
  const latest = given ? undefined : defaultAsOf(input, options?.now);
  const choices = reportChoices(latest === undefined ? options : { ...options, asOf: latest.asOf });
  const validation = validateParsedInput(input, {
    now: choices.now,
    gazetteer: choices.gazetteer,
  });
  const data = validation.data;
  if (!validation.valid || data === undefined) throw invalidDataset(validation);
  // The parsed copy is the library's own: its records are not checked again by each indicator.
  markCheckedRecords(data as unknown as Readonly<Record<string, unknown>>);
  const pass = datasetRecordPass(data, choices, indicatorRegistry, {
    [EITI_EMPLOYMENT]: employmentFold,
  });
  let index = data.employees?.length ?? 0;
  let checks: EmployeeRecordChecks | undefined;
  const added: Issue[] = [];
  let addedErrors = 0;
  let finished = false;
  return {
    add(record) {
      if (finished) throw new ImpactError('INVALID_ARGUMENT', 'the report is already finished');
      checks ??= employeeRecordChecks(data, ruleContextOf(choices.now, choices.gazetteer?.byId));
      const checked = checks.check(record, index);
      index += 1;
      for (const issue of checked.issues) {
        if (issue.severity === 'error') addedErrors += 1;
        if (added.length < ADDED_ISSUE_LIMIT) added.push(issue);
      }
      if (checked.employee !== undefined) pass.add(checked.employee);
    },
    finish() {
      if (finished) throw new ImpactError('INVALID_ARGUMENT', 'the report is already finished');
      finished = true;
      const issues = validation.issues.concat(added);
      const all: DatasetValidation = {
        valid: addedErrors === 0,
        issues,
        summary: summarizeIssues(issues),
      };
      if (addedErrors > 0) throw invalidDataset(all, addedErrors);
      return assembleReport(pass.finish(), all, gri, latest);
    },
  };
}

/** The error of a dataset with errors; its cause is the validation. */
function invalidDataset(validation: DatasetValidation, addedErrors = 0): ImpactError {
  const first = validation.issues.find((issue) => issue.severity === 'error');
  const count =
    addedErrors > validation.summary.errors
      ? `${addedErrors} error(s), the first ${ADDED_ISSUE_LIMIT} issues of the added records kept`
      : `${validation.summary.errors} error(s)`;
  return new ImpactError(
    'INVALID_DATASET',
    `${count}; the first: ${first?.code} at "${first?.path}": ${first?.message}`,
    { cause: validation },
  );
}

/** The report of a context whose records are counted. */
function assembleReport(
  context: IndicatorContext,
  validation: DatasetValidation,
  gri: ReturnType<typeof griChoices>,
  latest: { readonly asOf: string; readonly fact?: string } | undefined,
): ImpactReport {
  const { data, asOf, period, localityPolicy } = context;
  const { results, coverage } = reportIndicators(context);
  const { errors, warnings, infos } = validation.summary;
  const state = stateOwnership(data, { asOf });
  return {
    reportVersion: REPORT_FORMAT_VERSION,
    company: {
      id: data.company.id,
      name: data.company.name,
      stateOwned: state.status === 'stateOwned',
      stateShare: state.share,
      stateOwnership: state.status,
    },
    asOf,
    asOfBasis:
      latest?.fact === undefined
        ? { basis: 'given' }
        : { basis: 'latestDatedFact', fact: latest.fact },
    period,
    localityPolicy: localityPolicy ?? null,
    validation: { errors, warnings, infos, issues: [...validation.issues] },
    facts: reportFacts(context),
    indicators: results,
    coverage,
    griContentIndex: griContentIndex(
      { organization: data.company.name, period, indicators: results, coverage },
      gri,
    ),
    eiti: reportEiti(context, results),
    programMoney: reportProgramMoney(data, asOf),
    sources: reportSources(data),
  };
}
