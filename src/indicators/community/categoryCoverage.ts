import { appendAll } from '../../core/appendAll.js';
import { assertPeriod } from '../../core/assertPeriod.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { ProgramId } from '../../core/ids.js';
import type { Period } from '../../core/period.js';
import { periodsOverlap } from '../../core/periodsOverlap.js';
import type { Location } from '../../model/location.js';
import {
  type ProgramCategory,
  ProgramCategorySchema,
  type ProgramStatus,
  type SocialProgram,
  SocialProgramSchema,
} from '../../model/socialProgram.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import { districtOf } from '../../places/districtOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../internal/placeOf.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { periodDefinition } from './internal/periodDefinition.js';
import { NO_PROGRAMS } from './internal/programAbsences.js';

const entry = {
  id: 'community.categoryCoverage',
  title: 'Program categories active in each district',
  unit: 'count',
  formula:
    'The library’s own program-coverage view (no standard defines it): for each district (or first-level city), the program categories (a program counts in its primary and each further category) with at least one program located in it (or in a settlement within it), not in the pipeline and not cancelled; locations above district level reported as district unknown',
  standards: [],
  family: 'community',
  functionName: 'categoryCoverage',
  results: 'one',
  dimensions: ['district', 'category'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link categoryCoverage}.
 *
 * @category Community indicators
 */
export interface CategoryCoverageOptions {
  /** The gazetteer that places each program location in its district. */
  readonly gazetteer: Gazetteer;
  /**
   * The districts to report, in this order, including those where no category is active: district
   * or first-level city ids, or ids above the district level (an economic region, the country),
   * which stand for every district under them. Default: every district where a program is
   * located, sorted by id.
   */
  readonly locationIds?: readonly string[] | undefined;
  /** When given, only programs whose period overlaps it count. */
  readonly period?: Readonly<Period> | undefined;
}

/**
 * One category active in a district, with its programs there (see {@link categoryCoverage}).
 *
 * @category Community indicators
 */
export interface ActiveCategory {
  /** The category. */
  readonly category: ProgramCategory;
  /** The programs of the category located in the district, sorted. */
  readonly programIds: readonly ProgramId[];
}

/**
 * The program categories active in one district (see {@link categoryCoverage}).
 *
 * @category Community indicators
 */
export interface DistrictCategories {
  /** The district or first-level city; `'unknown'` for locations above the district level. */
  readonly districtId: string;
  /** The district's name (`'unknown'` for the unknown row). */
  readonly label: string;
  /** The categories with at least one program there, in category order, with the programs. */
  readonly active: readonly ActiveCategory[];
  /** The categories with no program there, in category order. */
  readonly inactive: readonly ProgramCategory[];
}

/**
 * The detail of {@link categoryCoverage}: the active and inactive categories of each district.
 *
 * @category Community indicators
 */
export interface CategoryCoverageDetail {
  /** One entry per district reported. */
  readonly districts: readonly DistrictCategories[];
}

/** Statuses of programs that never ran. */
const NOT_ACTIVE: readonly ProgramStatus[] = ['pipeline', 'cancelled'];

/** The districts an id stands for: itself, or every district under a higher-level location. */
function districtsFor(gazetteer: Gazetteer, id: string): Location[] {
  const location = typeof id === 'string' ? gazetteer.byId.get(id) : undefined;
  if (location === undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `location ${JSON.stringify(String(id).slice(0, 128))} is not in the gazetteer`,
    );
  }
  const district = districtOf(gazetteer, location.id);
  if (district?.id === location.id) return [location];
  if (district !== undefined) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `location ${location.id} lies within the district ${district.id}: list the district`,
    );
  }
  const found: Location[] = [];
  const seen = new Set<string>([location.id]);
  const queue: Location[] = [...(gazetteer.childrenOf.get(location.id) ?? [])];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (seen.has(next.id)) continue; // a parent cycle
    seen.add(next.id);
    if (districtOf(gazetteer, next.id)?.id === next.id) found.push(next);
    else appendAll(queue, gazetteer.childrenOf.get(next.id) ?? []);
  }
  return found;
}

/** The districts listed in the options, in order, each once. */
function listedDistricts(
  gazetteer: Gazetteer,
  locationIds: readonly string[] | undefined,
): Map<string, Location> {
  const listed = new Map<string, Location>();
  for (const id of locationIds ?? []) {
    for (const district of districtsFor(gazetteer, id)) listed.set(district.id, district);
  }
  return listed;
}

/** The programs active in one district, by category. */
interface DistrictTally {
  readonly label: string;
  readonly byCategory: Map<ProgramCategory, Set<ProgramId>>;
}

/** The active programs of each district, and what the notes say. */
interface CoverageTally {
  readonly districts: Map<string, DistrictTally>;
  readonly used: Readonly<SocialProgram>[];
  readonly notRun: Set<ProgramId>;
  readonly aboveDistrict: Set<string>;
  readonly withoutLocation: Set<ProgramId>;
}

/** Adds a program to the districts of its locations (listed ones only, when listed). */
function placeProgram(
  tally: CoverageTally,
  program: Readonly<SocialProgram>,
  gazetteer: Gazetteer,
  listed: ReadonlyMap<string, Location> | undefined,
): void {
  if (program.locations.length === 0) tally.withoutLocation.add(program.id);
  // A program without a location counts, like one above the district level, as unknown.
  const placed = program.locations.length === 0 ? [null] : program.locations;
  let any = false;
  for (const location of placed) {
    const district = location === null ? undefined : districtOf(gazetteer, location.locationId);
    const key = district?.id ?? UNKNOWN_PLACE;
    if (location !== null && district === undefined) tally.aboveDistrict.add(location.locationId);
    if (listed !== undefined && !listed.has(key)) continue;
    any = true;
    const tallied = tally.districts.get(key) ?? {
      label: district?.name ?? UNKNOWN_PLACE,
      byCategory: new Map(),
    };
    for (const category of new Set([program.category, ...(program.categories ?? [])])) {
      const ids = tallied.byCategory.get(category) ?? new Set<ProgramId>();
      ids.add(program.id);
      tallied.byCategory.set(category, ids);
    }
    tally.districts.set(key, tallied);
  }
  if (any) tally.used.push(program);
}

/** Places the programs that ran (within the period, when given) in their districts. */
function tallyCoverage(
  programs: readonly Readonly<SocialProgram>[],
  options: Readonly<CategoryCoverageOptions>,
  listed: ReadonlyMap<string, Location> | undefined,
): CoverageTally {
  const tally: CoverageTally = {
    districts: new Map(),
    used: [],
    notRun: new Set(),
    aboveDistrict: new Set(),
    withoutLocation: new Set(),
  };
  for (const program of programs) {
    if (NOT_ACTIVE.includes(program.status)) {
      tally.notRun.add(program.id);
      continue;
    }
    if (options.period !== undefined && !periodsOverlap(program.period, options.period)) continue;
    placeProgram(tally, program, options.gazetteer, listed);
  }
  return tally;
}

/** The active and inactive categories of each district reported. */
function districtCategories(
  keys: readonly string[],
  tally: CoverageTally,
  listed: ReadonlyMap<string, Location>,
): DistrictCategories[] {
  const categories: readonly ProgramCategory[] = ProgramCategorySchema.options;
  return keys.map((key) => {
    const district = tally.districts.get(key);
    const byCategory = district?.byCategory ?? new Map<ProgramCategory, Set<ProgramId>>();
    return {
      districtId: key,
      label: listed.get(key)?.name ?? (district as DistrictTally).label,
      active: categories
        .filter((c) => byCategory.has(c))
        .map((category) => ({
          category,
          programIds: [...(byCategory.get(category) as Set<ProgramId>)].sort(),
        })),
      inactive: categories.filter((c) => !byCategory.has(c)),
    };
  });
}

/** Per district, its row (active categories) and one row per category (programs). */
function breakdownOf(districts: readonly DistrictCategories[]): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const district of districts) {
    const programIds = new Set(district.active.flatMap((a) => a.programIds));
    rows.push({
      keys: { district: district.districtId },
      label: district.label,
      value: district.active.length,
      count: programIds.size,
    });
    for (const category of ProgramCategorySchema.options) {
      const count = district.active.find((a) => a.category === category)?.programIds.length ?? 0;
      rows.push({
        keys: { district: district.districtId, category },
        label: `${district.label}: ${category}`,
        value: count,
        count,
      });
    }
  }
  return rows;
}

function notesOf(tally: CoverageTally, listed: boolean): string[] {
  const notes: string[] = [];
  if (tally.notRun.size > 0) {
    notes.push(
      `Programs in the pipeline or cancelled do not count: ${[...tally.notRun].sort().join(', ')}.`,
    );
  }
  if (tally.aboveDistrict.size > 0) {
    const ids = [...tally.aboveDistrict].sort().join(', ');
    notes.push(
      listed
        ? `Locations above the district level or not in the gazetteer are not attributed to the listed districts: ${ids}.`
        : `Locations above the district level or not in the gazetteer are reported as district unknown: ${ids}.`,
    );
  }
  if (tally.withoutLocation.size > 0) {
    const ids = [...tally.withoutLocation].sort().join(', ');
    notes.push(
      listed
        ? `Programs without a location are not attributed to the listed districts: ${ids}.`
        : `Programs without a location are reported as district unknown: ${ids}.`,
    );
  }
  const several = tally.used.filter((p) => (p.categories ?? []).some((c) => c !== p.category));
  if (several.length > 0) {
    notes.push(
      `Programs with further categories count in each of their categories, so the programs of a district's categories may add up to more than its programs: ${[...new Set(several.map((p) => p.id))].sort().join(', ')}.`,
    );
  }
  return notes;
}

/**
 * Tells which program categories are active in which districts: the library's own
 * program-coverage view.
 *
 * @remarks
 * No standard defines this table, and the catalog names none: GRI 413-1 asks for the share of
 * operations with community engagement, impact assessments and development programs
 * ({@link communityEngagementCoverage}), and GRI 203-1 for infrastructure investments and services
 * supported ({@link communityInvestment}); a count of categories by district is neither.
 *
 * A category is active in a district when at least one program of that category (its primary
 * `category` or one of its further `categories`: a program counts in each) is located in
 * the district, in a town or village within it ({@link districtOf}), or in the district as a
 * first-level city. Programs in the pipeline or cancelled never ran and do not count; with
 * `period`, only programs whose period overlaps it count. A location above the district level
 * (an economic region), a country, an id the gazetteer does not hold, or a program without a
 * location gives district `unknown`: reported as its own row when no `locationIds` are given,
 * and otherwise named in a note, since such a program may or may not reach the listed districts.
 * With `locationIds` every listed district is reported, so the categories missing in a district
 * are visible.
 *
 * A table of counts (unit `count`) with no headline figure: per district, a row keyed
 * `{ district }` whose value is the number of active categories (`count`: the programs), followed
 * by one row per category keyed `{ district, category }` whose value is the number of programs.
 *
 * @param programs - The social programs.
 * @param options - The gazetteer, the districts to report and the period.
 * @returns Always `null` with `BREAKDOWN_ONLY`: the figures are the rows; `detail.districts`
 * lists the active and inactive categories of each district.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a listed id is not in the gazetteer or lies
 * within a district (a village), the gazetteer is not one, or a program does not match
 * {@link SocialProgramSchema}; `INVALID_DATE` / `INVALID_PERIOD` for a malformed period.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const coverage = categoryCoverage(programs, { gazetteer: azGazetteer, locationIds: ['AZ-DAS', 'AZ-GOR'] });
 * coverage.detail.districts.map((d) => [d.districtId, d.active.map((a) => a.category)]);
 * //=> [['AZ-DAS', ['sportsAndHealth', 'education']], ['AZ-GOR', []]]
 * ```
 *
 * @category Community indicators
 */
export function categoryCoverage(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CategoryCoverageOptions>,
): DetailedResult<CategoryCoverageDetail> {
  const { gazetteer, period, locationIds } = options;
  assertGazetteer(gazetteer);
  if (period !== undefined) assertPeriod(period, 'period');
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const listed = listedDistricts(gazetteer, locationIds);
  const tally = tallyCoverage(list, options, locationIds === undefined ? undefined : listed);
  const keys =
    locationIds === undefined ? [...tally.districts.keys()].sort(byPlaceKey) : [...listed.keys()];
  const districts = districtCategories(keys, tally, listed);
  return resultFrom(entry, {
    value: null,
    reason: 'BREAKDOWN_ONLY',
    breakdown: breakdownOf(districts),
    definitions: {
      locationIds: locationIds === undefined ? null : [...locationIds],
      districtIds: districts.map((d) => d.districtId),
      period: period === undefined ? null : periodDefinition(period),
      statusesLeftOut: [...NOT_ACTIVE],
    },
    sourceIds: uniqueSourceIds(tally.used.map((p) => p.sourceIds)),
    notes: notesOf(tally, locationIds !== undefined),
    detail: { districts },
  });
}

/**
 * The definition of {@link categoryCoverage}: on a dataset, the categories active in each
 * district within the report's period.
 *
 * @internal
 */
export const categoryCoverageIndicator = defineIndicator({
  entry,
  compute: categoryCoverage,
  fromDataset: (context) =>
    context.data.programs.length === 0
      ? NO_PROGRAMS
      : [
          categoryCoverage(context.data.programs, {
            gazetteer: context.gazetteer,
            period: context.period,
          }),
        ],
});
