import { appendAll } from '../../../core/appendAll.js';
import { ImpactError } from '../../../core/ImpactError.js';
import type { ProjectionId, SourceId } from '../../../core/ids.js';
import type { Deposit } from '../../../model/deposit.js';
import type { JobProjection } from '../../../model/jobProjection.js';
import { districtOf } from '../../../places/districtOf.js';
import type { Gazetteer } from '../../../places/gazetteer.js';
import { isInOrUnder } from '../../internal/isInOrUnder.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../../internal/placeOf.js';
import type { JobsFigures } from '../jobsFigures.js';
import type {
  ExcludedProjection,
  TerritoryJobsRow,
  TerritoryJobsYear,
} from '../jobsInTerritories.js';
import { sumJobsFigures } from './combineJobsFigures.js';
import type { TotalComponent } from './jobsComponents.js';
import { type JobsTable, jobsTableOf } from './jobsTable.js';

/**
 * A projection counted in the territories, with its table and its deposit.
 *
 * @internal
 */
export interface CountedProjection {
  readonly projection: Readonly<JobProjection>;
  readonly table: JobsTable;
  readonly deposit: Readonly<Deposit>;
}

/**
 * The projections counted and those left out, each sorted by id.
 *
 * @internal
 */
export interface Selection {
  readonly counted: CountedProjection[];
  readonly excluded: ExcludedProjection[];
}

/**
 * The figures of the territories: by district and year, by year, with the sources and the
 * notes of the projections counted.
 *
 * @internal
 */
export interface TerritoryFigures {
  readonly rows: TerritoryJobsRow[];
  readonly byYear: TerritoryJobsYear[];
  readonly sourceIds: SourceId[];
  readonly notes: string[];
}

/** One projection's figures for one year. */
interface Part {
  readonly projectionId: ProjectionId;
  readonly figures: JobsFigures;
}

/** The parts of one district and year. */
interface Cell {
  readonly districtId: string;
  readonly label: string;
  readonly year: number;
  readonly parts: Part[];
}

/** The parts gathered by district and year and by year. */
interface Gathered {
  readonly cells: Map<string, Cell>;
  readonly years: Map<number, Part[]>;
}

const COMPONENTS: readonly TotalComponent[] = ['direct', 'indirect', 'induced'];

/**
 * Sorts the projections into those whose deposit lies in the territories and has operations,
 * and those left out with the reason; every projection is computed (and so checked).
 *
 * @param projections - The projections (valid, ids unique).
 * @param deposits - The deposits (valid, ids unique).
 * @param gazetteer - The gazetteer.
 * @param territories - The territory ids.
 * @param throughYear - The last year of the tables.
 * @returns The projections counted and left out, each sorted by id.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when two counted projections concern one
 * deposit; the errors of {@link jobsTableOf}.
 * @internal
 */
export function selectProjections(
  projections: readonly Readonly<JobProjection>[],
  deposits: readonly Readonly<Deposit>[],
  gazetteer: Gazetteer,
  territories: ReadonlySet<string>,
  throughYear: number | undefined,
): Selection {
  const depositById = new Map(deposits.map((deposit) => [deposit.id as string, deposit]));
  const selection: Selection = { counted: [], excluded: [] };
  const projectionOfDeposit = new Map<string, string>();
  for (const projection of projections) {
    const table = jobsTableOf(projection, throughYear);
    const deposit = depositById.get(projection.depositId);
    const left = (reason: ExcludedProjection['reason']): void => {
      selection.excluded.push({ projectionId: projection.id, reason });
    };
    if (deposit === undefined) left('unknownDeposit');
    else if (!isInOrUnder(gazetteer, deposit.locationId, territories)) left('outsideTerritories');
    else {
      const other = projectionOfDeposit.get(deposit.id);
      if (other !== undefined) {
        throw new ImpactError(
          'INVALID_ARGUMENT',
          `projections ${other} and ${projection.id} both concern deposit ${deposit.id}: they are alternative scenarios, pass one`,
        );
      }
      projectionOfDeposit.set(deposit.id, projection.id);
      if (table.operationsPeak === null) left('noOperations');
      else selection.counted.push({ projection, table, deposit });
    }
  }
  selection.excluded.sort((a, b) => (a.projectionId < b.projectionId ? -1 : 1));
  selection.counted.sort((a, b) => (a.projection.id < b.projection.id ? -1 : 1));
  return selection;
}

/**
 * The components every counted projection's total includes.
 *
 * @param counted - The projections counted.
 * @returns The common components, in order; none when no projection is counted.
 * @internal
 */
export function commonIncludes(counted: readonly CountedProjection[]): TotalComponent[] {
  if (counted.length === 0) return [];
  return COMPONENTS.filter((c) => counted.every(({ table }) => table.totalIncludes.includes(c)));
}

/** The projection with only the multipliers that give the components of `includes`. */
function restricted(
  projection: Readonly<JobProjection>,
  includes: readonly TotalComponent[],
): Readonly<JobProjection> {
  const { multipliers, ...rest } = projection;
  // Only called for a projection whose total includes more than `includes`, so it has
  // multipliers, and `includes` lacks at least `induced`.
  if (multipliers === undefined || !includes.includes('indirect')) return rest;
  return { ...rest, multipliers: { typeI: multipliers.typeI, sourceId: multipliers.sourceId } };
}

/** Adds one projection's operations figures to the cells and years, with its total restricted. */
function gather(
  gathered: Gathered,
  { projection, table, deposit }: CountedProjection,
  totals: JobsTable,
  gazetteer: Gazetteer,
): void {
  const district = districtOf(gazetteer, deposit.locationId);
  const districtId = district?.id ?? UNKNOWN_PLACE;
  for (const [index, year] of table.years.entries()) {
    if (year.operations === null) continue;
    const narrowed = totals.years[index]?.operations as JobsFigures;
    const figures = { ...year.operations, total: narrowed.total, local: narrowed.local };
    const part: Part = { projectionId: projection.id, figures };
    const id = `${districtId}\u0000${year.year}`;
    const cell = gathered.cells.get(id) ?? {
      districtId,
      label: district?.name ?? UNKNOWN_PLACE,
      year: year.year,
      parts: [],
    };
    cell.parts.push(part);
    gathered.cells.set(id, cell);
    gathered.years.set(year.year, [...(gathered.years.get(year.year) ?? []), part]);
  }
}

/**
 * Adds up the permanent operations figures of the counted projections by district and year and
 * by year, every total and local figure over the components all of them estimate.
 *
 * @param counted - The projections counted, sorted by id.
 * @param totalIncludes - The components every total counts.
 * @param gazetteer - The gazetteer placing the deposits.
 * @param throughYear - The last year of the tables.
 * @returns The rows by district (`unknown` last) then year, the years, the sources and, for each
 * projection, a note when its total was restricted, then its own notes.
 * @internal
 */
export function addUp(
  counted: readonly CountedProjection[],
  totalIncludes: readonly TotalComponent[],
  gazetteer: Gazetteer,
  throughYear: number | undefined,
): TerritoryFigures {
  const gathered: Gathered = { cells: new Map(), years: new Map() };
  const sourceIds = new Set<SourceId>();
  const notes: string[] = [];
  for (const item of counted) {
    const { projection, table } = item;
    const narrower = table.totalIncludes.length > totalIncludes.length;
    if (narrower) {
      const own = table.totalIncludes.filter((c) => !totalIncludes.includes(c));
      notes.push(
        `${projection.id}: its total and local jobs count ${totalIncludes.join(', ')} jobs only, like every projection of the territories (its own total also counts ${own.join(', ')} jobs).`,
      );
    }
    const totals = narrower
      ? jobsTableOf(restricted(projection, totalIncludes), throughYear)
      : table;
    gather(gathered, item, totals, gazetteer);
    for (const id of table.sourceIds) sourceIds.add(id);
    appendAll(
      notes,
      table.notes.map((note) => `${projection.id}: ${note}`),
    );
  }
  // The parts of a cell and of a year were pushed in the order of `counted`, sorted by id: their
  // projection ids are in order already.
  const rows = [...gathered.cells.values()]
    .map((cell) => ({
      districtId: cell.districtId,
      label: cell.label,
      year: cell.year,
      projectionIds: cell.parts.map((p) => p.projectionId),
      figures: sumJobsFigures(cell.parts.map((p) => p.figures)),
    }))
    .sort((a, b) => byPlaceKey(a.districtId, b.districtId) || a.year - b.year);
  const byYear = [...gathered.years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, parts]) => ({
      year,
      projectionIds: parts.map((p) => p.projectionId),
      figures: sumJobsFigures(parts.map((p) => p.figures)),
    }));
  return { rows, byYear, sourceIds: [...sourceIds].sort(), notes };
}
