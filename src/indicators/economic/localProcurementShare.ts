import type { Bounds } from '../../core/bounds.js';
import type { FxTable } from '../../core/fxTable.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Ratio } from '../../core/ratio.js';
import {
  type ProcurementSummary,
  ProcurementSummarySchema,
  type SupplierLocality,
} from '../../model/procurementSummary.js';
import type { ReportedAmount, ReportedMoney } from '../../model/reportedAmount.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  intervalOf,
  isExactInterval,
  type MoneyInterval,
  sumIntervals,
} from './internal/moneyInterval.js';
import {
  amountUse,
  type DayPeriod,
  periodDefinitionOf,
  valueIn,
} from './internal/reportedMoney.js';

const entry = {
  id: 'economic.localProcurementShare',
  title: 'Proportion of spending on local suppliers (GRI 204-1)',
  unit: 'share',
  formula:
    'Spend on local suppliers / total procurement spend, both reported as spent within the period and in one currency (converted only with an explicit exchange-rate table); the total is the published total, else the sum of every locality; bounds stay bounds; one result per procurement summary (company-wide or per significant location of operation); rows: the share of each published supplier locality',
  standards: ['GRI 204-1', 'GRI 14.9'],
  family: 'economic',
  functionName: 'localProcurementShare',
  results: 'many',
  resultKeys: ['summaryId'],
  dimensions: ['locality'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link localProcurementShare}.
 *
 * @category Economic indicators
 */
export interface LocalProcurementShareOptions {
  /** The reporting period; without it every amount reported as spent counts. */
  readonly period?: Readonly<DayPeriod> | undefined;
  /** The exchange-rate table that brings the amounts into one currency. */
  readonly fx?: Readonly<FxTable> | undefined;
}

/** The counted value of an amount, or `undefined`. */
function countedValue(
  amount: Readonly<ReportedAmount> | undefined,
  options: Readonly<LocalProcurementShareOptions>,
): ReportedMoney | undefined {
  if (amount === undefined || amountUse(amount, options.period) !== 'counted') return undefined;
  return valueIn(amount, options.fx);
}

/** The total spend: the published total, else the sum of the localities when all are counted. */
function totalOf(
  summary: Readonly<ProcurementSummary>,
  options: Readonly<LocalProcurementShareOptions>,
): ReportedMoney[] | undefined {
  const total = countedValue(summary.total, options);
  if (total !== undefined) return [total];
  const parts = summary.byLocality.map((l) => countedValue(l.spend, options));
  if (parts.length === 0 || parts.some((p) => p === undefined)) return undefined;
  return parts as ReportedMoney[];
}

/** A share of two intervals, with its bounds when they are not exact. */
function shareOf(
  part: MoneyInterval,
  total: MoneyInterval,
): ValueOrReason & { ratio?: Ratio; bounds?: Bounds } {
  if (isExactInterval(part) && isExactInterval(total)) {
    if (part.min > total.min)
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `procurement: a spend of ${part.min} exceeds the total ${total.min}`,
      );
    if (total.min === 0)
      return {
        value: null,
        reason: 'ZERO_DENOMINATOR',
        ratio: { numerator: part.min, denominator: 0, value: null, reason: 'ZERO_DENOMINATOR' },
      };
    const value = part.min / total.min;
    return { value, ratio: { numerator: part.min, denominator: total.min, value } };
  }
  const min = total.max === null || total.max === 0 ? 0 : Math.min(1, (part.min ?? 0) / total.max);
  const max =
    part.max === null || total.min === null || total.min === 0
      ? 1
      : Math.min(1, part.max / total.min);
  return { value: null, reason: 'BOUNDED', bounds: { min, max: Math.max(min, max) } };
}

/** The row of one locality. */
function localityRow(
  locality: SupplierLocality,
  value: ReportedMoney | undefined,
  total: MoneyInterval,
): BreakdownRow {
  if (value === undefined) return { keys: { locality }, value: null, reason: 'MISSING_DATA' };
  return { keys: { locality }, ...shareOf(intervalOf(value), total) };
}

/**
 * Computes the proportion of procurement spend on local suppliers, as GRI 204-1 asks.
 *
 * @remarks
 * GRI 204-1-a: "percentage of the procurement budget used for significant locations of
 * operation that is spent on suppliers local to that operation"; 204-1-b and c ask for the
 * geographic definition of "local" (the summary's `localDefinition`, in `definitions`) and of
 * significant locations (one summary per site). Share = local spend / total procurement spend,
 * both {@link ReportedAmount}s counted when `spent` within `options.period`; the total is the
 * published `total`, else the sum of the spend of every published locality. Unit `share`: in
 * [0, 1], `ratio` holds the minor units. Amounts in several currencies without an `fx` table
 * give `null` with `MULTIPLE_CURRENCIES` (never a quotient of two currencies). Bounds give `null`
 * with `BOUNDED` and `bounds` (local.min / total.max to local.max / total.min, within [0, 1]).
 * A zero total gives `ZERO_DENOMINATOR`; a missing local spend or total `MISSING_DATA`. Rows,
 * keyed `{ locality }`: the share of each published locality.
 *
 * @param summary - The procurement summary.
 * @param options - The period and the exchange-rate table.
 * @returns The local share, or `null` with the reason.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link ProcurementSummarySchema} or a locality's exact spend exceeds the exact total;
 * `MISSING_FX_RATE` when the table lacks a rate.
 *
 * @example
 * ```ts
 * // Local suppliers USD 30 million of a USD 120 million total.
 * localProcurementShare(summary).value;
 * //=> 0.25
 * ```
 *
 * @category Economic indicators
 */
export function localProcurementShare(
  summary: Readonly<ProcurementSummary>,
  options: Readonly<LocalProcurementShareOptions> = {},
): IndicatorResult {
  parseOne(ProcurementSummarySchema, summary, 'summary');
  const values = summary.byLocality.map((l) => ({
    locality: l.locality,
    value: countedValue(l.spend, options),
  }));
  const local = values.find((v) => v.locality === 'local')?.value;
  const totals = totalOf(summary, options);
  const currencies = new Set(
    [...(totals ?? []), ...values.flatMap((v) => (v.value === undefined ? [] : [v.value]))].map(
      (m) => m.currency,
    ),
  );
  const total = totals === undefined ? undefined : sumIntervals(totals.map(intervalOf));
  const headline: ValueOrReason & { ratio?: Ratio; bounds?: Bounds } =
    currencies.size > 1
      ? { value: null, reason: 'MULTIPLE_CURRENCIES' }
      : local === undefined || total === undefined
        ? { value: null, reason: 'MISSING_DATA' }
        : shareOf(intervalOf(local), total);
  return resultFrom(entry, {
    keys: { summaryId: summary.id },
    ...headline,
    breakdown:
      currencies.size > 1 || total === undefined
        ? []
        : values.map((v) => localityRow(v.locality, v.value, total)),
    definitions: {
      local: summary.localDefinition ?? 'not stated',
      location: summary.siteId ?? 'company-wide',
      period: periodDefinitionOf(options.period),
      total: summary.total === undefined ? 'sum of the localities' : 'published total',
    },
    sourceIds: uniqueSourceIds([
      summary.sourceIds,
      summary.total?.sourceIds,
      ...summary.byLocality.map((l) => l.spend?.sourceIds),
    ]),
    notes:
      summary.localDefinition === undefined
        ? ['The company does not state its definition of local (GRI 204-1-b).']
        : [],
  });
}

/**
 * The definition of {@link localProcurementShare}: on a dataset, one result per procurement
 * summary with spend.
 *
 * @internal
 */
export const localProcurementShareIndicator = defineIndicator({
  entry,
  compute: localProcurementShare,
  fromDataset: (context) => {
    const inPeriod = (amount: ReportedAmount | undefined): boolean =>
      amount !== undefined && amountUse(amount, context.period) === 'counted';
    const summaries = (context.data.procurement ?? []).filter(
      (s) => inPeriod(s.total) || s.byLocality.some((l) => inPeriod(l.spend)),
    );
    if (summaries.length === 0)
      return {
        status: 'dataAbsent',
        detail: 'The dataset has no procurement spend for the period.',
      };
    return summaries.map((s) =>
      localProcurementShare(s, { period: context.period, fx: context.fx }),
    );
  },
});
