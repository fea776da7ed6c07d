import { ORIGIN_PARTS, type WorkforceSharePart } from '../../model/workforceShareParts.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { onSummary } from './internal/onSummary.js';
import { summaryShare } from './internal/summaryShare.js';

const entry = {
  id: 'workforce.regionalOriginShare',
  title: 'Share of the workforce from outside the capital',
  unit: 'share',
  formula:
    'People whose home lies outside the capital (from the regions) / everyone counted, on asOf; from the capital and origin unknown are their own rows; bounds when counts are bounds',
  standards: ['GRI 14.9', 'ICMM SER'],
  family: 'workforce',
  functionName: 'regionalOriginShare',
  results: 'one',
  dimensions: ['origin'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The share of a workforce from outside the capital: "from the regions".
 *
 * @remarks
 * `fromRegions / headcount`. People from the capital and people whose origin is unknown are their
 * own rows (keyed `{ origin: 'fromCapital' }` and `{ origin: 'unknown' }`, after
 * `{ origin: 'fromRegions' }`), both in the denominator: the value is the share known to come
 * from the regions (unit `share`), for GRI 14.9 (economic impacts) and ICMM SER. When a count
 * is bounds, `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what the counts
 * allow, with the published phrase: "over 80 percent of 2,554" (`fromRegions: { min: 2044 }`, `headcount: 2554`) gives
 * `bounds.min = 2044 / 2554` and `bounds.max = 1`, since nothing caps the count below the
 * headcount. What "the capital" is comes from the summary's source: for a summary computed by
 * {@link summarizeWorkforce}, its `capitalIds` option or the gazetteer's capital.
 *
 * @param summary - The workforce summary.
 * @returns An indicator result with a share in [0, 1]; `null` with `MISSING_DATA` without
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
 * @category Workforce indicators
 */
export function regionalOriginShare(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(entry, summary, {
    dimension: 'origin',
    parts: [
      { part: ORIGIN_PARTS[0] as WorkforceSharePart, key: 'fromRegions' },
      { part: ORIGIN_PARTS[1] as WorkforceSharePart, key: 'fromCapital' },
      { part: ORIGIN_PARTS[2] as WorkforceSharePart, key: 'unknown' },
    ],
    missing:
      'The summary does not count people from the regions (no fromRegions count or published share).',
    unknownNote: (n) =>
      `${n} person(s) have an origin the gazetteer cannot place relative to the capital: they stay in the denominator and are not counted as from the capital.`,
    definitions: (checked) => ({
      regions: 'outside the capital',
      ...(checked.localityDefinition === undefined
        ? {}
        : { localityDefinition: checked.localityDefinition }),
    }),
  });
}

/**
 * The definition of {@link regionalOriginShare}: on a dataset, it reads the workforce summary of
 * the employee records (or the latest published one).
 *
 * @internal
 */
export const regionalOriginShareIndicator = defineIndicator({
  entry,
  compute: regionalOriginShare,
  fromDataset: onSummary((summary) => [regionalOriginShare(summary)]),
});
