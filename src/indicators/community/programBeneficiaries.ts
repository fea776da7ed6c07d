import { appendAll } from '../../core/appendAll.js';
import type { Bounds } from '../../core/bounds.js';
import type { ProgramId } from '../../core/ids.js';
import {
  type Beneficiaries,
  type ProgramCategory,
  type SocialProgram,
  SocialProgramSchema,
} from '../../model/socialProgram.js';
import { assertGazetteer } from '../../places/assertGazetteer.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, RowKeys } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../internal/placeOf.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { approximateBeneficiaryNotes } from './internal/approximateBeneficiaries.js';
import {
  type BeneficiaryGroup,
  beneficiaryGroups,
  groupInterval,
  jointCountNotes,
} from './internal/beneficiaryGroups.js';
import { NO_PERSON_COUNTS } from './internal/programAbsences.js';

const entry = {
  id: 'community.programBeneficiaries',
  title: 'Program beneficiaries',
  unit: 'count',
  formula:
    'Unique beneficiaries of one unit (persons by default) across programs when ids are given; otherwise bounds [largest program count, Σ program counts] with a double-counting flag, a count published for several programs together (jointWith) taken once; no household multipliers',
  standards: ['IRIS+ PI4060', 'GRI 203-2'],
  family: 'community',
  functionName: 'programBeneficiaries',
  results: 'one',
  dimensions: ['category', 'economicRegion'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link programBeneficiaries}.
 *
 * @category Community indicators
 */
export interface ProgramBeneficiariesOptions {
  /** Which unit to count; default `'person'`. Other units are never added to it. */
  readonly unit?: Beneficiaries['unit'] | undefined;
  /**
   * A gazetteer placing the programs' locations in economic regions; when given, the result has
   * a breakdown by economic region (`detail.byRegion`).
   */
  readonly gazetteer?: Gazetteer | undefined;
}

/**
 * The beneficiaries of the programs of one category (see {@link programBeneficiaries}).
 *
 * @category Community indicators
 */
export interface ProgramBeneficiaryCategory {
  /** The category. */
  readonly category: ProgramCategory;
  /** The programs of the category counted. */
  readonly programs: number;
  /** The sum of the minimum counts of those programs. */
  readonly min: number;
  /** The sum of their maximum counts; absent when a count has no upper bound. */
  readonly max?: number | undefined;
}

/**
 * The beneficiaries of the programs located in one economic region (see
 * {@link programBeneficiaries}).
 *
 * @category Community indicators
 */
export interface ProgramBeneficiaryRegion {
  /** The economic region's location id, or `'unknown'` for locations in no region. */
  readonly regionId: string;
  /** The region's name (`'unknown'` for the unknown row). */
  readonly label: string;
  /** The programs with at least one location in the region. */
  readonly programs: number;
  /** The sum of the minimum counts of those programs. */
  readonly min: number;
  /** The sum of their maximum counts; absent when a count has no upper bound. */
  readonly max?: number | undefined;
}

/**
 * The detail of {@link programBeneficiaries}: the sum, the unique count when known and the
 * counts by category and region.
 *
 * @category Community indicators
 */
export interface ProgramBeneficiariesDetail {
  /** The unit counted. */
  readonly unit: Beneficiaries['unit'];
  /** Σ of the programs' counts when all are exact; `null` when some are bounds. */
  readonly sum: number | null;
  /** Unique beneficiaries when every counted program lists ids; otherwise `null`. */
  readonly unique: number | null;
  /** Whether a person may be counted in several programs (no ids to de-duplicate). */
  readonly mayDoubleCount: boolean;
  /** Per category, sorted by name: the sums of the minimum and maximum counts. */
  readonly byCategory: readonly ProgramBeneficiaryCategory[];
  /**
   * Per economic region (only with the `gazetteer` option): the sums of the minimum and maximum
   * counts of the programs located in it, sorted by region id, `unknown` last. A program located
   * in several regions counts in each, so the regions may add up to more than the total.
   */
  readonly byRegion?: readonly ProgramBeneficiaryRegion[] | undefined;
  /** Programs counted (those reporting beneficiaries in `unit`), in input order. */
  readonly programIds: readonly ProgramId[];
}

/** The programs of a group and the sums of their counts (`max` null: no upper bound). */
interface GroupCounts {
  readonly label: string;
  programs: number;
  min: number;
  max: number | null;
}

/** The running sums of {@link programBeneficiaries}. */
interface BeneficiaryTally {
  minOfLargest: number;
  sumMin: number;
  sumMax: number | null;
  allExact: boolean;
  allHaveIds: boolean;
  readonly ids: Set<string>;
  readonly categories: Map<string, GroupCounts>;
  readonly regions: Map<string, GroupCounts>;
}

/** Adds one program's interval to a group. */
function addToGroup(
  groups: Map<string, GroupCounts>,
  key: string,
  label: string,
  interval: { readonly min: number; readonly max: number | null },
  programs: number,
): void {
  const group = groups.get(key) ?? { label, programs: 0, min: 0, max: 0 };
  group.programs += programs;
  group.min += interval.min;
  group.max = group.max === null || interval.max === null ? null : group.max + interval.max;
  groups.set(key, group);
}

/** The economic regions of a program's locations (`unknown` for none), each once. */
function regionsOf(program: Readonly<SocialProgram>, gazetteer: Gazetteer): Map<string, string> {
  const regions = new Map<string, string>();
  for (const location of program.locations) {
    const region = economicRegionOf(gazetteer, location.locationId);
    regions.set(region?.id ?? UNKNOWN_PLACE, region?.name ?? UNKNOWN_PLACE);
  }
  if (program.locations.length === 0) regions.set(UNKNOWN_PLACE, UNKNOWN_PLACE);
  return regions;
}

/** The categories of a group's programs, each with the group's interval in it. */
function groupCategories(
  group: Readonly<BeneficiaryGroup>,
  interval: { readonly min: number; readonly max: number | null },
): Map<string, { readonly min: number; readonly max: number | null }> {
  const categories = new Set(group.programs.map((p) => p.category as string));
  // A count shared by programs of several categories is split in an unknown way among them.
  const share = categories.size === 1 ? interval : { min: 0, max: interval.max };
  return new Map([...categories].map((category) => [category, share]));
}

/** Sums the counts of the groups, overall, by category and (with a gazetteer) by region. */
function tallyBeneficiaries(
  groups: readonly Readonly<BeneficiaryGroup>[],
  gazetteer: Gazetteer | undefined,
): BeneficiaryTally {
  const tally: BeneficiaryTally = {
    minOfLargest: 0,
    sumMin: 0,
    sumMax: 0,
    allExact: true,
    allHaveIds: groups.length > 0,
    ids: new Set(),
    categories: new Map(),
    regions: new Map(),
  };
  for (const group of groups) {
    const { beneficiaries } = group;
    const interval = groupInterval(group);
    // An approximate count ("about 20,000") is taken as the value, with a note.
    if (interval.min !== interval.max) tally.allExact = false;
    tally.minOfLargest = Math.max(tally.minOfLargest, interval.min);
    tally.sumMin += interval.min;
    tally.sumMax =
      tally.sumMax === null || interval.max === null ? null : tally.sumMax + interval.max;
    if (beneficiaries.ids === undefined) tally.allHaveIds = false;
    else for (const id of beneficiaries.ids) tally.ids.add(id);
    for (const [category, share] of groupCategories(group, interval))
      addToGroup(tally.categories, category, category, share, countIn(group, category));
    if (gazetteer === undefined) continue;
    const regions = new Map<string, string>();
    for (const program of group.programs)
      for (const [regionId, label] of regionsOf(program, gazetteer)) regions.set(regionId, label);
    for (const [regionId, label] of regions)
      addToGroup(tally.regions, regionId, label, interval, group.programs.length);
  }
  return tally;
}

/** How many programs of a group are in a category. */
function countIn(group: Readonly<BeneficiaryGroup>, category: string): number {
  return group.programs.filter((p) => p.category === category).length;
}

/** The groups sorted by key, `unknown` last. */
function sortedGroups(groups: ReadonlyMap<string, GroupCounts>): [string, GroupCounts][] {
  return [...groups.entries()].sort(([a], [b]) => byPlaceKey(a, b));
}

/** The sums of a group, with `max` left out when unbounded. */
function sumsOf(group: GroupCounts): { programs: number; min: number; max?: number } {
  return {
    programs: group.programs,
    min: group.min,
    ...(group.max === null ? {} : { max: group.max }),
  };
}

/** The breakdown row of a group: its count when exact, else its bounds. */
function groupRow(
  keys: RowKeys,
  group: { readonly programs: number; readonly min: number; readonly max?: number | undefined },
  label?: string,
): BreakdownRow {
  const exact = group.max === group.min;
  return {
    keys,
    ...(label === undefined ? {} : { label }),
    ...(exact ? { value: group.min } : { value: null, reason: 'BOUNDED' as const }),
    count: group.programs,
    bounds: { min: group.min, ...(group.max === undefined ? {} : { max: group.max }) },
  };
}

/** Bounds on the unique number: exact with ids, else the largest minimum to the sum. */
function boundsOf(tally: BeneficiaryTally, unique: number | null, groups: number): Bounds {
  if (unique !== null) return { min: unique, max: unique };
  return {
    min: groups > 1 ? tally.minOfLargest : tally.sumMin,
    ...(tally.sumMax === null ? {} : { max: tally.sumMax }),
  };
}

function notesOf(
  counted: readonly Readonly<SocialProgram>[],
  groups: readonly Readonly<BeneficiaryGroup>[],
  mayDoubleCount: boolean,
): string[] {
  const notes = jointCountNotes(groups);
  if (mayDoubleCount) {
    notes.push(
      'Programs do not list beneficiary ids: the same people may be counted in several programs.',
    );
  }
  if (counted.some((p) => p.beneficiaries?.estimated === true))
    notes.push('Some counts are estimates.');
  appendAll(notes, approximateBeneficiaryNotes(counted));
  return notes;
}

/**
 * Counts the beneficiaries of programs without double counting (IRIS+ PI4060).
 *
 * @remarks
 * Unit `count`. Only programs reporting beneficiaries in the requested unit count; persons,
 * households and organizations are never added together and no household multiplier is applied.
 * When every counted program lists beneficiary ids, the value is the number of distinct ids.
 * Otherwise the number of unique beneficiaries lies between the largest program's minimum
 * (everyone in the other programs may be the same people) and the sum of the maximums (nobody
 * counted twice); a bounded count such as "hundreds" (`{ min: 200, max: 999 }`) contributes its
 * bounds, and a count with no upper bound leaves the sum unbounded above. A count published for
 * several programs together (`jointWith`) is taken once for the group, as one program; when
 * some programs of the group are not in `programs`, the others reach between 0 and the count.
 * In the rows by category, a joint count whose programs lie in several categories adds between 0
 * and the count to each.
 *
 * Rows keyed `{ category }` give the counts per category; with a `gazetteer`, rows keyed
 * `{ economicRegion }` (and `detail.byRegion`) give, per economic region, the counts of the
 * programs with a location in it ({@link economicRegionOf}); a program in two regions counts in
 * both, and locations in no region of the gazetteer (or not in it) count as region `unknown`.
 * Each row's value is the sum of its programs' counts when exact, else `null` with `BOUNDED` and
 * the sums in `bounds`; its `count` is the number of programs.
 *
 * @param programs - The social programs.
 * @param options - The unit to count and, for the breakdown by economic region, a gazetteer.
 * @returns The unique number of beneficiaries when known (ids), the exact count when a single
 * program is counted, else `null` with `BOUNDED` (`MISSING_DATA` when no program counts the
 * unit); `bounds` always holds what is known of the unique number. `detail` holds the sum, the
 * unique count, the double-counting flag and the counts by category and region.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a program does not match
 * {@link SocialProgramSchema}, or `gazetteer` is given and is not a gazetteer.
 *
 * @example
 * ```ts
 * const result = programBeneficiaries([
 *   { ...program, beneficiaries: { count: { min: 200, max: 999, phrase: 'hundreds' }, unit: 'person', estimated: true } },
 * ]);
 * [result.value, result.reason, result.bounds];
 * //=> [null, 'BOUNDED', { min: 200, max: 999 }]
 * ```
 *
 * @category Community indicators
 */
export function programBeneficiaries(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<ProgramBeneficiariesOptions> = {},
): DetailedResult<ProgramBeneficiariesDetail> {
  const unit = options.unit ?? 'person';
  const { gazetteer } = options;
  if (gazetteer !== undefined) assertGazetteer(gazetteer);
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const counted = list.filter((p) => p.beneficiaries?.unit === unit);
  const groups = beneficiaryGroups(counted);
  const tally = tallyBeneficiaries(groups, gazetteer);
  const unique = tally.allHaveIds ? tally.ids.size : null;
  const sum = tally.allExact ? tally.sumMin : null;
  const mayDoubleCount = unique === null && groups.length > 1;
  const value = unique ?? (groups.length === 1 ? sum : null);
  const byCategory = sortedGroups(tally.categories).map(([key, group]) => ({
    category: key as ProgramCategory,
    ...sumsOf(group),
  }));
  const byRegion =
    gazetteer === undefined
      ? undefined
      : sortedGroups(tally.regions).map(([key, group]) => ({
          regionId: key,
          label: group.label,
          ...sumsOf(group),
        }));
  return resultFrom(entry, {
    ...(value === null
      ? { value, reason: counted.length === 0 ? ('MISSING_DATA' as const) : ('BOUNDED' as const) }
      : { value }),
    bounds: boundsOf(tally, unique, groups.length),
    breakdown: [
      ...byCategory.map((c) => groupRow({ category: c.category }, c)),
      ...(byRegion ?? []).map((r) => groupRow({ economicRegion: r.regionId }, r, r.label)),
    ],
    definitions: { unit, deduplication: tally.allHaveIds ? 'ids' : 'none' },
    sourceIds: uniqueSourceIds(counted.map((p) => p.sourceIds)),
    notes: notesOf(counted, groups, mayDoubleCount),
    detail: {
      unit,
      sum,
      unique,
      mayDoubleCount,
      byCategory,
      ...(byRegion === undefined ? {} : { byRegion }),
      programIds: counted.map((p) => p.id),
    },
  });
}

/**
 * The definition of {@link programBeneficiaries}: on a dataset, the persons reached by every
 * program.
 *
 * @internal
 */
export const programBeneficiariesIndicator = defineIndicator({
  entry,
  compute: programBeneficiaries,
  fromDataset: (context) =>
    context.data.programs.some((program) => program.beneficiaries?.unit === 'person')
      ? [programBeneficiaries(context.data.programs)]
      : NO_PERSON_COUNTS,
});
