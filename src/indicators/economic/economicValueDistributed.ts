import type { CurrencyCode } from '../../core/currencies.js';
import type { FxTable } from '../../core/fxTable.js';
import {
  type EconomicValueComponent,
  type FinancialSummary,
  FinancialSummarySchema,
} from '../../model/financialSummary.js';
import type { ReportedMoney } from '../../model/reportedAmount.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseOne } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  boundsOf,
  intervalOf,
  isExactInterval,
  type MoneyInterval,
  subtractIntervals,
  sumIntervals,
} from './internal/moneyInterval.js';
import {
  type AmountUse,
  amountUse,
  type DayPeriod,
  periodDefinitionOf,
  valueIn,
} from './internal/reportedMoney.js';

const entry = {
  id: 'economic.economicValueDistributed',
  title: 'Economic value generated, distributed and retained (GRI 201-1)',
  unit: 'money',
  formula:
    'Economic value retained = revenues − (operating costs + employee wages and benefits + payments to providers of capital + payments to governments + community investments), each an amount spent (actual) within the period, in one currency (converted only with an explicit exchange-rate table); bounds stay bounds; budgets, commitments and cumulative totals are not counted',
  standards: ['GRI 201-1', 'GRI 14.9'],
  family: 'economic',
  functionName: 'economicValueDistributed',
  results: 'many',
  resultKeys: ['summaryId'],
  dimensions: ['component'],
} as const satisfies IndicatorCatalogEntry;

/** The components of value distributed, in GRI 201-1 order. */
const DISTRIBUTED: readonly EconomicValueComponent[] = [
  'operatingCosts',
  'wagesAndBenefits',
  'paymentsToProvidersOfCapital',
  'paymentsToGovernments',
  'communityInvestments',
];

/**
 * Options of {@link economicValueDistributed}.
 *
 * @category Economic indicators
 */
export interface EconomicValueDistributedOptions {
  /** The reporting period; without it every amount reported as spent counts. */
  readonly period?: Readonly<DayPeriod> | undefined;
  /** The exchange-rate table that brings every amount into one currency. */
  readonly fx?: Readonly<FxTable> | undefined;
}

/**
 * How one component of GRI 201-1 is used: counted with its value, or why not.
 *
 * @category Economic indicators
 */
export interface EconomicValueComponentUse {
  /** The component. */
  readonly component: EconomicValueComponent;
  /** `'absent'` when the summary has no figure, else how the figure is used. */
  readonly use: AmountUse | 'absent';
  /** The value counted (in the table's currency when there is one). */
  readonly value?: ReportedMoney | undefined;
}

/**
 * The detail of {@link economicValueDistributed}.
 *
 * @category Economic indicators
 */
export interface EconomicValueDistributedDetail {
  /** The financial summary. */
  readonly summaryId: string;
  /** The one currency of the counted amounts; `null` when there are several or none. */
  readonly currency: CurrencyCode | null;
  /** Direct economic value generated (revenues); `null` when not counted. */
  readonly generated: MoneyInterval | null;
  /** Economic value distributed; `null` unless every component is counted. */
  readonly distributed: MoneyInterval | null;
  /** Economic value retained (generated − distributed, may be negative); `null` as above. */
  readonly retained: MoneyInterval | null;
  /** Each component, counted or why not. */
  readonly components: readonly EconomicValueComponentUse[];
}

/** How each component of a summary is used. */
function componentUses(
  summary: Readonly<FinancialSummary>,
  options: Readonly<EconomicValueDistributedOptions>,
): EconomicValueComponentUse[] {
  return (['revenue', ...DISTRIBUTED] as const).map((component) => {
    const amount = summary[component];
    if (amount === undefined) return { component, use: 'absent' };
    const use = amountUse(amount, options.period);
    return use === 'counted'
      ? { component, use, value: valueIn(amount, options.fx) }
      : { component, use };
  });
}

/** The value fields of an interval in minor units. */
function intervalValue(interval: MoneyInterval): ValueOrReason & { bounds?: MoneyInterval } {
  return isExactInterval(interval)
    ? { value: interval.min }
    : { value: null, reason: 'BOUNDED', bounds: interval };
}

/** The breakdown row of one component, or of a total, with its amount when exact. */
function rowOf(
  component: string,
  interval: MoneyInterval | null,
  currency: CurrencyCode | null,
): BreakdownRow {
  if (interval === null) return { keys: { component }, value: null, reason: 'MISSING_DATA' };
  const { bounds, ...value } = intervalValue(interval);
  return {
    keys: { component },
    ...value,
    ...(bounds === undefined ? {} : { bounds: boundsOf(bounds) }),
    ...(value.value === null || currency === null
      ? {}
      : { money: [{ amountMinor: value.value, currency }] }),
  };
}

/** Generated, distributed and retained from the components, when they are all counted. */
function totalsOf(uses: readonly EconomicValueComponentUse[]): {
  generated: MoneyInterval | null;
  distributed: MoneyInterval | null;
  retained: MoneyInterval | null;
} {
  const interval = (u: EconomicValueComponentUse): MoneyInterval | null =>
    u.value === undefined ? null : intervalOf(u.value);
  const [revenue, ...rest] = uses.map(interval);
  const generated = revenue ?? null;
  const parts = rest.filter((i): i is MoneyInterval => i !== null);
  const distributed = parts.length === rest.length ? sumIntervals(parts) : null;
  const retained =
    generated === null || distributed === null ? null : subtractIntervals(generated, distributed);
  return { generated, distributed, retained };
}

/** The notes on the components that are not counted. */
function componentNotes(uses: readonly EconomicValueComponentUse[]): string[] {
  const why: Record<AmountUse | 'absent', string> = {
    counted: '',
    absent: 'not published',
    outsidePeriod: 'reported for another period',
    straddlesPeriod: 'reported for a period across an end of the report period (never prorated)',
    notSpending: 'a budget or commitment, not an actual amount',
    cumulative: 'a cumulative total, never split into years',
  };
  return uses.filter((u) => u.use !== 'counted').map((u) => `${u.component}: ${why[u.use]}.`);
}

/**
 * Computes GRI 201-1 direct economic value generated and distributed, and the value retained,
 * from a company's financial summary.
 *
 * @remarks
 * GRI 201-1-a: direct economic value generated (revenues); economic value distributed
 * (operating costs, employee wages and benefits, payments to providers of capital, payments to
 * government, community investments); economic value retained = "direct economic value
 * generated" less "economic value distributed". Each component is the summary's
 * {@link ReportedAmount}, counted when its basis is `spent` and its period lies within
 * `options.period` (any period without one): budgets and commitments are not value distributed,
 * a cumulative total is never split into years, and an amount across an end of the period is
 * never prorated. Unit `money`: `value` is the value retained in minor units of `currency`; it
 * may be negative. Amounts are never added across currencies: with amounts in several
 * currencies and no `fx` table the value is `null` with `MULTIPLE_CURRENCIES`; with a table,
 * each amount is converted with the publisher's own equivalent in the table's currency when it
 * gives one, else with the table's last rate on or before the last day of its period. An amount
 * published as bounds makes the value `null` with `BOUNDED` and `bounds` (retained from
 * generated.min − distributed.max to generated.max − distributed.min). A component that is not
 * counted makes the value `null` with `MISSING_DATA`. Rows, keyed `{ component }`: the revenue,
 * the five components, `economicValueDistributed` and `economicValueRetained`. GRI 201-1-b
 * (by country or region) is one summary per country or region (`country`, `regionId`).
 *
 * @param summary - The financial summary.
 * @param options - The period and the exchange-rate table.
 * @returns Economic value retained in minor units, or `null` with the reason; `detail` holds
 * generated, distributed and retained and how each component is used.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the summary does not match
 * {@link FinancialSummarySchema}; `MISSING_FX_RATE` when the table lacks a rate.
 *
 * @example
 * ```ts
 * // Revenue 1,000.00, the five components 600.00 + 200.00 + 50.00 + 80.00 + 20.00 = 950.00.
 * economicValueDistributed(summary).value;
 * //=> 5000
 * ```
 *
 * @category Economic indicators
 */
export function economicValueDistributed(
  summary: Readonly<FinancialSummary>,
  options: Readonly<EconomicValueDistributedOptions> = {},
): DetailedResult<EconomicValueDistributedDetail> {
  parseOne(FinancialSummarySchema, summary, 'summary');
  const uses = componentUses(summary, options);
  const currencies = new Set(
    uses.flatMap((u) => (u.value === undefined ? [] : [u.value.currency])),
  );
  const currency = currencies.size === 1 ? ([...currencies][0] as CurrencyCode) : null;
  const totals =
    currencies.size > 1 ? { generated: null, distributed: null, retained: null } : totalsOf(uses);
  const { bounds, ...value }: ValueOrReason & { bounds?: MoneyInterval } =
    currencies.size > 1
      ? { value: null, reason: 'MULTIPLE_CURRENCIES' }
      : totals.retained === null
        ? { value: null, reason: 'MISSING_DATA' }
        : intervalValue(totals.retained);
  const rows =
    currencies.size > 1
      ? []
      : uses.map((u) =>
          rowOf(u.component, u.value === undefined ? null : intervalOf(u.value), currency),
        );
  return resultFrom(entry, {
    keys: { summaryId: summary.id },
    ...value,
    ...(currency === null || value.value === null ? {} : { currency }),
    ...(bounds === undefined ? {} : { bounds: boundsOf(bounds) }),
    ...(currency !== null && value.value !== null
      ? { money: [{ amountMinor: value.value, currency }] }
      : {}),
    breakdown:
      rows.length === 0
        ? []
        : [
            ...rows,
            rowOf('economicValueDistributed', totals.distributed, currency),
            rowOf('economicValueRetained', totals.retained, currency),
          ],
    definitions: {
      period: periodDefinitionOf(options.period),
      currency: options.fx?.currency ?? 'as published',
      accountingBasis: summary.accountingBasis ?? 'not stated',
      ...(summary.country === undefined ? {} : { country: summary.country }),
      ...(summary.regionId === undefined ? {} : { regionId: summary.regionId }),
    },
    sourceIds: uniqueSourceIds([
      summary.sourceIds,
      ...(['revenue', ...DISTRIBUTED] as const).map((c) => summary[c]?.sourceIds),
    ]),
    notes: componentNotes(uses),
    detail: { summaryId: summary.id, currency, ...totals, components: uses },
  });
}

/**
 * The definition of {@link economicValueDistributed}: on a dataset, one result per financial
 * summary with an amount counted in the report's period.
 *
 * @internal
 */
export const economicValueDistributedIndicator = defineIndicator({
  entry,
  compute: economicValueDistributed,
  fromDataset: (context) => {
    const summaries = context.data.financials ?? [];
    if (summaries.length === 0)
      return { status: 'dataAbsent', detail: 'The dataset has no financial summaries.' };
    const options = { period: context.period, fx: context.fx };
    const results = summaries
      .map((s) => economicValueDistributed(s, options))
      .filter((r) => r.detail.components.some((c) => c.use === 'counted'));
    return results.length > 0
      ? results
      : { status: 'dataAbsent', detail: 'No financial figure is reported for the period.' };
  },
});
