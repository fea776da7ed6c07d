import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { summaryShare } from './summaryShare.js';
import { regionalOriginShareEntry } from './workforceCatalog.js';

/**
 * The share of a workforce from outside the capital: "from the regions".
 *
 * @remarks
 * `fromRegions / headcount`. People from the capital and people whose origin is unknown are their
 * own rows (`fromCapital`, `unknown`; dimension `'origin'`), both in the denominator: the value is
 * the share known to come from the regions. When a count is bounds, `value` is `null`, `reason`
 * is `'BOUNDED'` and `bounds` holds what the counts allow, with the published phrase: "over 80
 * percent of 2,554" (`fromRegions: { min: 2044 }`, `headcount: 2554`) gives
 * `bounds.min = 2044 / 2554` and `bounds.max = 1`, since nothing caps the count below the
 * headcount. What "the capital" is comes from the summary's source: for a summary computed by
 * {@link summarizeWorkforce}, its `capitalIds` option or the gazetteer's capital.
 *
 * @param summary - The workforce summary.
 * @returns An indicator result with a ratio in [0, 1]; `null` with `MISSING_DATA` without
 * `fromRegions`, `ZERO_DENOMINATOR` when the headcount is 0, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary or a count is not valid, or the
 * parts exceed the headcount.
 *
 * @example
 * ```ts
 * import { azergoldDataset } from 'mining-impact/data/azergold';
 *
 * const result = regionalOriginShare(azergoldDataset.workforce[0]);
 * [result.value, result.reason, result.bounds];
 * //=> [null, 'BOUNDED', { min: 0.8003132341425215, max: 1, phrase: 'over 80 percent of 2,554' }]
 * ```
 *
 * @category Indicators
 */
export function regionalOriginShare(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(regionalOriginShareEntry, summary, {
    dimension: 'origin',
    parts: [
      { field: 'fromRegions', key: 'fromRegions' },
      { field: 'fromCapital', key: 'fromCapital' },
      { field: 'originUnknown', key: 'unknown' },
    ],
    missing: 'The summary does not count people from the regions (fromRegions).',
    unknownNote: (n) =>
      `${n} person(s) have an origin the gazetteer cannot place relative to the capital: they stay in the denominator and are not counted as from the capital.`,
    definitions: {
      regions: 'outside the capital',
      ...(summary?.localityDefinition === undefined
        ? {}
        : { localityDefinition: summary.localityDefinition }),
    },
  });
}
