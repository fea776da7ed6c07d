import { ImpactError } from '../../core/ImpactError.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { checkedCountInterval } from './checkedCountInterval.js';
import { checkSummary } from './checkSummary.js';
import { type CountRange, countShare } from './countShare.js';
import { originRanges } from './originRanges.js';
import { shareFields } from './shareFields.js';
import { workforceOriginDistributionEntry } from './workforceCatalog.js';

/**
 * The level of origin a workforce is grouped by: the district (or first-level city) or the
 * economic region of the home.
 *
 * @example
 * ```ts
 * const level: OriginLevel = 'economicRegion';
 * ```
 *
 * @category Indicators
 */
export type OriginLevel = 'district' | 'economicRegion';

/**
 * Options of {@link workforceOriginDistribution}.
 *
 * @example
 * ```ts
 * const options: WorkforceOriginDistributionOptions = { level: 'economicRegion', gazetteer: azGazetteer };
 * ```
 *
 * @category Indicators
 */
export interface WorkforceOriginDistributionOptions {
  /** `'district'` reads the summary's `byOrigin`, `'economicRegion'` its `byEconomicRegion`. */
  readonly level: OriginLevel;
  /** A gazetteer to label the rows with the locations' names; rows have no label without it. */
  readonly gazetteer?: Gazetteer | undefined;
}

/**
 * The workforce by place of origin, as counts and shares, with an `unknown` row.
 *
 * @remarks
 * One row per district (or economic region) of the summary's `byOrigin` (or
 * `byEconomicRegion`), keys sorted, then a row `unknown` for the rest of the headcount: people
 * whose home the gazetteer does not place at that level, or whom a published breakdown leaves
 * out. Each row has its `count` and its share `count / headcount` (dimension = the level); the
 * shares sum to 1. When a count or the headcount is bounds, a row's share is `null` with
 * `reason: 'BOUNDED'` and `bounds`, and the unknown row's count lies between
 * `headcount.min − Σ max` (at least 0) and `headcount.max − Σ min`. `value` is the headcount.
 *
 * @param summary - The workforce summary.
 * @param options - The level and, for labels, a gazetteer.
 * @returns A `table` indicator result whose value is the headcount; `null` with `MISSING_DATA`
 * when the summary has no breakdown at that level, `ZERO_DENOMINATOR` when the headcount is 0
 * (no rows), `BOUNDED` (with `bounds`) when the headcount is bounds.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary, the level or a count is not
 * valid, or the breakdown counts more people than the headcount.
 *
 * @example
 * ```ts
 * workforceOriginDistribution(summary, { level: 'economicRegion' }).breakdown?.map((r) => [r.key, r.count]);
 * //=> [['az-er-baku', 2], ['az-er-ganja-dashkasan', 7], ['az-er-gazakh-tovuz', 1], ['unknown', 2]]
 * ```
 *
 * @category Indicators
 */
export function workforceOriginDistribution(
  summary: Readonly<WorkforceSummary>,
  options: Readonly<WorkforceOriginDistributionOptions>,
): IndicatorResult {
  checkSummary(summary);
  const level = options?.level;
  const places = originRanges(summary, level);
  const whole = checkedCountInterval(summary.headcount, 'headcount');
  const definitions = {
    asOf: summary.asOf,
    basis: 'summary',
    level,
    denominator: 'headcount',
    scope: summary.scope ?? 'unknown',
  };
  const sourceIds = uniqueSourceIds([summary.sourceIds]);
  const field = level === 'district' ? 'byOrigin' : 'byEconomicRegion';
  if (places === undefined) {
    return resultFrom(workforceOriginDistributionEntry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [`The summary has no breakdown by ${level} (${field}).`],
    });
  }
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
  const exact = whole.min === whole.max;
  const total = exact
    ? { value: whole.min }
    : {
        value: null,
        reason: 'BOUNDED' as const,
        bounds: { min: whole.min, ...(whole.max === null ? {} : { max: whole.max }) },
      };
  if (whole.max === 0) {
    return resultFrom(workforceOriginDistributionEntry, {
      value: null,
      reason: 'ZERO_DENOMINATOR',
      definitions,
      sourceIds,
      notes: ['Nobody is counted, so there are no shares.'],
    });
  }
  const unknown: CountRange = {
    min: sumMax === null ? 0 : Math.max(0, whole.min - sumMax),
    max: whole.max === null ? null : whole.max - sumMin,
  };
  const rows = [...places, { key: 'unknown', range: unknown }];
  const breakdown: BreakdownRow[] = rows.map(({ key, range }, i) => {
    const others = places.filter((_, j) => j !== i).map((place) => place.range);
    const label = i < places.length ? options.gazetteer?.byId.get(key)?.name : undefined;
    return {
      dimension: level,
      key,
      ...(label === undefined ? {} : { label }),
      ...shareFields(countShare(range, whole, others, `${field} of headcount`)),
      ...(range.min === range.max ? { count: range.min } : {}),
    };
  });
  return resultFrom(workforceOriginDistributionEntry, {
    ...total,
    breakdown,
    definitions,
    sourceIds,
    notes: [],
  });
}
