import type { Count } from '../../../core/count.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../../model/workforceSummary.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../../contract/indicatorResult.js';
import { parseOne } from '../../internal/parseEach.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { uniqueSourceIds } from '../../internal/uniqueSourceIds.js';
import { checkedCountInterval } from './checkedCountInterval.js';
import { type CountRange, type CountShare, countShare } from './countShare.js';
import { shareFields } from './shareFields.js';

/** The scalar count fields of a workforce summary. */
export type SummaryCountField =
  | 'local'
  | 'nonLocal'
  | 'localityUnknown'
  | 'fromRegions'
  | 'fromCapital'
  | 'originUnknown'
  | 'fromRemoteVillages';

/** What a share of a summary's headcount is made of. */
export interface SummaryShareSpec {
  /** The breakdown dimension of the rows, e.g. `'locality'`. */
  readonly dimension: string;
  /**
   * The disjoint parts of the headcount, the numerator first, with their row keys. With one part
   * there are no rows.
   */
  readonly parts: readonly { readonly field: SummaryCountField; readonly key: string }[];
  /** The note when the numerator is absent from the summary. */
  readonly missing: string;
  /** The note when the last part (the unknown row) is exact and more than 0, given that count. */
  readonly unknownNote?: ((count: number) => string) | undefined;
  /** Definitions of the indicator, next to asOf, basis, denominator and scope. */
  readonly definitions: (
    summary: Readonly<WorkforceSummary>,
  ) => Readonly<Record<string, DefinitionValue>>;
}

/**
 * Computes a share of a summary's headcount, with a row per part.
 *
 * @param entry - The catalog entry.
 * @param summary - The workforce summary.
 * @param spec - The parts and notes.
 * @returns The indicator result.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary or a count is not valid, or the
 * parts exceed the headcount.
 * @internal
 */
export function summaryShare(
  entry: IndicatorCatalogEntry,
  summary: Readonly<WorkforceSummary>,
  spec: SummaryShareSpec,
): IndicatorResult {
  parseOne(WorkforceSummarySchema, summary, 'summary');
  const whole = checkedCountInterval(summary.headcount, 'headcount');
  const definitions: Record<string, DefinitionValue> = {
    asOf: summary.asOf,
    basis: 'summary',
    denominator: 'headcount',
    scope: summary.scope ?? 'unknown',
    ...spec.definitions(summary),
  };
  const sourceIds = uniqueSourceIds([summary.sourceIds]);
  const present: { key: string; range: CountRange; count: Readonly<Count> }[] = [];
  for (const { field, key } of spec.parts) {
    const count = summary[field];
    if (count !== undefined)
      present.push({ key, range: checkedCountInterval(count, field), count });
  }
  const numerator = present[0];
  if (numerator === undefined || numerator.key !== spec.parts[0]?.key) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [spec.missing],
    });
  }
  const shareOf = (i: number): CountShare =>
    countShare(
      (present[i] as (typeof present)[number]).range,
      whole,
      present.filter((_, j) => j !== i).map((p) => p.range),
      `${spec.parts.map((p) => p.field).join(' + ')} of headcount`,
    );
  const main = shareOf(0);
  const phrase = typeof numerator.count === 'number' ? undefined : numerator.count.phrase;
  const breakdown: BreakdownRow[] =
    spec.parts.length < 2
      ? []
      : present.map((part, i) => ({
          keys: { [spec.dimension]: part.key },
          ...shareFields(i === 0 ? main : shareOf(i)),
          ...(part.range.min === part.range.max ? { count: part.range.min } : {}),
        }));
  const notes: string[] = [];
  const last = spec.parts[spec.parts.length - 1];
  const unknown = present.find((p) => p.key === last?.key && p !== numerator);
  if (
    spec.unknownNote !== undefined &&
    unknown !== undefined &&
    unknown.range.min > 0 &&
    unknown.range.min === unknown.range.max
  ) {
    notes.push(spec.unknownNote(unknown.range.min));
  }
  if (main.kind === 'bounded') {
    notes.push(
      'The summary gives bounds rather than exact counts, so the share is known only within bounds.',
    );
  }
  return resultFrom(entry, {
    ...shareFields(main, phrase),
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions,
    sourceIds,
    notes,
  });
}
