import type { JobProjection } from '../../model/jobProjection.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, DetailedResult } from '../contract/indicatorResult.js';
import { definitionOf } from '../internal/definitionOf.js';
import { resultFrom } from '../internal/resultFrom.js';
import { figureFields } from './internal/figureFields.js';
import { JOBS_COMPONENTS } from './internal/jobsComponents.js';
import { type JobsTable, jobsTableOf } from './internal/jobsTable.js';
import { PROJECTED_JOBS_NOTE } from './internal/projectedJobsNote.js';
import type { JobsFigures } from './jobsFigures.js';
import type { JobsProjection, JobsYear } from './jobsProjection.js';

const entry = {
  id: 'jobs.projectEmployment',
  title: 'Projected jobs of a new mine, by kind of phase',
  unit: 'count',
  formula:
    'For each kind of phase (operations: permanent jobs, headline the peak year; construction: job-years, headline the sum over the construction years) and each year: direct = the direct jobs of the phases active, as projected (exact or bounds); indirect = (Type I multiplier − 1) × direct; induced = (Type II multiplier − Type I multiplier) × direct; total = direct + indirect + induced (= Type II × direct; only the estimated parts when a multiplier is missing); local = total × local-hire share; low/central/high from the multiplier ranges.',
  standards: ['GRI 203-2'],
  family: 'jobs',
  functionName: 'projectEmployment',
  results: 'many',
  resultKeys: ['projection', 'phase'],
  dimensions: ['year', 'component'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link projectEmployment}.
 *
 * @category Jobs indicators
 */
export interface ProjectEmploymentOptions {
  /**
   * The last year of the table, an integer from 1900 to 2200. Default: the latest start or end
   * year of any phase, so an open-ended operations phase shows its first year only.
   */
  readonly throughYear?: number | undefined;
}

/** The kinds of phase, in the order of the results, with how each headline is taken. */
const PHASES = [
  {
    phase: 'operations',
    aggregate: 'peakYear',
    note: 'The headline figure is the peak year of each scenario (low, central, high); the breakdown gives each year.',
  },
  {
    phase: 'construction',
    aggregate: 'sumOfYears',
    note: 'The headline figure is the construction job-years summed over the years listed; the breakdown gives each year.',
  },
] as const;

/** The definitions of a result: the projection, its scenario and the assumptions used. */
function definitionsOf(
  table: JobsTable,
  aggregate: JobsProjection['aggregate'],
): Record<string, DefinitionValue> {
  const { multipliers, localHireShare } = table;
  return {
    projectionId: table.projectionId,
    depositId: table.depositId,
    scenario: table.scenario.label,
    scenarioKind: table.scenario.kind,
    aggregate,
    throughYear: table.throughYear,
    totalIncludes: [...table.totalIncludes],
    multipliers:
      multipliers === null
        ? null
        : {
            typeI: definitionOf(multipliers.typeI),
            ...(multipliers.typeII === undefined
              ? {}
              : { typeII: definitionOf(multipliers.typeII) }),
            sourceId: multipliers.sourceId,
          },
    localHireShare:
      localHireShare === null || typeof localHireShare === 'number'
        ? localHireShare
        : definitionOf(localHireShare),
  };
}

/** One row per year and component, year by year. */
function rowsOf(years: readonly JobsYear[]): BreakdownRow[] {
  return years.flatMap(({ year, figures }) =>
    JOBS_COMPONENTS.map((component) => ({
      keys: { year: String(year), component },
      label: `${year} ${component}`,
      ...figureFields(figures[component]),
    })),
  );
}

/** The result of one kind of phase. */
function phaseResult(
  table: JobsTable,
  { phase, aggregate, note }: (typeof PHASES)[number],
  headline: JobsFigures,
): DetailedResult<JobsProjection> {
  const years = table.years.flatMap(({ year, [phase]: figures }) =>
    figures === null ? [] : [{ year, figures }],
  );
  const detail: JobsProjection = {
    projectionId: table.projectionId,
    depositId: table.depositId,
    scenario: table.scenario,
    phase,
    throughYear: table.throughYear,
    years,
    headline,
    aggregate,
    totalIncludes: table.totalIncludes,
    multipliers: table.multipliers,
    localHireShare: table.localHireShare,
  };
  return {
    ...resultFrom(entry, {
      keys: { projection: table.projectionId, phase },
      ...figureFields(headline.total),
      breakdown: rowsOf(years),
      definitions: definitionsOf(table, aggregate),
      sourceIds: [...table.sourceIds],
      notes: [PROJECTED_JOBS_NOTE, ...table.notes, note],
    }),
    detail,
  };
}

/**
 * Projects the jobs of a new mine by year: direct, indirect, induced, total and local jobs, with
 * construction job-years kept apart from permanent operations jobs.
 *
 * @remarks
 * For each year and each kind of phase (construction, operations), `direct` is the sum of the
 * direct jobs of the phases active that year, and (ICMM / CCSI input-output method):
 * - `indirect = (Type I − 1) × direct`;
 * - `induced = (Type II − Type I) × direct`;
 * - `total = direct + indirect + induced = Type II × direct`;
 * - `local = total × localHireShare`.
 *
 * The low, central and high figures use the low, central and high multipliers; a figure has a
 * central estimate only when the multipliers it uses have one (none is invented). The arithmetic
 * is exact on the decimals as written (`(1.4 − 1) × 500` is 200, not 199.99999999999997). When a
 * direct count is bounds ("thousands" = `{ min: 2000 }`) the figures are bounds: the minimum from
 * the low multipliers and the lower bound, the maximum from the high multipliers and the upper
 * bound, and no maximum when the count has none. A local-hire share given as bounds is read as
 * `[min ?? 0, max ?? 1]` (a share lies in [0, 1]) and also gives bounds. Without a Type II
 * multiplier induced jobs are not estimated; without multipliers neither are indirect jobs; the
 * total then adds up the estimated parts only (`totalIncludes`). The same multipliers apply to
 * construction and operations. Construction figures are job-years, operations figures are
 * permanent jobs; they are never added together: each kind of phase with a year in the table
 * gives its own result, keyed `{ projection, phase }`. The notes state that the multipliers are
 * assumptions and cite their source; input-output multipliers measure gross jobs supported and
 * overstate net job creation (see the "Deposits and jobs" guide).
 *
 * Each result's headline is its total: for `operations` the peak year, per scenario (the
 * largest low, the largest central, the largest high), for `construction` the job-years summed
 * over the years. Its breakdown has one row per year and component, keyed `{ year, component }`
 * (`component` one of `direct`, `indirect`, `induced`, `total`, `local`), and its `detail` (a
 * {@link JobsProjection}) holds the same figures as {@link JobsFigure}s. Unit `count` (jobs for
 * operations, job-years for construction). Every figure is projected, never a job created or
 * counted: the first note says so. Standard: GRI 203-2 (significant indirect economic impacts,
 * 203-2-a), which the projected direct, indirect, induced, total and local jobs illustrate; IRIS+
 * PI3687 (jobs created) counts realised jobs and is not claimed.
 *
 * @param projection - The job projection (validated against {@link JobProjectionSchema}).
 * @param options - The last year of the table.
 * @returns One result per kind of phase that has a year in the table, `operations` first; none
 * when `throughYear` is before every phase. `value` is the central total; `null` with reason
 * `RANGE_ONLY` (and `range`) when the multipliers have no central estimate, `BOUNDED` (and
 * `bounds`) when the direct count or the local-hire share is bounds. Rows follow the same rule,
 * and a figure not estimated (no multipliers, no Type II, no local-hire share) is `null` with
 * reason `MISSING_DATA`. Every figure is finite and non-negative, every range ordered low <=
 * central <= high, and `total >= direct`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the projection does not match the schema
 * (the message names the field, e.g. `projection.multipliers.typeI.high`), a local-hire share
 * given as bounds leaves [0, 1], or `throughYear` is not an integer from 1900 to 2200;
 * `INVALID_MULTIPLIER` when a Type I multiplier is below 1, a Type II is below the Type I (low,
 * central or high), or the Type II − Type I spread falls from low to high; `INVALID_NUMBER` when
 * a figure is too large for a double.
 *
 * @example
 * ```ts
 * const [operations] = projectEmployment({
 *   id: 'proj-1',
 *   depositId: 'dep-1',
 *   scenario: { label: 'Illustrative', kind: 'assumed' },
 *   phases: [{ phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 }],
 *   localHireShare: 0.8,
 *   multipliers: {
 *     typeI: { low: 1.4, central: 1.8, high: 2.2 },
 *     typeII: { low: 2, central: 2.5, high: 3 },
 *     sourceId: 'src-io-table',
 *   },
 *   sourceIds: [],
 * });
 * [operations?.keys, operations?.value, operations?.range];
 * //=> [{ projection: 'proj-1', phase: 'operations' }, 1250, { low: 1000, central: 1250, high: 1500 }]
 * operations?.detail.years[0]?.figures.indirect;
 * //=> { kind: 'range', range: { low: 200, central: 400, high: 600 } }
 * operations?.breakdown?.find((row) => row.keys.year === '2030' && row.keys.component === 'local');
 * //=> { keys: { year: '2030', component: 'local' }, label: '2030 local', value: 1000, range: { low: 800, central: 1000, high: 1200 } }
 * ```
 *
 * @category Jobs indicators
 */
export function projectEmployment(
  projection: Readonly<JobProjection>,
  options: Readonly<ProjectEmploymentOptions> = {},
): readonly DetailedResult<JobsProjection>[] {
  const table = jobsTableOf(projection, options.throughYear);
  return PHASES.flatMap((kind) => {
    const headline =
      kind.phase === 'operations' ? table.operationsPeak : table.constructionJobYears;
    return headline === null ? [] : [phaseResult(table, kind, headline)];
  });
}

/**
 * The definition of {@link projectEmployment}: on a dataset, the results of every job
 * projection, in the dataset's order.
 *
 * @internal
 */
export const projectEmploymentIndicator = defineIndicator({
  entry,
  compute: projectEmployment,
  fromDataset: (context) =>
    context.data.projections.length === 0
      ? { status: 'dataAbsent', detail: 'The dataset has no job projections.' }
      : context.data.projections.flatMap((projection) => projectEmployment(projection)),
});
