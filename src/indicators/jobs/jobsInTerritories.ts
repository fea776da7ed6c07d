import { ImpactError } from '../../core/ImpactError.js';
import type { ProjectionId, SourceId } from '../../core/ids.js';
import type { Deposit } from '../../model/deposit.js';
import type { JobProjection } from '../../model/jobProjection.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import { districtOf } from '../../places/districtOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { checkDepositList } from '../deposits/checkDepositList.js';
import type { IndicatorCatalogEntry } from '../indicatorCatalogEntry.js';
import type { BreakdownRow, DefinitionValue, IndicatorResult } from '../indicatorResult.js';
import { isInOrUnder } from '../isInOrUnder.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../placeOf.js';
import { resultFrom } from '../resultFrom.js';
import { peakEmploymentFigures, sumEmploymentFigures } from './combineJobsFigures.js';
import type { EmploymentFigures } from './employmentFigures.js';
import type { EmploymentProjection } from './employmentProjection.js';
import { figureFields } from './figureFields.js';
import { jobsCatalog } from './jobsCatalog.js';
import { type ProjectEmploymentOptions, projectEmployment } from './projectEmployment.js';

/**
 * Options of {@link jobsInTerritories}.
 *
 * @example
 * ```ts
 * const options: JobsInTerritoriesOptions = { throughYear: 2040 };
 * ```
 *
 * @category Jobs
 */
export type JobsInTerritoriesOptions = ProjectEmploymentOptions;

/**
 * The projected permanent jobs of one district in one year (see {@link jobsInTerritories}).
 *
 * @example
 * ```ts
 * declare const row: TerritoryJobsRow;
 * row.figures.total;
 * ```
 *
 * @category Jobs
 */
export type TerritoryJobsRow = {
  /** The district (or first-level city) of the deposits; `'unknown'` above the district level. */
  readonly districtId: string;
  /** The district's name (`'unknown'` for the unknown row). */
  readonly label: string;
  /** The calendar year. */
  readonly year: number;
  /** The projections with operations in the district that year, sorted. */
  readonly projectionIds: readonly ProjectionId[];
  /** Their direct, indirect, induced, total and local permanent jobs, added up. */
  readonly figures: EmploymentFigures;
};

/**
 * The projected permanent jobs of the territories in one year (see {@link jobsInTerritories}).
 *
 * @example
 * ```ts
 * declare const year: TerritoryJobsYear;
 * year.figures.direct;
 * ```
 *
 * @category Jobs
 */
export type TerritoryJobsYear = {
  /** The calendar year. */
  readonly year: number;
  /** The projections with operations in the territories that year, sorted. */
  readonly projectionIds: readonly ProjectionId[];
  /** The figures of every district added up. */
  readonly figures: EmploymentFigures;
};

/**
 * A projection left out of {@link jobsInTerritories}, with the reason.
 *
 * @example
 * ```ts
 * const left: ExcludedProjection = { projectionId: 'proj-filizcay' as ProjectionId, reason: 'outsideTerritories' };
 * ```
 *
 * @category Jobs
 */
export type ExcludedProjection = {
  /** The projection. */
  readonly projectionId: ProjectionId;
  /**
   * Why: its deposit lies outside the territories (`outsideTerritories`), is not among the
   * deposits given (`unknownDeposit`), or it has no operations year in the table
   * (`noOperations`).
   */
  readonly reason: 'outsideTerritories' | 'unknownDeposit' | 'noOperations';
};

/**
 * The projected permanent operations jobs of the deposits in a set of territories (see
 * {@link jobsInTerritories}).
 *
 * @example
 * ```ts
 * declare const jobs: TerritoryJobs;
 * jobs.peak?.total;
 * ```
 *
 * @category Jobs
 */
export type TerritoryJobs = {
  /** The territories, as given. */
  readonly territoryIds: readonly string[];
  /** One row per district and year with operations, by district id (`unknown` last) then year. */
  readonly rows: readonly TerritoryJobsRow[];
  /** The territories together, one entry per year with operations, oldest first. */
  readonly byYear: readonly TerritoryJobsYear[];
  /** The peak year of the territories together, per scenario; `null` without any year. */
  readonly peak: EmploymentFigures | null;
  /** The components every `total` adds up: those all the projections counted estimate. */
  readonly totalIncludes: readonly ('direct' | 'indirect' | 'induced')[];
  /** The projections counted, sorted. */
  readonly projectionIds: readonly ProjectionId[];
  /** The projections left out, with the reason, sorted by id. */
  readonly excluded: readonly ExcludedProjection[];
  /** The sources of the projections counted and of their multipliers. */
  readonly sourceIds: readonly SourceId[];
  /** The assumptions and caveats, including those of every projection counted. */
  readonly notes: readonly string[];
  /** Five indicator results (direct, indirect, induced, total, local jobs), headline the peak. */
  readonly results: readonly IndicatorResult[];
};

const MEASURES = ['direct', 'indirect', 'induced', 'total', 'local'] as const;
type Component = 'direct' | 'indirect' | 'induced';
/** One projection's figures for one year. */
type Part = { readonly projectionId: ProjectionId; readonly figures: EmploymentFigures };

/** The projection with only the multipliers that give the components of `includes`. */
function restricted(
  projection: Readonly<JobProjection>,
  includes: readonly Component[],
): Readonly<JobProjection> {
  const { multipliers, ...rest } = projection;
  // Only called for a projection whose total includes more than `includes`, so it has
  // multipliers, and `includes` lacks at least `induced`.
  if (multipliers === undefined || !includes.includes('indirect')) return rest;
  return { ...rest, multipliers: { typeI: multipliers.typeI, sourceId: multipliers.sourceId } };
}

/**
 * Projects the permanent operations jobs of the new mines in a set of territories, by district
 * and year: direct, indirect, induced, total and local jobs, as ranges or bounds.
 *
 * @remarks
 * A projection counts when its deposit's location is one of `territoryIds` or lies under one (a
 * district, a village within it, or a region's districts when a region is listed), e.g. the
 * districts of `liberatedTerritoryIds` (from `mining-impact/data/az`) for the Great Return
 * program. Each counted projection goes through {@link projectEmployment} (with
 * `options.throughYear`), and its
 * permanent operations figures are added up per district of its deposit ({@link districtOf}) and
 * year, and per year over all the territories: low with low, central with central (only where
 * every part has one), high with high; a bound ("thousands" = `{ min: 2000 }`) makes the sum a
 * bound, with no maximum when a part has none; a figure some projection does not estimate (no
 * Type II multiplier, no local-hire share) is not estimated in the sum. Construction job-years are
 * temporary and never added. When the projections differ in what their totals include (one has a
 * Type II multiplier, another not), every total and local figure is computed over the components
 * all of them estimate (`totalIncludes`), as {@link projectEmployment} computes it for those
 * multipliers, so no total mixes induced jobs of one mine with none of another. The headline of
 * each result is the peak year of the territories together, per scenario.
 *
 * Indirect and induced jobs are shown in the district of the deposit, but they arise wherever the
 * suppliers and the spending are; and the multipliers are assumptions (see the "Deposits and
 * jobs" guide). Two projections of one deposit are alternative scenarios and are never added:
 * pass one.
 *
 * @param projections - The job projections.
 * @param deposits - The deposits the projections refer to; ids must be unique.
 * @param gazetteer - The gazetteer placing the deposits and the territories.
 * @param territoryIds - The districts (or regions, cities) of the territories.
 * @param options - The last year of the tables (see {@link ProjectEmploymentOptions}).
 * @returns The rows by district and year, the totals by year, the peak, the projections counted
 * and left out, the notes, and five indicator results (unit `jobs`; `value` the central peak,
 * or `null` with reason `BOUNDED`, or `MISSING_DATA` when there is no central figure, the figure
 * is not estimated, or no projection has operations in the territories) with one breakdown row
 * per district and year (dimension `district|year`, key `<district>|<year>`) and per year
 * (dimension `year`).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a territory id is not in the gazetteer,
 * `projections` is not an array, two projections share an id, two counted projections concern
 * one deposit, a deposit does not match {@link DepositSchema} or two share an id, the gazetteer
 * is not one, or a projection or `throughYear` is invalid (see {@link projectEmployment}, which
 * also throws `INVALID_MULTIPLIER`).
 *
 * @example
 * ```ts
 * import { azGazetteer, liberatedTerritoryIds } from 'mining-impact/data/az';
 *
 * const jobs = jobsInTerritories(
 *   [{
 *     id: 'proj-1', depositId: 'dep-1', scenario: { label: 'Illustrative', kind: 'assumed' },
 *     phases: [{ phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 }],
 *     multipliers: { typeI: { low: 1.4, central: 1.8, high: 2.2 }, sourceId: 'src-io' },
 *     sourceIds: [],
 *   }],
 *   [{ id: 'dep-1', name: 'Example', locationId: 'AZ-KAL', commodities: ['gold'], stage: 'exploration' }],
 *   azGazetteer,
 *   liberatedTerritoryIds,
 * );
 * jobs.rows.map((row) => [row.districtId, row.year]);
 * //=> [['AZ-KAL', 2030], ['AZ-KAL', 2031]]
 * jobs.peak?.total;
 * //=> { kind: 'range', range: { low: 700, central: 900, high: 1100 } }
 * ```
 *
 * @category Jobs
 */
export function jobsInTerritories(
  projections: readonly Readonly<JobProjection>[],
  deposits: readonly Readonly<Deposit>[],
  gazetteer: Gazetteer,
  territoryIds: readonly string[],
  options?: JobsInTerritoriesOptions | undefined,
): TerritoryJobs {
  checkGazetteer(gazetteer);
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
  if (!Array.isArray(projections)) {
    throw new ImpactError('INVALID_ARGUMENT', 'projections must be an array of JobProjection');
  }
  checkDepositList(deposits, 'deposits');
  const territories = new Set(territoryIds);
  const depositById = new Map(deposits.map((deposit) => [deposit.id as string, deposit]));

  const excluded: ExcludedProjection[] = [];
  const counted: { projection: Readonly<JobProjection>; employment: EmploymentProjection }[] = [];
  const seenIds = new Set<string>();
  const projectionOfDeposit = new Map<string, string>();
  for (const projection of projections) {
    const id = (projection as Partial<JobProjection> | null)?.id;
    if (typeof id === 'string' && seenIds.has(id)) {
      throw new ImpactError('INVALID_ARGUMENT', `two projections ${id}`);
    }
    const employment = projectEmployment(projection, options);
    seenIds.add(projection.id);
    const deposit = depositById.get(projection.depositId);
    if (deposit === undefined) {
      excluded.push({ projectionId: projection.id, reason: 'unknownDeposit' });
      continue;
    }
    if (!isInOrUnder(gazetteer, deposit.locationId, territories)) {
      excluded.push({ projectionId: projection.id, reason: 'outsideTerritories' });
      continue;
    }
    const other = projectionOfDeposit.get(deposit.id);
    if (other !== undefined) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `projections ${other} and ${projection.id} both concern deposit ${deposit.id}: they are alternative scenarios, pass one`,
      );
    }
    projectionOfDeposit.set(deposit.id, projection.id);
    if (employment.operationsPeak === null) {
      excluded.push({ projectionId: projection.id, reason: 'noOperations' });
      continue;
    }
    counted.push({ projection, employment });
  }
  excluded.sort((a, b) => (a.projectionId < b.projectionId ? -1 : 1));
  counted.sort((a, b) => (a.projection.id < b.projection.id ? -1 : 1));

  // The components every counted projection's total includes.
  const allComponents: readonly Component[] = ['direct', 'indirect', 'induced'];
  const totalIncludes =
    counted.length === 0
      ? []
      : allComponents.filter((c) =>
          counted.every(({ employment }) => employment.totalIncludes.includes(c)),
        );
  const notes: string[] = [
    `Permanent operations jobs of the projections whose deposit lies in the territories (${territoryIds.join(', ')}), by the district of the deposit; construction job-years are temporary and never added.`,
    'Indirect and induced jobs are shown in the district of the deposit, but they arise wherever the suppliers and the spending of wages are.',
  ];
  const cells = new Map<string, { label: string; year: number; parts: Part[] }>();
  const years = new Map<number, Part[]>();
  const sourceIds = new Set<SourceId>();
  for (const { projection, employment } of counted) {
    const narrower = employment.totalIncludes.length > totalIncludes.length;
    const totals = narrower
      ? projectEmployment(restricted(projection, totalIncludes), options)
      : employment;
    if (narrower) {
      notes.push(
        `${projection.id}: its total and local jobs count ${totalIncludes.join(', ')} jobs only, like every projection of the territories (its own total also counts ${employment.totalIncludes.filter((c) => !totalIncludes.includes(c)).join(', ')} jobs).`,
      );
    }
    const deposit = depositById.get(projection.depositId) as Readonly<Deposit>;
    const district = districtOf(gazetteer, deposit.locationId);
    const districtId = district?.id ?? UNKNOWN_PLACE;
    for (const [index, year] of employment.years.entries()) {
      if (year.operations === null) continue;
      const restrictedYear = totals.years[index]?.operations as EmploymentFigures;
      const figures: EmploymentFigures = {
        ...year.operations,
        total: restrictedYear.total,
        local: restrictedYear.local,
      };
      const part = { projectionId: projection.id, figures };
      const key = `${districtId}\u0000${year.year}`;
      const cell = cells.get(key) ?? {
        label: district?.name ?? UNKNOWN_PLACE,
        year: year.year,
        parts: [],
      };
      cell.parts.push(part);
      cells.set(key, cell);
      years.set(year.year, [...(years.get(year.year) ?? []), part]);
    }
    for (const id of employment.sourceIds) sourceIds.add(id);
    notes.push(...employment.notes.map((note) => `${projection.id}: ${note}`));
  }

  // The parts of a cell and of a year were pushed in the order of `counted`, sorted by id: their
  // projection ids are in order already.
  const rows: TerritoryJobsRow[] = [...cells.entries()]
    .map(([key, cell]) => ({
      districtId: key.slice(0, key.indexOf('\u0000')),
      label: cell.label,
      year: cell.year,
      projectionIds: cell.parts.map((p) => p.projectionId),
      figures: sumEmploymentFigures(cell.parts.map((p) => p.figures)),
    }))
    .sort((a, b) => byPlaceKey(a.districtId, b.districtId) || a.year - b.year);
  const byYear: TerritoryJobsYear[] = [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, parts]) => ({
      year,
      projectionIds: parts.map((p) => p.projectionId),
      figures: sumEmploymentFigures(parts.map((p) => p.figures)),
    }));
  const peak = byYear.length === 0 ? null : peakEmploymentFigures(byYear.map((y) => y.figures));
  const scenarioKinds = new Set(counted.map(({ projection }) => projection.scenario.kind));
  if (scenarioKinds.size > 1) {
    notes.push(
      'The projections added up mix reported figures and assumptions of the analyst: see each projection’s scenario.',
    );
  }
  for (const { projectionId, reason } of excluded) {
    const why =
      reason === 'unknownDeposit'
        ? 'its deposit is not among the deposits given'
        : reason === 'outsideTerritories'
          ? 'its deposit lies outside the territories'
          : 'it has no operations year in the table';
    notes.push(`Projection ${projectionId} is left out: ${why}.`);
  }
  if (counted.length === 0) {
    notes.push('No projection has permanent operations jobs in the territories.');
  }
  if (peak !== null) {
    notes.push(
      'The headline figure is the peak year of the territories together, per scenario (low, central, high); the breakdown gives each district and year.',
    );
  }

  const definitions: Record<string, DefinitionValue> = {
    territoryIds: [...territoryIds],
    throughYear: options?.throughYear ?? null,
    aggregate: 'peakYear',
    totalIncludes: [...totalIncludes],
    projections: counted.map(({ projection }) => {
      const deposit = depositById.get(projection.depositId) as Readonly<Deposit>;
      return {
        projectionId: projection.id,
        depositId: projection.depositId,
        districtId: districtOf(gazetteer, deposit.locationId)?.id ?? UNKNOWN_PLACE,
        scenario: projection.scenario.label,
        scenarioKind: projection.scenario.kind,
      };
    }),
  };
  const sortedSources = [...sourceIds].sort();
  const results = MEASURES.map((measure) => {
    const entry = jobsCatalog.find(
      (e) => e.id === `jobs.jobsInTerritories.${measure}`,
    ) as IndicatorCatalogEntry;
    const breakdown: BreakdownRow[] = [
      ...rows.map((row) => ({
        dimension: 'district|year',
        key: `${row.districtId}|${row.year}`,
        label: `${row.label} ${row.year}`,
        ...figureFields(row.figures[measure]),
      })),
      ...byYear.map((y) => ({
        dimension: 'year',
        key: String(y.year),
        label: String(y.year),
        ...figureFields(y.figures[measure]),
      })),
    ];
    return resultFrom(entry, {
      ...(peak === null
        ? { value: null, reason: 'MISSING_DATA' as const }
        : figureFields(peak[measure])),
      breakdown,
      definitions: { ...definitions },
      sourceIds: [...sortedSources],
      notes: [...notes],
    });
  });
  return {
    territoryIds: [...territoryIds],
    rows,
    byYear,
    peak,
    totalIncludes,
    projectionIds: counted.map(({ projection }) => projection.id),
    excluded,
    sourceIds: sortedSources,
    notes,
    results,
  };
}
