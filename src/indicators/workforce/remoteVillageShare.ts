import { REMOTE_PARTS, type WorkforceSharePart } from '../../model/workforceShareParts.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { onSummary } from './internal/onSummary.js';
import { summaryShare } from './internal/summaryShare.js';

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
  dimensions: [],
} as const satisfies IndicatorCatalogEntry;

/**
 * The share of a workforce from remote villages.
 *
 * @remarks
 * `fromRemoteVillages / headcount`. A village is remote when a source says so (`remote: true` on
 * the location); {@link summarizeWorkforce} counts homes that are, or lie under, such a location,
 * so people of unknown origin are never counted as from a remote village. When a count is bounds,
 * `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what the counts allow. GRI 405-1
 * lets a reporter add "other indicators of diversity"; origin from remote villages is one (ICMM
 * SER: social and economic reporting). Unit `share`; no breakdown rows.
 *
 * @param summary - The workforce summary.
 * @returns An indicator result with a share in [0, 1]; `null` with `MISSING_DATA` without
 * `fromRemoteVillages`, `ZERO_DENOMINATOR` when the headcount is 0, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary or a count is not valid, or the
 * count exceeds the headcount.
 *
 * @example
 * ```ts
 * remoteVillageShare(summary).ratio; // 2 of 12 people from remote villages
 * //=> { numerator: 2, denominator: 12, value: 0.16666666666666666 }
 * ```
 *
 * @category Workforce indicators
 */
export function remoteVillageShare(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(entry, summary, {
    dimension: 'origin',
    parts: [{ part: REMOTE_PARTS[0] as WorkforceSharePart, key: 'fromRemoteVillages' }],
    missing:
      'The summary does not count people from remote villages (no fromRemoteVillages count or published share); a statement in words is not a count.',
    definitions: () => ({ remote: 'home is, or lies under, a location marked remote' }),
  });
}

/**
 * The definition of {@link remoteVillageShare}: on a dataset, it reads the workforce summary of
 * the employee records (or the latest published one).
 *
 * @internal
 */
export const remoteVillageShareIndicator = defineIndicator({
  entry,
  compute: remoteVillageShare,
  fromDataset: onSummary((summary) => [remoteVillageShare(summary)]),
});
