import { countInterval } from '../../core/count.js';
import type { Beneficiaries, ProgramCategory, SocialProgram } from '../../model/socialProgram.js';
import { checkGazetteer } from '../../places/checkGazetteer.js';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { byPlaceKey, UNKNOWN_PLACE } from '../placeOf.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { programBeneficiariesEntry } from './communityCatalog.js';

/**
 * Options of {@link programBeneficiaries}.
 *
 * @example
 * ```ts
 * const options: ProgramBeneficiariesOptions = { unit: 'household' };
 * ```
 *
 * @category Indicators
 */
export interface ProgramBeneficiariesOptions {
  /** Which unit to count; default `'person'`. Other units are never added to it. */
  readonly unit?: Beneficiaries['unit'] | undefined;
  /**
   * A gazetteer placing the programs' locations in economic regions; when given, the result has
   * a breakdown by economic region (`byRegion`).
   */
  readonly gazetteer?: Gazetteer | undefined;
}

/**
 * The beneficiaries of the programs located in one economic region (see
 * {@link programBeneficiaries}).
 *
 * @example
 * ```ts
 * const row: ProgramBeneficiaryRegion = { regionId: 'az-er-ganja-dashkasan', label: 'Gəncə-Daşkəsən', programs: 2, min: 215, max: 1014 };
 * ```
 *
 * @category Indicators
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
  readonly max?: number;
}

/**
 * The beneficiaries of a set of programs (see {@link programBeneficiaries}).
 *
 * @example
 * ```ts
 * declare const b: ProgramBeneficiaryCount;
 * b.unique ?? b.bounds;
 * ```
 *
 * @category Indicators
 */
export interface ProgramBeneficiaryCount {
  /** The unit counted. */
  readonly unit: Beneficiaries['unit'];
  /** Σ of the programs' counts when all are exact; `null` when some are bounds. */
  readonly sum: number | null;
  /** Unique beneficiaries when every counted program lists ids; otherwise `null`. */
  readonly unique: number | null;
  /** Whether a person may be counted in several programs (no ids to de-duplicate). */
  readonly mayDoubleCount: boolean;
  /**
   * Bounds on the number of unique beneficiaries: at least the largest program's minimum, at
   * most the sum of the maximums (`max` absent when a count has no upper bound).
   */
  readonly bounds: { readonly min: number; readonly max?: number };
  /** Per category: the sum of the minimum and maximum counts of its programs. */
  readonly byCategory: ReadonlyArray<{
    readonly category: ProgramCategory;
    readonly programs: number;
    readonly min: number;
    readonly max?: number;
  }>;
  /**
   * Per economic region (only with the `gazetteer` option): the sum of the minimum and maximum
   * counts of the programs located in it, sorted by region id, `unknown` last. A program located
   * in several regions counts in each, so the rows may add up to more than the total.
   */
  readonly byRegion?: readonly ProgramBeneficiaryRegion[];
  /** Programs counted (those reporting beneficiaries in `unit`). */
  readonly programIds: readonly string[];
  /** The same figures as an indicator result. */
  readonly result: IndicatorResult;
}

/**
 * Counts the beneficiaries of programs without double counting (IRIS+ PI4060).
 *
 * @remarks
 * Only programs reporting beneficiaries in the requested unit count; persons, households and
 * organizations are never added together and no household multiplier is applied. When every
 * counted program lists beneficiary ids, `unique` is the number of distinct ids. Otherwise the
 * number of unique beneficiaries lies between the largest program's minimum (everyone in the
 * other programs may be the same people) and the sum of the maximums (nobody counted twice); a
 * bounded count such as "hundreds" (`{ min: 200, max: 999 }`) contributes its bounds, and a count
 * with no upper bound leaves the sum unbounded above.
 *
 * With a `gazetteer`, `byRegion` (and breakdown rows of dimension `economicRegion`) give, per
 * economic region, the counts of the programs with a location in it ({@link economicRegionOf});
 * a program in two regions counts in both, and locations in no region of the gazetteer (or not
 * in it) count as region `unknown`.
 *
 * @param programs - The social programs.
 * @param options - The unit to count and, for the breakdown by economic region, a gazetteer.
 * @returns The sum, the unique count when known, the double-counting flag and the bounds; the
 * `result` value is `unique` when known, the exact sum when a single program is counted, else
 * `null` with reason `BOUNDED`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when `gazetteer` is given and is not a gazetteer.
 *
 * @example
 * ```ts
 * programBeneficiaries([
 *   { ...program, beneficiaries: { count: { min: 200, max: 999, phrase: 'hundreds' }, unit: 'person', estimated: true } },
 * ]).bounds;
 * //=> { min: 200, max: 999 }
 * ```
 *
 * @category Indicators
 */
export function programBeneficiaries(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<ProgramBeneficiariesOptions> = {},
): ProgramBeneficiaryCount {
  const unit = options.unit ?? 'person';
  const { gazetteer } = options;
  if (gazetteer !== undefined) checkGazetteer(gazetteer);
  const counted = [...programs].filter((p) => p.beneficiaries?.unit === unit);
  const regions = new Map<
    string,
    { label: string; programs: number; min: number; max: number | null }
  >();
  let minOfLargest = 0;
  let sumMin = 0;
  let sumMax: number | null = 0;
  let allExact = true;
  let allHaveIds = counted.length > 0;
  const ids = new Set<string>();
  const categories = new Map<
    ProgramCategory,
    { programs: number; min: number; max: number | null }
  >();
  for (const program of counted) {
    const beneficiaries = program.beneficiaries as Beneficiaries;
    const { min, max } = countInterval(beneficiaries.count);
    if (typeof beneficiaries.count !== 'number') allExact = false;
    minOfLargest = Math.max(minOfLargest, min);
    sumMin += min;
    sumMax = sumMax === null || max === null ? null : sumMax + max;
    if (beneficiaries.ids === undefined) allHaveIds = false;
    else for (const id of beneficiaries.ids) ids.add(id);
    const category = categories.get(program.category) ?? { programs: 0, min: 0, max: 0 };
    category.programs += 1;
    category.min += min;
    category.max = category.max === null || max === null ? null : category.max + max;
    categories.set(program.category, category);
    if (gazetteer !== undefined) {
      const seen = new Map<string, string>();
      for (const location of program.locations) {
        const region = economicRegionOf(gazetteer, location.locationId);
        seen.set(region?.id ?? UNKNOWN_PLACE, region?.name ?? UNKNOWN_PLACE);
      }
      if (program.locations.length === 0) seen.set(UNKNOWN_PLACE, UNKNOWN_PLACE);
      for (const [regionId, label] of seen) {
        const acc = regions.get(regionId) ?? { label, programs: 0, min: 0, max: 0 };
        acc.programs += 1;
        acc.min += min;
        acc.max = acc.max === null || max === null ? null : acc.max + max;
        regions.set(regionId, acc);
      }
    }
  }
  const unique = allHaveIds ? ids.size : null;
  const sum = allExact ? sumMin : null;
  const mayDoubleCount = unique === null && counted.length > 1;
  const bounds =
    unique !== null
      ? { min: unique, max: unique }
      : {
          min: counted.length > 1 ? minOfLargest : sumMin,
          ...(sumMax === null ? {} : { max: sumMax }),
        };
  const value = unique ?? (counted.length === 1 ? sum : null);
  const byCategory = [...categories.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([category, c]) => ({
      category,
      programs: c.programs,
      min: c.min,
      ...(c.max === null ? {} : { max: c.max }),
    }));
  const byRegion: ProgramBeneficiaryRegion[] | undefined =
    gazetteer === undefined
      ? undefined
      : [...regions.entries()]
          .sort(([a], [b]) => byPlaceKey(a, b))
          .map(([regionId, r]) => ({
            regionId,
            label: r.label,
            programs: r.programs,
            min: r.min,
            ...(r.max === null ? {} : { max: r.max }),
          }));
  const rowOf = (
    dimension: string,
    key: string,
    c: { readonly programs: number; readonly min: number; readonly max?: number },
    label?: string,
  ): BreakdownRow => ({
    dimension,
    key,
    ...(label === undefined ? {} : { label }),
    value: c.max === c.min ? c.min : null,
    ...(c.max === c.min ? {} : { reason: 'BOUNDED' as const }),
    count: c.programs,
    bounds: { min: c.min, ...(c.max === undefined ? {} : { max: c.max }) },
  });
  const notes: string[] = [];
  if (mayDoubleCount) {
    notes.push(
      'Programs do not list beneficiary ids: the same people may be counted in several programs.',
    );
  }
  if (counted.some((p) => p.beneficiaries?.estimated === true))
    notes.push('Some counts are estimates.');
  const result = resultFrom(programBeneficiariesEntry, {
    value,
    ...(value === null ? { reason: counted.length === 0 ? 'MISSING_DATA' : 'BOUNDED' } : {}),
    bounds,
    breakdown: [
      ...byCategory.map((c) => rowOf('category', c.category, c)),
      ...(byRegion ?? []).map((r) => rowOf('economicRegion', r.regionId, r, r.label)),
    ],
    definitions: { unit, deduplication: allHaveIds ? 'ids' : 'none' },
    sourceIds: uniqueSourceIds(counted.map((p) => p.sourceIds)),
    notes,
  });
  return {
    unit,
    sum,
    unique,
    mayDoubleCount,
    bounds,
    byCategory,
    ...(byRegion === undefined ? {} : { byRegion }),
    programIds: counted.map((p) => p.id),
    result,
  };
}
