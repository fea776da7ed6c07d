import { ImpactError } from '../../core/ImpactError.js';
import type { ProjectionId } from '../../core/ids.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import { districtOf } from '../../places/districtOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { UNKNOWN_PLACE } from '../internal/placeOf.js';
import { resultFrom } from '../internal/resultFrom.js';
import { peakJobsFigures } from './internal/combineJobsFigures.js';
import { figureFields } from './internal/figureFields.js';
import { JOBS_COMPONENTS } from './internal/jobsComponents.js';
import { PROJECTED_JOBS_NOTE } from './internal/projectedJobsNote.js';
import {
  addUp,
  type CountedProjection,
  commonIncludes,
  selectProjections,
} from './internal/territoryJobs.js';
import type { JobsFigures } from './jobsFigures.js';

const entry = {
  id: 'jobs.jobsInTerritories',
  title: 'Projected permanent jobs in the territories',
  unit: 'count',
  formula:
    'Σ over the projections of deposits located in the territories of their direct, indirect ((Type I − 1) × direct), induced ((Type II − Type I) × direct), total (over the components every projection estimates, totalIncludes) and local (total × local-hire share) operations jobs, by district and year (low with low, high with high); headline: the total jobs of the peak year of the territories together.',
  standards: ['GRI 203-2'],
  family: 'jobs',
  functionName: 'jobsInTerritories',
  results: 'one',
  dimensions: ['district', 'year', 'component'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The input of {@link jobsInTerritories}: the projections and the deposits they concern.
 *
 * @category Jobs indicators
 */
export interface JobsInTerritoriesInput {
  /** The job projections (read once); ids must be unique. */
  readonly projections: Iterable<Readonly<JobProjection>>;
  /** The deposits the projections refer to (read once); ids must be unique. */
  readonly deposits: Iterable<Readonly<Deposit>>;
}

/**
 * Options of {@link jobsInTerritories}.
 *
 * @category Jobs indicators
 */
export interface JobsInTerritoriesOptions {
  /** The gazetteer placing the deposits and the territories. */
  readonly gazetteer: Gazetteer;
  /** The districts (or regions, cities) of the territories. */
  readonly territoryIds: readonly string[];
  /** The last year of the tables (see {@link ProjectEmploymentOptions}). */
  readonly throughYear?: number | undefined;
}

/**
 * The projected permanent jobs of one district in one year (see {@link jobsInTerritories}).
 *
 * @category Jobs indicators
 */
export interface TerritoryJobsRow {
  /** The district (or first-level city) of the deposits; `'unknown'` above the district level. */
  readonly districtId: string;
  /** The district's name (`'unknown'` for the unknown row). */
  readonly label: string;
  /** The calendar year. */
  readonly year: number;
  /** The projections with operations in the district that year, sorted. */
  readonly projectionIds: readonly ProjectionId[];
  /** Their direct, indirect, induced, total and local permanent jobs, added up. */
  readonly figures: JobsFigures;
}

/**
 * The projected permanent jobs of the territories together in one year (see
 * {@link jobsInTerritories}).
 *
 * @category Jobs indicators
 */
export interface TerritoryJobsYear {
  /** The calendar year. */
  readonly year: number;
  /** The projections with operations in the territories that year, sorted. */
  readonly projectionIds: readonly ProjectionId[];
  /** The figures of every district added up. */
  readonly figures: JobsFigures;
}

/**
 * A projection left out of {@link jobsInTerritories}, with the reason.
 *
 * @category Jobs indicators
 */
export interface ExcludedProjection {
  /** The projection. */
  readonly projectionId: ProjectionId;
  /**
   * Why: its deposit lies outside the territories (`outsideTerritories`), is not among the
   * deposits given (`unknownDeposit`), or it has no operations year in the table
   * (`noOperations`).
   */
  readonly reason: 'outsideTerritories' | 'unknownDeposit' | 'noOperations';
}

/**
 * The `detail` of {@link jobsInTerritories}: the projected permanent operations jobs of the
 * deposits in a set of territories, by district and year, as {@link JobsFigure}s.
 *
 * @example
 * ```ts
 * declare const jobs: TerritoryJobsDetail;
 * jobs.peak?.total;
 * ```
 *
 * @category Jobs indicators
 */
export interface TerritoryJobsDetail {
  /** One row per district and year with operations, by district id (`unknown` last) then year. */
  readonly rows: readonly TerritoryJobsRow[];
  /** The territories together, one entry per year with operations, oldest first. */
  readonly byYear: readonly TerritoryJobsYear[];
  /** The peak year of the territories together, per scenario; `null` without any year. */
  readonly peak: JobsFigures | null;
  /** The projections left out, with the reason, sorted by id. */
  readonly excluded: readonly ExcludedProjection[];
  /** The components every `total` adds up: those all the projections counted estimate. */
  readonly totalIncludes: readonly ('direct' | 'indirect' | 'induced')[];
  /** The projections counted, sorted. */
  readonly projectionIds: readonly ProjectionId[];
}

/** Throws unless `territoryIds` is a list of ids the gazetteer holds. */
function checkTerritories(gazetteer: Gazetteer, territoryIds: readonly string[]): void {
  assertGazetteer(gazetteer);
  if (!Array.isArray(territoryIds)) {
    throw new ImpactError('INVALID_ARGUMENT', 'territoryIds must be an array of location ids');
  }
  for (const id of territoryIds) {
    if (typeof id !== 'string' || !gazetteer.byId.has(id)) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `territory ${JSON.stringify(String(id).slice(0, 128))} is not in the gazetteer`,
      );
    }
  }
}

/** Why a projection is left out, in words. */
const EXCLUSION_WORDS: Readonly<Record<ExcludedProjection['reason'], string>> = {
  unknownDeposit: 'its deposit is not among the deposits given',
  outsideTerritories: 'its deposit lies outside the territories',
  noOperations: 'it has no operations year in the table',
};

/** The notes: the scope, the projections' own notes, the mix of scenarios and those left out. */
function notesOf(
  territoryIds: readonly string[],
  counted: readonly CountedProjection[],
  excluded: readonly ExcludedProjection[],
  projectionNotes: readonly string[],
): string[] {
  const notes = [
    PROJECTED_JOBS_NOTE,
    `Permanent operations jobs of the projections whose deposit lies in the territories (${territoryIds.join(', ')}), by the district of the deposit; construction job-years are temporary and never added.`,
    'Indirect and induced jobs are shown in the district of the deposit, but they arise wherever the suppliers and the spending of wages are.',
    ...projectionNotes,
  ];
  if (new Set(counted.map(({ projection }) => projection.scenario.kind)).size > 1) {
    notes.push(
      'The projections added up mix reported figures and assumptions of the analyst: see each projection’s scenario.',
    );
  }
  for (const { projectionId, reason } of excluded) {
    notes.push(`Projection ${projectionId} is left out: ${EXCLUSION_WORDS[reason]}.`);
  }
  notes.push(
    counted.length === 0
      ? 'No projection has permanent operations jobs in the territories.'
      : 'The headline figure is the total jobs of the peak year of the territories together, per scenario (low, central, high); the breakdown gives each district and year, and each year.',
  );
  return notes;
}

/** The rows: each district, year and component, then each year and component. */
function breakdownOf(detail: TerritoryJobsDetail): BreakdownRow[] {
  return [
    ...detail.rows.flatMap((row) =>
      JOBS_COMPONENTS.map((component) => ({
        keys: { district: row.districtId, year: String(row.year), component },
        label: `${row.label} ${row.year} ${component}`,
        ...figureFields(row.figures[component]),
      })),
    ),
    ...detail.byYear.flatMap((y) =>
      JOBS_COMPONENTS.map((component) => ({
        keys: { year: String(y.year), component },
        label: `${y.year} ${component}`,
        ...figureFields(y.figures[component]),
      })),
    ),
  ];
}

/** The definitions: the territories, the year, the components and the projections counted. */
function definitionsOf(
  options: Readonly<JobsInTerritoriesOptions>,
  detail: TerritoryJobsDetail,
  counted: readonly CountedProjection[],
): Record<string, DefinitionValue> {
  return {
    territoryIds: [...options.territoryIds],
    throughYear: options.throughYear ?? null,
    aggregate: 'peakYear',
    totalIncludes: [...detail.totalIncludes],
    projections: counted.map(({ projection, deposit }) => ({
      projectionId: projection.id,
      depositId: projection.depositId,
      districtId: districtOf(options.gazetteer, deposit.locationId)?.id ?? UNKNOWN_PLACE,
      scenario: projection.scenario.label,
      scenarioKind: projection.scenario.kind,
    })),
  };
}

/**
 * Projects the permanent operations jobs of the new mines in a set of territories, by district
 * and year: direct, indirect, induced, total and local jobs, as ranges or bounds.
 *
 * @remarks
 * A projection counts when its deposit's location is one of `territoryIds` or lies under one (a
 * district, a village within it, or a region's districts when a region is listed), e.g. the
 * districts of `liberatedTerritoryIds` (from `mining-impact/data/az`) for the Great Return
 * program. Each counted projection is projected as {@link projectEmployment} does (with
 * `throughYear`), and its permanent operations figures are added up per district of its deposit
 * ({@link districtOf}) and year, and per year over all the territories: low with low, central
 * with central (only where every part has one), high with high; a bound ("thousands" =
 * `{ min: 2000 }`) makes the sum a bound, with no maximum when a part has none; a figure some
 * projection does not estimate (no Type II multiplier, no local-hire share) is not estimated in
 * the sum. Construction job-years are temporary and never added. When the projections differ in
 * what their totals include (one has a Type II multiplier, another not), every total and local
 * figure is computed over the components all of them estimate (`totalIncludes`), as
 * {@link projectEmployment} computes it for those multipliers, so no total mixes induced jobs
 * of one mine with none of another.
 *
 * The headline is the total jobs of the peak year of the territories together, per scenario.
 * The breakdown has one row per district, year and component, keyed `{ district, year,
 * component }`, then one per year and component for the territories together, keyed
 * `{ year, component }` (`component` one of `direct`, `indirect`, `induced`, `total`, `local`).
 * Unit `count` (jobs). Every figure is projected, never a job created or counted: the first note
 * says so. Standard: GRI 203-2 (significant indirect economic impacts, 203-2-a); IRIS+ PI3687
 * (jobs created) counts realised jobs and is not claimed. Indirect and induced jobs are shown in the district of the deposit, but
 * they arise wherever the suppliers and the spending are; and the multipliers are assumptions
 * (see the "Deposits and jobs" guide). Two projections of one deposit are alternative
 * scenarios and are never added: pass one.
 *
 * @param input - The job projections and the deposits they refer to.
 * @param options - The gazetteer, the territories and the last year of the tables.
 * @returns The result: `value` the central total of the peak year, or `null` with reason
 * `RANGE_ONLY` (and `range`) when there is no central figure, `BOUNDED` (and `bounds`) when an
 * input is bounds, or `MISSING_DATA` when no projection has operations in the territories; the
 * rows follow the same rule (`MISSING_DATA` for a figure not estimated); `detail` holds the rows,
 * the years, the peak and the projections counted and left out as {@link JobsFigures}.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a territory id is not in the gazetteer,
 * `territoryIds` is not an array, `projections` or `deposits` is not iterable, two projections or
 * two deposits share an id, two counted projections concern one deposit, a deposit does not
 * match {@link DepositSchema}, the gazetteer is not one, or a projection or `throughYear` is
 * invalid (see {@link projectEmployment}, which also throws `INVALID_MULTIPLIER`).
 *
 * @example
 * ```ts
 * import { azGazetteer, liberatedTerritoryIds } from 'mining-impact/data/az';
 *
 * const jobs = jobsInTerritories(
 *   {
 *     projections: [{
 *       id: 'proj-1', depositId: 'dep-1', scenario: { label: 'Illustrative', kind: 'assumed' },
 *       phases: [{ phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 }],
 *       multipliers: { typeI: { low: 1.4, central: 1.8, high: 2.2 }, sourceId: 'src-io' },
 *       sourceIds: [],
 *     }],
 *     deposits: [{ id: 'dep-1', name: 'Example', locationId: 'AZ-KAL', commodities: ['gold'], stage: 'exploration' }],
 *   },
 *   { gazetteer: azGazetteer, territoryIds: liberatedTerritoryIds },
 * );
 * [jobs.value, jobs.range];
 * //=> [900, { low: 700, central: 900, high: 1100 }]
 * jobs.detail.rows.map((row) => [row.districtId, row.year]);
 * //=> [['AZ-KAL', 2030], ['AZ-KAL', 2031]]
 * jobs.breakdown?.[3]?.keys;
 * //=> { district: 'AZ-KAL', year: '2030', component: 'total' }
 * ```
 *
 * @category Jobs indicators
 */
export function jobsInTerritories(
  input: Readonly<JobsInTerritoriesInput>,
  options: Readonly<JobsInTerritoriesOptions>,
): DetailedResult<TerritoryJobsDetail> {
  const { gazetteer, territoryIds, throughYear } = options;
  checkTerritories(gazetteer, territoryIds);
  const projections = parseEach(JobProjectionSchema, input.projections, 'projections', (p) => p.id);
  const deposits = parseEach(DepositSchema, input.deposits, 'deposits', (d) => d.id);
  const territories = new Set(territoryIds);
  const { counted, excluded } = selectProjections(
    projections,
    deposits,
    gazetteer,
    territories,
    throughYear,
  );
  const totalIncludes = commonIncludes(counted);
  const figures = addUp(counted, totalIncludes, gazetteer, throughYear);
  const peak =
    figures.byYear.length === 0 ? null : peakJobsFigures(figures.byYear.map((y) => y.figures));
  const detail: TerritoryJobsDetail = {
    rows: figures.rows,
    byYear: figures.byYear,
    peak,
    excluded,
    totalIncludes,
    projectionIds: counted.map(({ projection }) => projection.id),
  };
  return {
    ...resultFrom(entry, {
      ...(peak === null
        ? { value: null, reason: 'MISSING_DATA' as const }
        : figureFields(peak.total)),
      breakdown: breakdownOf(detail),
      definitions: definitionsOf(options, detail, counted),
      sourceIds: figures.sourceIds,
      notes: notesOf(territoryIds, counted, excluded, figures.notes),
    }),
    detail,
  };
}

/**
 * The definition of {@link jobsInTerritories}: on a dataset, the dataset's projections and
 * deposits in the report's territories; not applicable when the report names none.
 *
 * @internal
 */
export const jobsInTerritoriesIndicator = defineIndicator({
  entry,
  compute: jobsInTerritories,
  fromDataset: (context) => {
    if (context.territoryIds === undefined) {
      return { status: 'notApplicable', detail: 'The report names no territories.' };
    }
    if (context.data.projections.length === 0) {
      return { status: 'dataAbsent', detail: 'The dataset has no job projections.' };
    }
    return [
      jobsInTerritories(
        { projections: context.data.projections, deposits: context.data.deposits },
        { gazetteer: context.gazetteer, territoryIds: context.territoryIds },
      ),
    ];
  },
});
