import { type EmployeeCategory, EmployeeCategorySchema } from '../../model/employee.js';
import { REMOTE_PARTS, type WorkforceSharePart } from '../../model/workforceShareParts.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { onSummary } from './internal/onSummary.js';
import { summaryShare } from './internal/summaryShare.js';
import { categorySummariesOf } from './internal/workforceSummaryOf.js';

const entry = {
  id: 'workforce.remoteVillageShare',
  title: 'Share of the workforce from remote villages',
  unit: 'share',
  formula:
    'People whose home is, or lies under, a location marked remote / everyone counted, on asOf; bounds when counts are bounds',
  standards: ['GRI 405-1', 'ICMM SER'],
  family: 'workforce',
  functionName: 'remoteVillageShare',
  results: 'one',
  dimensions: ['category'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link remoteVillageShare}.
 *
 * @category Workforce indicators
 */
export interface RemoteVillageShareOptions {
  /**
   * The workforce summary of each employee category, for the `'category'` breakdown (GRI 405-1
   * b: per employee category); e.g. {@link summarizeWorkforce} of each category's records.
   */
  readonly byCategory?:
    | Readonly<Partial<Record<EmployeeCategory, Readonly<WorkforceSummary>>>>
    | undefined;
}

/** The share of one summary, without its rows. */
function shareOf(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(entry, summary, {
    dimension: 'origin',
    parts: [{ part: REMOTE_PARTS[0] as WorkforceSharePart, key: 'fromRemoteVillages' }],
    missing:
      'The summary does not count people from remote villages (no fromRemoteVillages count or published share); a statement in words is not a count.',
    definitions: () => ({ remote: 'home is, or lies under, a location marked remote' }),
  });
}

/** The rows `{ category }`: each category's share, in the model's order of categories. */
function categoryRows(
  byCategory: Readonly<Partial<Record<EmployeeCategory, Readonly<WorkforceSummary>>>>,
): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  for (const category of EmployeeCategorySchema.options) {
    const summary = byCategory[category];
    if (summary === undefined) continue;
    const share = shareOf(summary);
    rows.push({
      keys: { category },
      ...(share.value === null
        ? { value: null, reason: share.reason ?? 'MISSING_DATA' }
        : { value: share.value }),
      ...(share.ratio === undefined ? {} : { ratio: share.ratio }),
      ...(share.bounds === undefined ? {} : { bounds: share.bounds }),
      ...(typeof share.ratio?.numerator === 'number' ? { count: share.ratio.numerator } : {}),
    });
  }
  return rows;
}

/**
 * The share of a workforce from remote villages, in all and per employee category.
 *
 * @remarks
 * `fromRemoteVillages / headcount`. A village is remote when a source says so (`remote: true` on
 * the location); {@link summarizeWorkforce} counts homes that are, or lie under, such a location,
 * so people of unknown origin are never counted as from a remote village. When a count is bounds,
 * `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what the counts allow. GRI 405-1
 * lets a reporter add "other indicators of diversity"; origin from remote villages is one (ICMM
 * SER: social and economic reporting). Unit `share`. With `byCategory`, one row per category
 * given, keyed `{ category }`: that category's share computed the same way from its own summary
 * (GRI 405-1 b asks for the percentage of employees per employee category in each diversity
 * category), with its `ratio` and `count` of people from remote villages; without it, no rows.
 *
 * @param summary - The workforce summary.
 * @param options - The summaries of the employee categories, for the rows.
 * @returns An indicator result with a share in [0, 1]; `null` with `MISSING_DATA` without
 * `fromRemoteVillages`, `ZERO_DENOMINATOR` when the headcount is 0, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary, a category's summary or a
 * count is not valid, or the count exceeds the headcount.
 *
 * @example
 * ```ts
 * remoteVillageShare(summary).ratio; // 2 of 12 people from remote villages
 * //=> { numerator: 2, denominator: 12, value: 0.16666666666666666 }
 * ```
 *
 * @category Workforce indicators
 */
export function remoteVillageShare(
  summary: Readonly<WorkforceSummary>,
  options: Readonly<RemoteVillageShareOptions> = {},
): IndicatorResult {
  const result = shareOf(summary);
  if (options.byCategory === undefined) return result;
  const rows = categoryRows(options.byCategory);
  return rows.length === 0 ? result : { ...result, breakdown: rows };
}

/**
 * The definition of {@link remoteVillageShare}: on a dataset, it reads the workforce summary of
 * the employee records (or the latest published one), and with records the summary of each
 * employee category for the rows `{ category }`.
 *
 * @internal
 */
export const remoteVillageShareIndicator = defineIndicator({
  entry,
  compute: remoteVillageShare,
  fromDataset: onSummary((summary, context) => [
    remoteVillageShare(summary, { byCategory: categorySummariesOf(context) }),
  ]),
});
