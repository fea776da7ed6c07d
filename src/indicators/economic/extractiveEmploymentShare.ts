import { assertCalendarDate } from '../../core/assertCalendarDate.js';
import type { Bounds } from '../../core/bounds.js';
import type { CalendarDate } from '../../core/calendarDate.js';
import {
  approximateNote,
  type Count,
  CountSchema,
  countInterval,
  isApproximateCount,
} from '../../core/count.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { SourceId } from '../../core/ids.js';
import { type PartialDate, PartialDateSchema } from '../../core/partialDate.js';
import { type Ratio, ratio } from '../../core/ratio.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';

const entry = {
  id: 'economic.extractiveEmploymentShare',
  title: 'Employment in the extractive industries and its share of national employment',
  unit: 'share',
  formula:
    "The company's headcount on asOf (its part of employment in the extractive industries) / national employment, the national figure given with its source; null without it; bounds stay bounds",
  standards: ['EITI 6.3'],
  family: 'economic',
  functionName: 'extractiveEmploymentShare',
  results: 'one',
  dimensions: [],
} as const satisfies IndicatorCatalogEntry;

/**
 * A national employment figure, with its source, for {@link extractiveEmploymentShare}.
 *
 * @category Economic indicators
 */
export interface NationalEmployment {
  /** People employed in the country (all sectors): an integer >= 1. */
  readonly employed: number;
  /** The year, month or day the figure refers to, e.g. `'2023'`. */
  readonly period: PartialDate;
  /** Who publishes the figure and where, e.g. `'State Statistical Committee, Labour market 2024'`. */
  readonly source: string;
  /** The address of the source, when it has one. */
  readonly url?: string | undefined;
}

/**
 * The company's employment, the input of {@link extractiveEmploymentShare}.
 *
 * @category Economic indicators
 */
export interface ExtractiveEmploymentInput {
  /** The company's headcount: exact, bounds, or approximate as published. */
  readonly headcount: Count;
  /** The day the headcount refers to. */
  readonly asOf: CalendarDate;
  /** The sources of the headcount. */
  readonly sourceIds?: readonly SourceId[] | undefined;
}

/**
 * Options of {@link extractiveEmploymentShare}.
 *
 * @category Economic indicators
 */
export interface ExtractiveEmploymentShareOptions {
  /** National employment with its source; without it the share is `null`. */
  readonly national?: NationalEmployment | undefined;
}

/**
 * The detail of {@link extractiveEmploymentShare}: the absolute figure and the national one.
 *
 * @category Economic indicators
 */
export interface ExtractiveEmploymentDetail {
  /** The company's employment in the extractive industries, absolute, as given. */
  readonly employment: Count;
  /** The national figure used, or `null` when none was given. */
  readonly national: NationalEmployment | null;
}

/** Checks the national figure: a positive integer, a partial date and a source. */
function checkNational(national: Readonly<NationalEmployment>): void {
  if (!Number.isSafeInteger(national.employed) || national.employed < 1)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `national.employed must be an integer >= 1, got ${String(national.employed)}`,
    );
  if (!PartialDateSchema.safeParse(national.period).success)
    throw new ImpactError(
      'INVALID_DATE',
      `national.period is not a year, month or day: ${String(national.period)}`,
    );
  if (typeof national.source !== 'string' || national.source.trim() === '')
    throw new ImpactError('INVALID_ARGUMENT', 'national.source must name the source of the figure');
}

/** A share with its ratio or bounds. */
type Share = ValueOrReason & { readonly ratio?: Ratio; readonly bounds?: Bounds };

/** The share of the headcount in national employment: exact, or bounds as published. */
function shareOf(headcount: Readonly<Count>, employed: number): Share {
  const { min, max } = countInterval(headcount);
  if (max !== null && max > employed)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `the headcount (${max}) exceeds national employment (${employed})`,
    );
  if (min === max) {
    const share = ratio(min, employed);
    return share.value === null
      ? { value: null, reason: share.reason ?? 'MISSING_DATA', ratio: share }
      : { value: share.value, ratio: share };
  }
  return {
    value: null,
    reason: 'BOUNDED',
    bounds: max === null ? { min: min / employed } : { min: min / employed, max: max / employed },
  };
}

/**
 * EITI 6.3: the company's employment in the extractive industries, absolute and as a share of
 * national employment.
 *
 * @remarks
 * Unit `share`. EITI Requirement 6.3 (the contribution of the extractive sector to the economy)
 * asks for employment in the extractive industries in absolute terms and as a percentage of
 * total employment. A company states its part of it: its headcount on `asOf` (`detail.employment`,
 * absolute, as given) over national employment (all sectors), which the caller gives as
 * `national` with its period and source (`definitions` repeat them; a dataset holds no national
 * statistics). Value: headcount / national employment, with `ratio`; a bounded headcount ("more
 * than 2,200") gives `null` with `BOUNDED` and `bounds`; an approximate one is taken as its value
 * with a note. Without `national` the value is `null` with `MISSING_DATA` and a note says what is
 * missing; the absolute figure stays in `detail`. A note says when the national figure refers to
 * another year than `asOf`. Whether the headcount covers contractors' workers is the caller's.
 *
 * @param input - The company's headcount, its day and its sources.
 * @param options - The national employment figure with its source.
 * @returns The share in [0, 1] with `ratio`, or `null` with its reason; `detail` holds the
 * absolute figure and the national one.
 * @throws {@link ImpactError} `INVALID_DATE` when `asOf` or the national period is not a date;
 * `INVALID_ARGUMENT` when the headcount is not a count, the national figure is not an integer
 * >= 1 or has no source, or the headcount exceeds it.
 *
 * @example
 * ```ts
 * const share = extractiveEmploymentShare(
 *   { headcount: 2_128, asOf: '2024-12-31' },
 *   { national: { employed: 4_900_000, period: '2024', source: 'National statistics office' } },
 * );
 * share.value;
 * //=> 0.0004342857142857143
 * ```
 *
 * @category Economic indicators
 */
export function extractiveEmploymentShare(
  input: Readonly<ExtractiveEmploymentInput>,
  options: Readonly<ExtractiveEmploymentShareOptions> = {},
): DetailedResult<ExtractiveEmploymentDetail> {
  assertCalendarDate(input.asOf, 'asOf');
  if (!CountSchema.safeParse(input.headcount).success)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'headcount must be a count: exact, bounds or approximate',
    );
  const { national } = options;
  if (national !== undefined) checkNational(national);
  const notes: string[] = [];
  if (isApproximateCount(input.headcount))
    notes.push(approximateNote('the headcount', input.headcount.phrase));
  if (national === undefined)
    notes.push(
      'No national employment figure is given: the share of national employment (EITI 6.3) needs one, with its source.',
    );
  else if (!national.period.startsWith(input.asOf.slice(0, 4)))
    notes.push(`The national figure refers to ${national.period}, the headcount to ${input.asOf}.`);
  const share: Share =
    national === undefined
      ? { value: null, reason: 'MISSING_DATA' }
      : shareOf(input.headcount, national.employed);
  return resultFrom(entry, {
    ...share,
    definitions: {
      asOf: input.asOf,
      nationalPeriod: national?.period ?? null,
      nationalSource: national?.source ?? null,
      nationalUrl: national?.url ?? null,
    },
    sourceIds: [...(input.sourceIds ?? [])],
    notes,
    detail: {
      employment: input.headcount,
      national: national === undefined ? null : { ...national },
    },
  }) as DetailedResult<ExtractiveEmploymentDetail>;
}

/**
 * The definition of {@link extractiveEmploymentShare}: a dataset holds no national employment
 * statistics, so it never runs on one (a report's EITI 6.3 section gives the absolute figure).
 *
 * @internal
 */
export const extractiveEmploymentShareIndicator = defineIndicator({
  entry,
  compute: extractiveEmploymentShare,
  fromDataset: () => ({
    status: 'dataAbsent',
    detail:
      'The share of national employment needs a national employment figure with its source, which a dataset does not hold.',
  }),
});
