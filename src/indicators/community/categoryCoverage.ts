import { checkPeriod } from '../../core/checkPeriod.js';
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
} from '../../model/socialProgram.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import { districtOf } from '../../places/districtOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../placeOf.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { checkedPrograms } from './checkedPrograms.js';
import { categoryCoverageEntry } from './communityCatalog.js';

/**
 * Options of {@link categoryCoverage}.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const options: CategoryCoverageOptions = { gazetteer: azGazetteer, locationIds: ['AZ-DAS', 'AZ-GYG'] };
 * ```
 *
 * @category Indicators
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
 * The program categories active in one district (see {@link categoryCoverage}).
 *
 * @example
 * ```ts
 * const district: DistrictCategories = {
 *   districtId: 'AZ-DAS',
 *   label: 'Daşkəsən',
 *   active: [],
 *   inactive: ['sportsAndHealth', 'environment', 'agriculture', 'education', 'publicAwareness', 'entrepreneurship', 'culturalHeritage', 'infrastructure', 'other'],
 * };
 * ```
 *
 * @category Indicators
 */
export interface DistrictCategories {
  /** The district or first-level city; `'unknown'` for locations above the district level. */
  readonly districtId: string;
  /** The district's name (`'unknown'` for the unknown row). */
  readonly label: string;
  /** The categories with at least one program there, in category order, with the programs. */
  readonly active: readonly {
    /** The category. */
    readonly category: ProgramCategory;
    /** The programs of the category located in the district, sorted. */
    readonly programIds: readonly ProgramId[];
  }[];
  /** The categories with no program there, in category order. */
  readonly inactive: readonly ProgramCategory[];
}

/**
 * The categories active in each district (see {@link categoryCoverage}).
 *
 * @example
 * ```ts
 * declare const coverage: CategoryCoverage;
 * coverage.districts.map((d) => [d.districtId, d.active.length]);
 * ```
 *
 * @category Indicators
 */
export interface CategoryCoverage {
  /** One entry per district reported. */
  readonly districts: readonly DistrictCategories[];
  /** The same figures as an indicator result. */
  readonly result: IndicatorResult;
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
    else queue.push(...(gazetteer.childrenOf.get(next.id) ?? []));
  }
  return found;
}

/**
 * Tells which program categories are active in which districts (GRI 413-1, GRI 203-1).
 *
 * @remarks
 * A category is active in a district when at least one program of that category is located in
 * the district, in a town or village within it ({@link districtOf}), or in the district as a
 * first-level city. Programs in the pipeline or cancelled never ran and do not count; with
 * `period`, only programs whose period overlaps it count. A location above the district level
 * (an economic region), a country, an id the gazetteer does not hold, or a program without a
 * location gives district `unknown`:
 * reported as its own row when no `locationIds` are given, and otherwise named in a note, since
 * such a program may or may not reach the listed districts. With `locationIds` every listed
 * district is reported, so the categories missing in a district are visible.
 *
 * @param programs - The social programs.
 * @param options - The gazetteer, the districts to report and the period.
 * @returns One entry per district and the indicator result (unit `table`, `value` `null` with
 * reason `NOT_APPLICABLE`); its breakdown has per district a row of dimension `district` (value:
 * the number of active categories; count: the programs) followed by one row per category of
 * dimension `districtCategory`, keyed `<district>|<category>` (value and count: the programs).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a listed id is not in the gazetteer or lies
 * within a district (a village), the gazetteer is not one, or a program does not match
 * {@link SocialProgramSchema}; `INVALID_DATE` / `INVALID_PERIOD` for a malformed period.
 *
 * @example
 * ```ts
 * import { azGazetteer } from 'mining-impact/data/az';
 *
 * const coverage = categoryCoverage(programs, { gazetteer: azGazetteer, locationIds: ['AZ-DAS', 'AZ-GOR'] });
 * coverage.districts.map((d) => [d.districtId, d.active.map((a) => a.category)]);
 * //=> [['AZ-DAS', ['sportsAndHealth', 'education']], ['AZ-GOR', []]]
 * ```
 *
 * @category Indicators
 */
export function categoryCoverage(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CategoryCoverageOptions>,
): CategoryCoverage {
  const { gazetteer, period, locationIds } = options;
  checkGazetteer(gazetteer);
  if (period !== undefined) checkPeriod(period, 'period');
  const list = checkedPrograms(programs);
  const listed = new Map<string, Location>();
  for (const id of locationIds ?? []) {
    for (const district of districtsFor(gazetteer, id)) listed.set(district.id, district);
  }

  const active = new Map<
    string,
    { label: string; byCategory: Map<ProgramCategory, Set<ProgramId>> }
  >();
  const used: Readonly<SocialProgram>[] = [];
  const notRun = new Set<ProgramId>();
  const aboveDistrict = new Set<string>();
  const withoutLocation = new Set<ProgramId>();
  for (const program of list) {
    if (NOT_ACTIVE.includes(program.status)) {
      notRun.add(program.id);
      continue;
    }
    if (period !== undefined && !periodsOverlap(program.period, period)) continue;
    let any = false;
    if (program.locations.length === 0) withoutLocation.add(program.id);
    // A program without a location counts, like one above the district level, as unknown.
    const placed = program.locations.length === 0 ? [null] : program.locations;
    for (const location of placed) {
      const district = location === null ? undefined : districtOf(gazetteer, location.locationId);
      const key = district?.id ?? UNKNOWN_PLACE;
      if (location !== null && district === undefined) aboveDistrict.add(location.locationId);
      if (locationIds !== undefined && !listed.has(key)) continue;
      any = true;
      const entry = active.get(key) ?? {
        label: district?.name ?? UNKNOWN_PLACE,
        byCategory: new Map(),
      };
      const ids = entry.byCategory.get(program.category) ?? new Set<ProgramId>();
      ids.add(program.id);
      entry.byCategory.set(program.category, ids);
      active.set(key, entry);
    }
    if (any) used.push(program);
  }

  const keys = locationIds !== undefined ? [...listed.keys()] : [...active.keys()].sort(byPlaceKey);
  const categories: readonly ProgramCategory[] = ProgramCategorySchema.options;
  const districts: DistrictCategories[] = keys.map((key) => {
    const entry = active.get(key);
    const label = listed.get(key)?.name ?? (entry as { label: string }).label;
    const byCategory = entry?.byCategory ?? new Map<ProgramCategory, Set<ProgramId>>();
    return {
      districtId: key,
      label,
      active: categories
        .filter((c) => byCategory.has(c))
        .map((category) => ({
          category,
          programIds: [...(byCategory.get(category) as Set<ProgramId>)].sort(),
        })),
      inactive: categories.filter((c) => !byCategory.has(c)),
    };
  });

  const breakdown: BreakdownRow[] = [];
  for (const district of districts) {
    const programIds = new Set(district.active.flatMap((a) => a.programIds));
    breakdown.push({
      dimension: 'district',
      key: district.districtId,
      label: district.label,
      value: district.active.length,
      count: programIds.size,
    });
    for (const category of categories) {
      const count = district.active.find((a) => a.category === category)?.programIds.length ?? 0;
      breakdown.push({
        dimension: 'districtCategory',
        key: `${district.districtId}|${category}`,
        label: `${district.label}: ${category}`,
        value: count,
        count,
      });
    }
  }

  const notes: string[] = [];
  if (notRun.size > 0) {
    notes.push(
      `Programs in the pipeline or cancelled do not count: ${[...notRun].sort().join(', ')}.`,
    );
  }
  if (aboveDistrict.size > 0) {
    const ids = [...aboveDistrict].sort().join(', ');
    notes.push(
      locationIds === undefined
        ? `Locations above the district level or not in the gazetteer are reported as district unknown: ${ids}.`
        : `Locations above the district level or not in the gazetteer are not attributed to the listed districts: ${ids}.`,
    );
  }
  if (withoutLocation.size > 0) {
    const ids = [...withoutLocation].sort().join(', ');
    notes.push(
      locationIds === undefined
        ? `Programs without a location are reported as district unknown: ${ids}.`
        : `Programs without a location are not attributed to the listed districts: ${ids}.`,
    );
  }
  const result = resultFrom(categoryCoverageEntry, {
    value: null,
    reason: 'NOT_APPLICABLE',
    breakdown,
    definitions: {
      locationIds: locationIds === undefined ? null : [...locationIds],
      districtIds: districts.map((d) => d.districtId),
      period: period === undefined ? null : { start: period.start, end: period.end ?? null },
      statusesLeftOut: [...NOT_ACTIVE],
    },
    sourceIds: uniqueSourceIds(used.map((p) => p.sourceIds)),
    notes,
  });
  return { districts, result };
}
