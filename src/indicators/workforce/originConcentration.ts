import { ratio } from '../../core/ratio.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../model/workforceSummary.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { checkedCountInterval } from './internal/checkedCountInterval.js';
import type { CountRange } from './internal/countShare.js';
import { onSummary } from './internal/onSummary.js';
import { originRanges } from './internal/originRanges.js';
import { ratioFields } from './internal/ratioFields.js';
import type { OriginLevel } from './workforceOriginDistribution.js';

const entry = {
  id: 'workforce.originConcentration',
  title: 'Concentration of workforce origin (Herfindahl-Hirschman index)',
  unit: 'index',
  formula:
    'The library’s own concentration measure (no standard defines it): Σ over economic regions (or districts) of origin of (people from the region / people of known origin)², on shares in [0, 1]; origin unknown excluded',
  standards: [],
  family: 'workforce',
  functionName: 'originConcentration',
  results: 'one',
  dimensions: ['economicRegion', 'district'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link originConcentration}.
 *
 * @category Workforce indicators
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
 * Rows, keyed by the level (`{ economicRegion: 'az-er-baku' }` or `{ district: 'AZ-DAS' }`),
 * give each region's count and its share of the known. When a regional count is bounds,
 * `value` is `null`, `reason` is `'BOUNDED'` and `bounds` are the limits `[1/k, 1]` for the k
 * regions that may have people. Unit `index`. The index is the library's own measure of how
 * concentrated the workforce's origin is: no standard names it.
 *
 * @param summary - The workforce summary.
 * @param options - The level of origin.
 * @returns An `index` indicator result in [0, 1]; `null` with `MISSING_DATA` when the summary has
 * no breakdown at that level, `ZERO_DENOMINATOR` when nobody's origin is known at that level,
 * `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link WorkforceSummarySchema} or the level is not valid.
 *
 * @example
 * ```ts
 * originConcentration(summary).value; // byEconomicRegion: 7, 2 and 1 people; 2 unknown
 * //=> 0.54
 * ```
 *
 * @category Workforce indicators
 */
export function originConcentration(
  summary: Readonly<WorkforceSummary>,
  options: Readonly<OriginConcentrationOptions> = {},
): IndicatorResult {
  parseOne(WorkforceSummarySchema, summary, 'summary');
  const level = options.level ?? 'economicRegion';
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
    const field = level === 'district' ? 'byOrigin' : 'byEconomicRegion';
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [`The summary has no breakdown by ${level} (${field}).`],
    });
  }
  if (places.some(({ range }) => range.min !== range.max)) {
    const possible = places.filter(({ range }) => range.max !== 0).length;
    return resultFrom(entry, {
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
  return exactIndex(level, places, whole, { definitions, sourceIds });
}

/** The index of exact counts, with a row per place and the people of unknown origin excluded. */
function exactIndex(
  level: OriginLevel,
  places: readonly { key: string; range: CountRange }[],
  whole: CountRange,
  common: { definitions: Record<string, string | number>; sourceIds: IndicatorResult['sourceIds'] },
): IndicatorResult {
  let known = 0;
  let squares = 0;
  for (const { range } of places) {
    known += range.min;
    squares += range.min * range.min;
  }
  const definitions = { ...common.definitions };
  const excluded = whole.min === whole.max ? Math.max(0, whole.min - known) : undefined;
  if (excluded !== undefined) definitions.unknownExcluded = excluded;
  const breakdown: BreakdownRow[] = places.map(({ key, range }) => ({
    keys: { [level]: key },
    ...ratioFields(ratio(range.min, known)),
    count: range.min,
  }));
  return resultFrom(entry, {
    ...ratioFields(ratio(squares, known * known)),
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions,
    sourceIds: common.sourceIds,
    notes:
      excluded !== undefined && excluded > 0
        ? [`${excluded} person(s) of unknown ${level} of origin are excluded from the shares.`]
        : [],
  });
}

/**
 * The definition of {@link originConcentration}: on a dataset, it reads the workforce summary of
 * the employee records (or the latest published one), by economic region.
 *
 * @internal
 */
export const originConcentrationIndicator = defineIndicator({
  entry,
  compute: originConcentration,
  fromDataset: onSummary((summary) => [originConcentration(summary, { level: 'economicRegion' })]),
});
