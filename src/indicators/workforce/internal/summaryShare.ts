import { appendAll } from '../../../core/appendAll.js';
import { approximateNote, type Count, type CountInterval } from '../../../core/count.js';
import type { PublishedShare } from '../../../model/publishedShare.js';
import type { WorkforceSharePart } from '../../../model/workforceShareParts.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../../model/workforceSummary.js';
import type { BreakdownRow } from '../../contract/breakdownRow.js';
import type { IndicatorCatalogEntry } from '../../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, IndicatorResult } from '../../contract/indicatorResult.js';
import { parseOne } from '../../internal/parseEach.js';
import { resultFrom } from '../../internal/resultFrom.js';
import { uniqueSourceIds } from '../../internal/uniqueSourceIds.js';
import { checkedCountInterval } from './checkedCountInterval.js';
import { type CountRange, countShare } from './countShare.js';
import { publishedShareFields, type ShareOutcome } from './publishedShareFields.js';

/** What a share of a summary's headcount is made of. */
export interface SummaryShareSpec {
  /** The breakdown dimension of the rows, e.g. `'locality'`. */
  readonly dimension: string;
  /**
   * The disjoint parts of the headcount, the numerator first, with their row keys. With one part
   * there are no rows.
   */
  readonly parts: readonly { readonly part: WorkforceSharePart; readonly key: string }[];
  /** The note when the numerator is absent from the summary (no count and no published share). */
  readonly missing: string;
  /** The note when the last part (the unknown row) is exact and more than 0, given that count. */
  readonly unknownNote?: ((count: number) => string) | undefined;
  /** Definitions of the indicator, next to asOf, basis, denominator and scope. */
  readonly definitions: (
    summary: Readonly<WorkforceSummary>,
  ) => Readonly<Record<string, DefinitionValue>>;
}

/** A part the summary gives: its count (checked), its published share, or both. */
interface GivenPart {
  readonly key: string;
  /** The path of the count, e.g. `'byNationality.hostCountry'`. */
  readonly name: string;
  readonly count: Readonly<Count> | undefined;
  readonly range: CountInterval | undefined;
  /** The published share and its key in `shares`, e.g. `'hostCountryNationals'`. */
  readonly published: Readonly<PublishedShare> | undefined;
  readonly shareKey: string | undefined;
}

/** A count nobody gave: anything from 0 up. */
const UNKNOWN: CountRange = { min: 0, max: null };

/** The parts the summary gives, in the order of the spec. */
function givenParts(summary: Readonly<WorkforceSummary>, spec: SummaryShareSpec): GivenPart[] {
  const given: GivenPart[] = [];
  for (const { part, key } of spec.parts) {
    const name = part.path.join('.');
    const count = part.count(summary);
    const published = part.share === undefined ? undefined : summary.shares?.[part.share];
    if (count === undefined && published === undefined) continue;
    const range = count === undefined ? undefined : checkedCountInterval(count, name);
    given.push({ key, name, count, range, published, shareKey: part.share });
  }
  return given;
}

/** The share of part `i` of the headcount: from the counts, with its published share. */
function shareOfPart(
  given: readonly GivenPart[],
  i: number,
  whole: CountInterval,
  spec: SummaryShareSpec,
): ShareOutcome {
  const part = given[i] as GivenPart;
  const share = countShare(
    part.range ?? UNKNOWN,
    whole,
    given.filter((_, j) => j !== i).map((other) => other.range ?? UNKNOWN),
    `${spec.parts.map((p) => p.part.path.join('.')).join(' + ')} of headcount`,
  );
  const phrase =
    part.count === undefined || typeof part.count === 'number' ? undefined : part.count.phrase;
  const approximate = part.range?.approximate === true || whole.approximate === true;
  const what = part.shareKey ?? part.name;
  return publishedShareFields(share, part.published, what, { phrase, approximate });
}

/** The notes on approximate counts read: the headcount and each part. */
function approximateNotes(whole: CountInterval, given: readonly GivenPart[]): string[] {
  const notes: string[] = [];
  if (whole.approximate === true) notes.push(approximateNote('headcount', whole.phrase ?? ''));
  for (const part of given) {
    if (part.range?.approximate === true)
      notes.push(approximateNote(part.name, part.range.phrase ?? ''));
  }
  return notes;
}

/** The note on the unknown row, when the spec has one and the count is exact and above 0. */
function unknownNotes(given: readonly GivenPart[], spec: SummaryShareSpec): string[] {
  const last = spec.parts[spec.parts.length - 1];
  const unknown = given.find((p, i) => i > 0 && p.key === last?.key);
  const range = unknown?.range;
  if (spec.unknownNote === undefined || range === undefined) return [];
  if (range.approximate === true || range.min === 0 || range.min !== range.max) return [];
  return [spec.unknownNote(range.min)];
}

/**
 * Computes a share of a summary's headcount, with a row per part.
 *
 * @remarks
 * A part is given by its count, its published share (`shares`), or both: the share is what the
 * counts give, combined with the published share by {@link publishedShareFields} (the exact
 * quotient when the counts are exact, else the published interval narrowed by the counts). A
 * part with a published share and no count still yields its share.
 *
 * @param entry - The catalog entry.
 * @param summary - The workforce summary.
 * @param spec - The parts and notes.
 * @returns The indicator result.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary or a count is not valid, the
 * parts exceed the headcount, or a published share disagrees with the counts.
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
  const given = givenParts(summary, spec);
  const numerator = given[0];
  if (numerator === undefined || numerator.key !== spec.parts[0]?.key) {
    return resultFrom(entry, {
      value: null,
      reason: 'MISSING_DATA',
      definitions,
      sourceIds,
      notes: [spec.missing],
    });
  }
  const outcomes = given.map((_, i) => shareOfPart(given, i, whole, spec));
  const main = outcomes[0] as ShareOutcome;
  const breakdown: BreakdownRow[] =
    spec.parts.length < 2
      ? []
      : given.map((part, i) => ({
          keys: { [spec.dimension]: part.key },
          ...(outcomes[i] as ShareOutcome).fields,
          ...(part.range !== undefined &&
          part.range.approximate !== true &&
          part.range.min === part.range.max
            ? { count: part.range.min }
            : {}),
        }));
  const notes = [...unknownNotes(given, spec), ...outcomes.flatMap((o) => o.notes)];
  if (
    main.fields.value === null &&
    main.fields.reason === 'BOUNDED' &&
    numerator.published === undefined
  ) {
    notes.push(
      'The summary gives bounds rather than exact counts, so the share is known only within bounds.',
    );
  }
  appendAll(notes, approximateNotes(whole, given));
  return resultFrom(entry, {
    ...main.fields,
    ...(breakdown.length > 0 ? { breakdown } : {}),
    definitions,
    sourceIds,
    notes: [...new Set(notes)],
  });
}
