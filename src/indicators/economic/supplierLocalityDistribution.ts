import type { Bounds } from '../../core/bounds.js';
import { approximateNote, type Count, countInterval } from '../../core/count.js';
import { partialDateRange } from '../../core/partialDate.js';
import {
  type ProcurementSummary,
  ProcurementSummarySchema,
} from '../../model/procurementSummary.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';

const entry = {
  id: 'economic.supplierLocalityDistribution',
  title: 'Suppliers by locality',
  unit: 'count',
  formula:
    'Number of suppliers: the published total, else the sum of the published localities when each is given; rows: the number of suppliers of each published locality (local, national, foreign, not stated); bounds stay bounds; approximate counts are taken as published with a note',
  standards: ['GRI 204-1', 'GRI 14.9'],
  family: 'economic',
  functionName: 'supplierLocalityDistribution',
  results: 'many',
  resultKeys: ['summaryId'],
  dimensions: ['locality'],
} as const satisfies IndicatorCatalogEntry;

/** The value fields of a count: exact, or bounds. */
function countValue(count: Readonly<Count> | undefined): ValueOrReason & { bounds?: Bounds } {
  if (count === undefined) return { value: null, reason: 'MISSING_DATA' };
  const interval = countInterval(count);
  if (interval.min === interval.max) return { value: interval.min };
  return {
    value: null,
    reason: 'BOUNDED',
    bounds: { min: interval.min, ...(interval.max === null ? {} : { max: interval.max }) },
  };
}

/** The total: published, else the sum of the localities when each is given. */
function totalOf(summary: Readonly<ProcurementSummary>): Count | undefined {
  if (summary.suppliers !== undefined) return summary.suppliers;
  const parts = summary.byLocality.map((l) => l.suppliers);
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  const intervals = parts.map((p) => countInterval(p as Count));
  const min = intervals.reduce((sum, i) => sum + i.min, 0);
  const max = intervals.some((i) => i.max === null)
    ? undefined
    : intervals.reduce((sum, i) => sum + (i.max ?? 0), 0);
  return min === max ? min : { min, ...(max === undefined ? {} : { max }) };
}

/** The notes quoting approximate counts. */
function approximateNotes(summary: Readonly<ProcurementSummary>): string[] {
  const counts: [string, Count | undefined][] = [
    ['suppliers', summary.suppliers],
    ...summary.byLocality.map((l): [string, Count | undefined] => [
      `${l.locality} suppliers`,
      l.suppliers,
    ]),
  ];
  return counts.flatMap(([what, count]) => {
    const interval = count === undefined ? undefined : countInterval(count);
    return interval?.approximate === true ? [approximateNote(what, interval.phrase ?? '')] : [];
  });
}

/**
 * Counts a company's suppliers, in total and by supplier locality.
 *
 * @remarks
 * GRI 204-1 asks for the share of spend on local suppliers; companies also publish how many
 * suppliers they have and where they are based ("more than 700 suppliers, of which more than
 * half national"). `value` is the published total number of suppliers, else the sum of the
 * published localities when each is given; rows, keyed `{ locality }`, give the number of each
 * published locality (the localities do not overlap). Unit `count`. A count published as bounds
 * gives `null` with `BOUNDED` and `bounds` ("more than 700" is `{ min: 701 }`); an approximate
 * count is taken as published, with a note quoting it; a total that is neither published nor
 * derivable gives `MISSING_DATA`.
 *
 * @param summary - The procurement summary.
 * @returns The number of suppliers, or `null` with the reason; rows by locality.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link ProcurementSummarySchema}.
 *
 * @example
 * ```ts
 * // 120 local, 300 national and 80 foreign suppliers.
 * supplierLocalityDistribution(summary).value;
 * //=> 500
 * ```
 *
 * @category Economic indicators
 */
export function supplierLocalityDistribution(
  summary: Readonly<ProcurementSummary>,
): IndicatorResult {
  parseOne(ProcurementSummarySchema, summary, 'summary');
  const breakdown: BreakdownRow[] = summary.byLocality
    .filter((l) => l.suppliers !== undefined)
    .map((l) => ({ keys: { locality: l.locality }, ...countValue(l.suppliers) }));
  return resultFrom(entry, {
    keys: { summaryId: summary.id },
    ...countValue(totalOf(summary)),
    breakdown,
    definitions: {
      local: summary.localDefinition ?? 'not stated',
      location: summary.siteId ?? 'company-wide',
      total: summary.suppliers === undefined ? 'sum of the localities' : 'published total',
      ...(summary.period === undefined
        ? {}
        : {
            period: {
              start: summary.period.start,
              end: summary.period.end ?? summary.period.start,
            },
          }),
    },
    sourceIds: uniqueSourceIds([summary.sourceIds]),
    notes: approximateNotes(summary),
  });
}

/**
 * The definition of {@link supplierLocalityDistribution}: on a dataset, one result per
 * procurement summary with supplier counts whose period, when stated, lies within the
 * report's period.
 *
 * @internal
 */
export const supplierLocalityDistributionIndicator = defineIndicator({
  entry,
  compute: supplierLocalityDistribution,
  fromDataset: (context) => {
    const inPeriod = (s: ProcurementSummary): boolean => {
      if (s.period === undefined) return true;
      const start = partialDateRange(s.period.start).start;
      const end = partialDateRange(s.period.end ?? s.period.start).end;
      return start >= context.period.start && end <= context.period.end;
    };
    const summaries = (context.data.procurement ?? []).filter(
      (s) =>
        inPeriod(s) &&
        (s.suppliers !== undefined || s.byLocality.some((l) => l.suppliers !== undefined)),
    );
    if (summaries.length === 0)
      return { status: 'dataAbsent', detail: 'The dataset has no supplier counts.' };
    return summaries.map((s) => supplierLocalityDistribution(s));
  },
});
