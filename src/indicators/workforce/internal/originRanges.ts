import type { Count } from '../../../core/count.js';
import { ImpactError } from '../../../core/ImpactError.js';
import type { WorkforceSummary } from '../../../model/workforceSummary.js';
import { checkedCountInterval } from './checkedCountInterval.js';
import type { CountRange } from './countShare.js';

/**
 * Reads a summary's breakdown by origin at a level: keys sorted, each count checked.
 *
 * @param summary - The workforce summary.
 * @param level - `'district'` for `byOrigin`, `'economicRegion'` for `byEconomicRegion`.
 * @returns The rows, or `undefined` when the summary has no such breakdown.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the level, the breakdown or a count is not
 * valid.
 * @internal
 */
export function originRanges(
  summary: Readonly<WorkforceSummary>,
  level: 'district' | 'economicRegion',
): { key: string; range: CountRange }[] | undefined {
  if (level !== 'district' && level !== 'economicRegion') {
    throw new ImpactError('INVALID_ARGUMENT', "level must be 'district' or 'economicRegion'");
  }
  const field = level === 'district' ? 'byOrigin' : 'byEconomicRegion';
  const counts: unknown = summary[field];
  if (counts === undefined) return undefined;
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    throw new ImpactError('INVALID_ARGUMENT', `${field} is not a record of counts`);
  }
  const record = counts as Readonly<Record<string, Count>>;
  return Object.keys(record)
    .sort()
    .map((key) => ({
      key,
      range: checkedCountInterval(
        record[key] as Count,
        `${field}[${JSON.stringify(key).slice(0, 80)}]`,
      ),
    }));
}
