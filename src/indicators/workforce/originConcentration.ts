import { ratio } from '../../core/ratio.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { checkedCountInterval } from './checkedCountInterval.js';
import { checkSummary } from './checkSummary.js';
import { originRanges } from './originRanges.js';
import { originConcentrationEntry } from './workforceCatalog.js';
import type { OriginLevel } from './workforceOriginDistribution.js';

/**
 * Options of {@link originConcentration}.
 *
 * @example
 * ```ts
 * const options: OriginConcentrationOptions = { level: 'district' };
 * ```
 *
 * @category Indicators
 */
export interface OriginConcentrationOptions {
  /** The level of origin: `'economicRegion'` (the default) or `'district'`. */
  readonly level?: OriginLevel | undefined;
}

/**
 * How concentrated a workforce's origin is: the Herfindahl-Hirschman index over regions of
 * origin.
 *
 * @remarks
 * `HHI = Σ sᵢ²`, where `sᵢ = cᵢ / Σ c` is region i's share of the people **of known origin** (the
 * summary's `byEconomicRegion`, or `byOrigin` at the district level). People of unknown origin
 * are excluded: they are not one region, and counting them as one would overstate the
 * concentration; `definitions.unknownExcluded` says how many were left out (headcount − Σ c).
 * Shares are fractions, so the index lies in [1/k, 1] for k regions with people: 1 when everyone
 * comes from one region, 1/k when k regions contribute equally (multiply by 10,000 for the
 * 0-10,000 scale). It is computed exactly as `Σ cᵢ² / (Σ cᵢ)²` and `ratio` keeps both parts.
 * Rows (dimension = the level) give each region's count and share of the known. When a regional
 * count is bounds, `value` is `null`, `reason` is `'BOUNDED'` and `bounds` are the limits
 * `[1/k, 1]` for the k regions that may have people.
 *
 * @param summary - The workforce summary.
 * @param options - The level of origin.
 * @returns An `index` indicator result in [0, 1]; `null` with `MISSING_DATA` when the summary has
 * no breakdown at that level, `ZERO_DENOMINATOR` when nobody's origin is known at that level,
 * `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary, the level or a count is not
 * valid.
 *
 * @example
 * ```ts
 * originConcentration(summary).value; // byEconomicRegion: 7, 2 and 1 people; 2 unknown
 * //=> 0.54
 * ```
 *
 * @category Indicators
 */
export function originConcentration(
  summary: Readonly<WorkforceSummary>,
  options: Readonly<OriginConcentrationOptions> = {},
): IndicatorResult {
  checkSummary(summary);
  const level = options?.level ?? 'economicRegion';
  const places = originRanges(summary, level);
  const whole = checkedCountInterval(summary.headcount, 'headcount');
  const definitions: Record<string, string | number> = {
    asOf: summary.asOf,
    basis: 'summary',
    level,
    shares: 'of the people of known origin',
  };
  const sourceIds = uniqueSourceIds([summary.sourceIds]);
  if (places === undefined) {
    return resultFrom(originConcentrationEntry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [
        `The summary has no breakdown by ${level} (${level === 'district' ? 'byOrigin' : 'byEconomicRegion'}).`,
      ],
    });
  }
  if (places.some(({ range }) => range.min !== range.max)) {
    const possible = places.filter(({ range }) => range.max !== 0).length;
    return resultFrom(originConcentrationEntry, {
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 1 / possible, max: 1 },
      definitions,
      sourceIds,
      notes: [
        `Some counts by ${level} are bounds; the index is only known to lie within its limits for ${possible} regions.`,
      ],
    });
  }
  let known = 0;
  let squares = 0;
  for (const { range } of places) {
    known += range.min;
    squares += range.min * range.min;
  }
  if (whole.min === whole.max) definitions.unknownExcluded = Math.max(0, whole.min - known);
  const index = ratio(squares, known * known);
  const breakdown: BreakdownRow[] = places.map(({ key, range }) => {
    const share = ratio(range.min, known);
    return {
      dimension: level,
      key,
      value: share.value,
      ...(share.reason === undefined ? {} : { reason: share.reason }),
      count: range.min,
      ratio: share,
    };
  });
  const excluded = definitions.unknownExcluded;
  return resultFrom(originConcentrationEntry, {
    value: index.value,
    ...(index.reason === undefined ? {} : { reason: index.reason }),
    ratio: index,
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions,
    sourceIds,
    notes:
      typeof excluded === 'number' && excluded > 0
        ? [`${excluded} person(s) of unknown ${level} of origin are excluded from the shares.`]
        : [],
  });
}
