import { LOCALITY_PARTS, type WorkforceSharePart } from '../../model/workforceShareParts.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { definitionOf } from '../internal/definitionOf.js';
import { onSummary } from './internal/onSummary.js';
import { summaryShare } from './internal/summaryShare.js';

const entry = {
  id: 'workforce.localEmploymentShare',
  title: 'Share of the workforce that is local',
  unit: 'share',
  formula:
    'Local people / everyone counted (local + non-local + locality unknown), under the disclosed locality policy, on asOf; unknown locality is its own row, never non-local; bounds when counts are bounds',
  standards: ['GRI 14.9', 'ICMM SER'],
  family: 'workforce',
  functionName: 'localEmploymentShare',
  results: 'one',
  dimensions: ['locality'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The share of a workforce that is local, under the summary's locality policy.
 *
 * @remarks
 * `local / headcount`, where the headcount is everyone counted: local + non-local + locality
 * unknown. People whose locality is unknown stay in the denominator and in their own `unknown`
 * row, never among the non-local, so the value is the share known to be local. Works on a
 * summary computed by {@link summarizeWorkforce} (exact counts) or published by a company: when a
 * count is bounds, `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what the counts
 * allow (at least `local.min / headcount.max`; at most `local.max / headcount.min`, never above
 * what the other parts leave, and never above 1). Rows keyed `locality`: `local`, `nonLocal`,
 * `unknown`, each over the headcount, for the parts the summary gives. `definitions` echoes the
 * summary's `localityPolicy` and `localityDefinition`.
 *
 * @param summary - The workforce summary.
 * @returns A share in [0, 1]; `null` with `MISSING_DATA` when the summary has no `local` count,
 * `ZERO_DENOMINATOR` when the headcount is 0, `BOUNDED` as above.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link WorkforceSummarySchema}, or the parts exceed the headcount.
 *
 * @example
 * ```ts
 * localEmploymentShare(summary).ratio; // headcount 12: local 5, nonLocal 3, unknown 4
 * //=> { numerator: 5, denominator: 12, value: 0.4166666666666667 }
 * ```
 *
 * @category Workforce indicators
 */
export function localEmploymentShare(summary: Readonly<WorkforceSummary>): IndicatorResult {
  return summaryShare(entry, summary, {
    dimension: 'locality',
    parts: [
      { part: LOCALITY_PARTS[0] as WorkforceSharePart, key: 'local' },
      { part: LOCALITY_PARTS[1] as WorkforceSharePart, key: 'nonLocal' },
      { part: LOCALITY_PARTS[2] as WorkforceSharePart, key: 'unknown' },
    ],
    missing:
      'The summary does not count local people (it has no locality policy, local count or published local share).',
    unknownNote: (n) =>
      `${n} person(s) have unknown locality (no site, or a home or site the gazetteer cannot place): they stay in the denominator and are not counted as non-local.`,
    definitions: (checked) => ({
      localityPolicy: definitionOf(checked.localityPolicy ?? null),
      ...(checked.localityDefinition === undefined
        ? {}
        : { localityDefinition: checked.localityDefinition }),
    }),
  });
}

/**
 * The definition of {@link localEmploymentShare}: on a dataset, it reads the workforce summary
 * of the employee records (or the latest published one).
 *
 * @internal
 */
export const localEmploymentShareIndicator = defineIndicator({
  entry,
  compute: localEmploymentShare,
  fromDataset: onSummary((summary) => [localEmploymentShare(summary)]),
});
