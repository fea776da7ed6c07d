import type { Count } from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { checkedCountInterval } from './internal/checkedCountInterval.js';
import { type CountRange, countShare } from './internal/countShare.js';
import { onSummary } from './internal/onSummary.js';
import { originRanges } from './internal/originRanges.js';
import { shareFields } from './internal/shareFields.js';

const entry = {
  id: 'workforce.workforceOriginDistribution',
  title: 'Workforce by origin',
  unit: 'share',
  formula:
    'For each district (or economic region) of origin: people from it / everyone counted, with an unknown row for the rest; the shares sum to 1',
  standards: ['ICMM SER'],
  family: 'workforce',
  functionName: 'workforceOriginDistribution',
  results: 'many',
  resultKeys: ['level'],
  dimensions: ['economicRegion', 'district'],
} as const satisfies IndicatorCatalogEntry;

const LEVELS: readonly OriginLevel[] = ['economicRegion', 'district'];

/**
 * The level of origin a workforce is grouped by: the district (or first-level city) or the
 * economic region of the home.
 *
 * @category Workforce indicators
 */
export type OriginLevel = 'district' | 'economicRegion';

/**
 * Options of {@link workforceOriginDistribution}.
 *
 * @category Workforce indicators
 */
export interface WorkforceOriginDistributionOptions {
  /**
   * The one level to give: `'district'` reads the summary's `byOrigin`, `'economicRegion'` its
   * `byEconomicRegion`; by default both, economic region first.
   */
  readonly level?: OriginLevel | undefined;
  /** A gazetteer to label the rows with the locations' names; rows have no label without it. */
  readonly gazetteer?: Gazetteer | undefined;
}

/**
 * What one distribution of {@link workforceOriginDistribution} divides by (its `detail`).
 *
 * @category Workforce indicators
 */
export interface WorkforceOriginDistributionDetail {
  /** The summary's headcount, exact or bounds, as published. */
  readonly headcount: Count;
}

type OriginResult = DetailedResult<WorkforceOriginDistributionDetail>;

/** The rows of one level: a row per place, keys sorted, then `unknown` for the rest. */
function rowsOf(
  level: OriginLevel,
  places: readonly { key: string; range: CountRange }[],
  whole: CountRange,
  gazetteer: Gazetteer | undefined,
): BreakdownRow[] {
  const field = level === 'district' ? 'byOrigin' : 'byEconomicRegion';
  let sumMin = 0;
  let sumMax: number | null = 0;
  for (const { range } of places) {
    sumMin += range.min;
    sumMax = sumMax === null || range.max === null ? null : sumMax + range.max;
  }
  if (whole.max !== null && sumMin > whole.max) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${field} counts at least ${sumMin} people, more than the headcount of at most ${whole.max}`,
    );
  }
  const unknown: CountRange = {
    min: sumMax === null ? 0 : Math.max(0, whole.min - sumMax),
    max: whole.max === null ? null : whole.max - sumMin,
  };
  return [...places, { key: 'unknown', range: unknown }].map(({ key, range }, i) => {
    const others = places.filter((_, j) => j !== i).map((place) => place.range);
    const label = i < places.length ? gazetteer?.byId.get(key)?.name : undefined;
    return {
      keys: { [level]: key },
      ...(label === undefined ? {} : { label }),
      ...shareFields(countShare(range, whole, others, `${field} of headcount`)),
      ...(range.min === range.max ? { count: range.min } : {}),
    };
  });
}

/** The distribution of a checked summary at one level. */
function distributionAt(
  summary: Readonly<WorkforceSummary>,
  level: OriginLevel,
  gazetteer: Gazetteer | undefined,
): OriginResult {
  const places = originRanges(summary, level);
  const whole = checkedCountInterval(summary.headcount, 'headcount');
  const common = {
    keys: { level },
    definitions: {
      asOf: summary.asOf,
      basis: 'summary',
      level,
      denominator: 'headcount',
      scope: summary.scope ?? 'unknown',
    },
    sourceIds: uniqueSourceIds([summary.sourceIds]),
    detail: { headcount: summary.headcount },
  };
  if (places === undefined) {
    const field = level === 'district' ? 'byOrigin' : 'byEconomicRegion';
    return resultFrom(entry, {
      ...common,
      value: null,
      reason: 'MISSING_DATA',
      notes: [`The summary has no breakdown by ${level} (${field}).`],
    }) as OriginResult;
  }
  const breakdown = rowsOf(level, places, whole, gazetteer);
  if (whole.max === 0) {
    return resultFrom(entry, {
      ...common,
      value: null,
      reason: 'ZERO_DENOMINATOR',
      notes: ['Nobody is counted, so there are no shares.'],
    }) as OriginResult;
  }
  return resultFrom(entry, {
    ...common,
    value: null,
    reason: 'BREAKDOWN_ONLY',
    breakdown,
    notes: [],
  }) as OriginResult;
}

/**
 * The workforce by place of origin, as counts and shares, with an `unknown` row: one result per
 * level (economic region, district).
 *
 * @remarks
 * For each level, one row per district (keys `{ district }`, from the summary's `byOrigin`) or
 * economic region (`{ economicRegion }`, from `byEconomicRegion`), keys sorted, then a row
 * `unknown` for the rest of the headcount: people whose home the gazetteer does not place at
 * that level, or whom a published breakdown leaves out. Each row has its `count` and its share
 * `count / headcount` (unit `share`); the shares sum to 1. When a count or the headcount is
 * bounds, a row's share is `null` with `reason: 'BOUNDED'` and `bounds`, and the unknown row's
 * count lies between `headcount.min − Σ max` (at least 0) and `headcount.max − Σ min`. The table
 * has no headline figure: `value` is `null` with `BREAKDOWN_ONLY`; `detail.headcount` is the
 * headcount divided by. Each result has `keys: { level }` and `definitions.level`. ICMM SER
 * asks for the origin of the workforce. This is not GRI 2-7: 2-7 breaks employees down by the
 * region where they work, which {@link employeeBreakdown} gives; origin is where they are from.
 *
 * @param summary - The workforce summary.
 * @param options - The level (both by default) and, for labels, a gazetteer.
 * @returns One result per level, economic region first (only the one asked for with `level`):
 * `value` `null` with `BREAKDOWN_ONLY` and the shares in the rows (each in [0, 1]); with
 * `MISSING_DATA` when the summary has no breakdown at that level, `ZERO_DENOMINATOR` (and no
 * rows) when the headcount is 0.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link WorkforceSummarySchema}, the level is not valid, or the breakdown counts more people
 * than the headcount.
 *
 * @example
 * ```ts
 * const [byRegion] = workforceOriginDistribution(summary, { level: 'economicRegion' });
 * byRegion?.breakdown?.map((row) => [row.keys.economicRegion, row.count]);
 * //=> [['az-er-baku', 2], ['az-er-ganja-dashkasan', 7], ['az-er-gazakh-tovuz', 1], ['unknown', 2]]
 * ```
 *
 * @category Workforce indicators
 */
export function workforceOriginDistribution(
  summary: Readonly<WorkforceSummary>,
  options: Readonly<WorkforceOriginDistributionOptions> = {},
): readonly DetailedResult<WorkforceOriginDistributionDetail>[] {
  parseOne(WorkforceSummarySchema, summary, 'summary');
  const level: unknown = options.level;
  if (level !== undefined && level !== 'district' && level !== 'economicRegion') {
    throw new ImpactError('INVALID_ARGUMENT', "level must be 'district' or 'economicRegion'");
  }
  const levels: readonly OriginLevel[] = level === undefined ? LEVELS : [level];
  return levels.map((each) => distributionAt(summary, each, options.gazetteer));
}

/**
 * The definition of {@link workforceOriginDistribution}: on a dataset, it reads the workforce
 * summary of the employee records (or the latest published one), at both levels, with the
 * report's gazetteer for labels.
 *
 * @internal
 */
export const workforceOriginDistributionIndicator = defineIndicator({
  entry,
  compute: workforceOriginDistribution,
  fromDataset: onSummary((summary, context) =>
    workforceOriginDistribution(summary, { gazetteer: context.gazetteer }),
  ),
});
