import type { CurrencyCode } from '../../core/currencies.js';
import type { FxTable } from '../../core/fxTable.js';
import { type FinancialSummary, FinancialSummarySchema } from '../../model/financialSummary.js';
import { type GovernmentPayment, GovernmentPaymentSchema } from '../../model/governmentPayment.js';
import {
  type ProcurementSummary,
  ProcurementSummarySchema,
} from '../../model/procurementSummary.js';
import type { ReportedAmount, ReportedMoney } from '../../model/reportedAmount.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach, parseOne } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  amountUse,
  type DayPeriod,
  periodDefinitionOf,
  tallyOf,
  tallyValue,
  valueIn,
} from './internal/reportedMoney.js';

const entry = {
  id: 'economic.totalInCountryContribution',
  title: 'Total in-country economic contribution',
  unit: 'money',
  formula:
    'Employee wages and benefits + spend on local suppliers + payments to governments + community investments, each reported as spent within the period, in one currency (converted only with an explicit exchange-rate table); payments to governments from the payment records when there are any, else from the financial summary; each component shown; bounds stay bounds; a missing component leaves the total unknown',
  standards: ['GRI 201-1', 'GRI 204-1', 'GRI 207-4', 'EITI 4.1', 'GRI 14.9'],
  family: 'economic',
  functionName: 'totalInCountryContribution',
  results: 'one',
  dimensions: ['component'],
} as const satisfies IndicatorCatalogEntry;

/**
 * The components of {@link totalInCountryContribution}.
 *
 * @example
 * ```ts
 * const component: InCountryComponent = 'localProcurement';
 * ```
 *
 * @category Economic indicators
 */
export type InCountryComponent =
  | 'wagesAndBenefits'
  | 'localProcurement'
  | 'paymentsToGovernments'
  | 'communityInvestments';

/**
 * What {@link totalInCountryContribution} reads.
 *
 * @category Economic indicators
 */
export interface InCountryContributionInput {
  /** The financial summary: wages and benefits, community investments (and payments to governments when there are no payment records). */
  readonly financial?: Readonly<FinancialSummary> | undefined;
  /** The procurement summary: the spend on local suppliers. */
  readonly procurement?: Readonly<ProcurementSummary> | undefined;
  /** The payments to governments, by stream. */
  readonly payments?: Iterable<Readonly<GovernmentPayment>> | undefined;
}

/**
 * Options of {@link totalInCountryContribution}.
 *
 * @category Economic indicators
 */
export interface InCountryContributionOptions {
  /** The reporting period; without it every amount reported as spent counts. */
  readonly period?: Readonly<DayPeriod> | undefined;
  /** The exchange-rate table that brings every amount into one currency. */
  readonly fx?: Readonly<FxTable> | undefined;
  /** The host country (ISO 3166-1 alpha-2): payment records to other countries are left out. */
  readonly country?: string | undefined;
}

/**
 * The detail of {@link totalInCountryContribution}: each component and where it comes from.
 *
 * @category Economic indicators
 */
export interface InCountryContributionDetail {
  /** The one currency of the counted amounts; `null` when there are several or none. */
  readonly currency: CurrencyCode | null;
  /** Each component: its counted values, and where they come from. */
  readonly components: readonly {
    readonly component: InCountryComponent;
    readonly from: 'financialSummary' | 'procurementSummary' | 'paymentRecords' | 'none';
    readonly values: readonly ReportedMoney[];
  }[];
}

/** The overlaps between the components, always stated. */
const OVERLAP_NOTES: readonly string[] = [
  'Wages and benefits include the taxes and social contributions paid to government on behalf of employees (GRI 201-1); company payments to governments normally exclude them (EITI 4.1): check that no withheld tax is in both.',
  'Goods and services bought from local suppliers for community programs may be in both local procurement and community investments.',
  'Operating costs other than local procurement, and payments to providers of capital, are not part of the in-country contribution; royalties count once, under payments to governments.',
];

/** The counted value of an amount, as a list of zero or one. */
function counted(
  amount: Readonly<ReportedAmount> | undefined,
  options: Readonly<InCountryContributionOptions>,
): ReportedMoney[] {
  if (amount === undefined || amountUse(amount, options.period) !== 'counted') return [];
  return [valueIn(amount, options.fx)];
}

/** The four components with their counted values and origins. */
function componentsOf(
  input: Readonly<InCountryContributionInput>,
  options: Readonly<InCountryContributionOptions>,
): InCountryContributionDetail['components'] {
  const { financial, procurement } = input;
  const payments = parseEach(
    GovernmentPaymentSchema,
    input.payments ?? [],
    'payments',
    (p) => p.id,
  ).filter(
    (p) =>
      options.country === undefined || p.country === undefined || p.country === options.country,
  );
  const recorded = payments.flatMap((p) => counted(p.amount, options));
  const local = procurement?.byLocality.find((l) => l.locality === 'local')?.spend;
  return [
    {
      component: 'wagesAndBenefits',
      from: financial === undefined ? 'none' : 'financialSummary',
      values: counted(financial?.wagesAndBenefits, options),
    },
    {
      component: 'localProcurement',
      from: procurement === undefined ? 'none' : 'procurementSummary',
      values: counted(local, options),
    },
    payments.length > 0
      ? { component: 'paymentsToGovernments', from: 'paymentRecords', values: recorded }
      : {
          component: 'paymentsToGovernments',
          from: financial === undefined ? 'none' : 'financialSummary',
          values: counted(financial?.paymentsToGovernments, options),
        },
    {
      component: 'communityInvestments',
      from: financial === undefined ? 'none' : 'financialSummary',
      values: counted(financial?.communityInvestments, options),
    },
  ];
}

/** The row of a component: its total, or why there is none. */
function rowOf(component: InCountryComponent, values: readonly ReportedMoney[]): BreakdownRow {
  const tally = tallyOf(values);
  const { currency: _currency, ...value } = tallyValue(tally);
  return { keys: { component }, ...value, money: tally.exact };
}

/**
 * Adds up a company's contribution to its host economy: wages and benefits, spend on local
 * suppliers, payments to governments and community investments, each component shown.
 *
 * @remarks
 * The components are GRI 201-1's employee wages and benefits, payments to government and
 * community investments, with GRI 204-1's spend on local suppliers in place of operating costs;
 * payments to governments are the payment records (EITI 4.1, GRI 207-4) of the host country when
 * there are any, else the financial summary's figure. Each is counted when reported as `spent`
 * within `options.period` (never a cumulative total split into years, a budget, or an amount
 * across an end of the period). Unit `money`: `value` is the sum in minor units of `currency`
 * when every component is counted in one currency (converted only with an `fx` table);
 * otherwise `null` with `MISSING_DATA` (a component is missing), `MULTIPLE_CURRENCIES` or
 * `BOUNDED` (with `bounds`). Rows, keyed `{ component }`, show each component. The overlaps the
 * library cannot remove (employee taxes withheld in wages and possibly in payments; community
 * purchases from local suppliers) are stated in the notes: the total is an upper figure when
 * they occur.
 *
 * @param input - The financial summary, the procurement summary and the payment records.
 * @param options - The period, the exchange-rate table and the host country.
 * @returns The total contribution, or `null` with the reason; `detail` holds each component.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when an input does not match its schema;
 * `MISSING_FX_RATE` when the table lacks a rate.
 *
 * @example
 * ```ts
 * // Wages 400.00 + local suppliers 300.00 + payments 200.00 + community 100.00 = 1,000.00.
 * totalInCountryContribution({ financial, procurement, payments }).value;
 * //=> 100000
 * ```
 *
 * @category Economic indicators
 */
export function totalInCountryContribution(
  input: Readonly<InCountryContributionInput>,
  options: Readonly<InCountryContributionOptions> = {},
): DetailedResult<InCountryContributionDetail> {
  if (input.financial !== undefined) parseOne(FinancialSummarySchema, input.financial, 'financial');
  if (input.procurement !== undefined)
    parseOne(ProcurementSummarySchema, input.procurement, 'procurement');
  const payments = parseEach(
    GovernmentPaymentSchema,
    input.payments ?? [],
    'payments',
    (p) => p.id,
  ).filter(
    (p) =>
      options.country === undefined || p.country === undefined || p.country === options.country,
  );
  const components = componentsOf({ ...input, payments }, options);
  const all = components.flatMap((c) => c.values);
  const tally = tallyOf(all);
  const currencies = new Set(all.map((v) => v.currency));
  const missing = components.filter((c) => c.values.length === 0).map((c) => c.component);
  const value =
    currencies.size <= 1 && missing.length > 0
      ? { value: null, reason: 'MISSING_DATA' as const }
      : tallyValue(tally);
  return resultFrom(entry, {
    ...value,
    ...(value.reason === 'MISSING_DATA' ? {} : { money: tally.exact }),
    breakdown: components.map((c) => rowOf(c.component, c.values)),
    definitions: {
      period: periodDefinitionOf(options.period),
      currency: options.fx?.currency ?? 'as published',
      country: options.country ?? 'all',
      local: input.procurement?.localDefinition ?? 'not stated',
    },
    sourceIds: uniqueSourceIds([
      input.financial?.sourceIds,
      input.procurement?.sourceIds,
      ...payments
        .filter((p) => amountUse(p.amount, options.period) === 'counted')
        .map((p) => p.amount.sourceIds),
    ]),
    notes: [...missing.map((c) => `${c}: not reported for the period.`), ...OVERLAP_NOTES],
    detail: {
      currency: currencies.size === 1 ? ([...currencies][0] as CurrencyCode) : null,
      components,
    },
  });
}

/**
 * The definition of {@link totalInCountryContribution}: on a dataset, the company-wide
 * financial and procurement summaries with figures in the report's period, and every payment
 * record.
 *
 * @internal
 */
export const totalInCountryContributionIndicator = defineIndicator({
  entry,
  compute: totalInCountryContribution,
  fromDataset: (context) => {
    const { data, period, fx } = context;
    const inPeriod = (a: ReportedAmount | undefined): boolean =>
      a !== undefined && amountUse(a, period) === 'counted';
    const financial = (data.financials ?? []).find(
      (f) =>
        f.country === undefined &&
        f.regionId === undefined &&
        (inPeriod(f.wagesAndBenefits) ||
          inPeriod(f.communityInvestments) ||
          inPeriod(f.paymentsToGovernments)),
    );
    const procurement = (data.procurement ?? []).find(
      (p) =>
        p.siteId === undefined &&
        p.byLocality.some((l) => l.locality === 'local' && inPeriod(l.spend)),
    );
    const payments = data.governmentPayments ?? [];
    if (
      financial === undefined &&
      procurement === undefined &&
      !payments.some((p) => inPeriod(p.amount))
    )
      return { status: 'dataAbsent', detail: 'No economic figure is reported for the period.' };
    return [
      totalInCountryContribution(
        { financial, procurement, payments },
        { period, fx, country: data.company.jurisdiction },
      ),
    ];
  },
});
