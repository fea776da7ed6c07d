import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { summaryShare } from './summaryShare.js';
import { remoteVillageShareEntry } from './workforceCatalog.js';

/**
 * The share of a workforce from remote villages.
 *
 * @remarks
 * `fromRemoteVillages / headcount`. A village is remote when a source says so (`remote: true` on
 * the location); {@link summarizeWorkforce} counts homes that are, or lie under, such a location,
 * so people of unknown origin are never counted as from a remote village. When a count is bounds,
 * `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what the counts allow. GRI 405-1
 * lets a reporter add "other indicators of diversity"; origin from remote villages is one.
 *
 * @param summary - The workforce summary.
 * @returns An indicator result with a ratio in [0, 1]; `null` with `MISSING_DATA` without
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
 * @category Indicators
 */
export function remoteVillageShare(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(remoteVillageShareEntry, summary, {
    dimension: 'origin',
    parts: [{ field: 'fromRemoteVillages', key: 'fromRemoteVillages' }],
    missing:
      'The summary does not count people from remote villages (fromRemoteVillages); a statement in words is not a count.',
    definitions: { remote: 'home is, or lies under, a location marked remote' },
  });
}
