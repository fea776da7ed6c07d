import type { FxTable } from '../../core/fxTable.js';
import type { Money } from '../../core/money.js';
import { gfsCategoryOf } from '../../model/gfsRevenueClassification.js';
import {
  type GovernmentLevel,
  type GovernmentPayment,
  GovernmentPaymentSchema,
} from '../../model/governmentPayment.js';
import type { MoneyBounds, ReportedMoney, ReportedPeriod } from '../../model/reportedAmount.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import {
  type AmountUse,
  amountUse,
  type DayPeriod,
  periodDefinitionOf,
  tallyOf,
  tallyValue,
  valueIn,
} from './internal/reportedMoney.js';

const entry = {
  id: 'economic.paymentsToGovernments',
  title: 'Payments to governments by revenue stream (EITI 4.1, GRI 207-4)',
  unit: 'money',
  formula:
    'Sum of the payments to governments reported as spent within the period, per currency (converted only with an explicit exchange-rate table); one row per revenue stream, GFS code, receiving entity and level; bounds stay bounds; cumulative totals, budgets and amounts across an end of the period are listed apart',
  standards: ['EITI 4.1', 'EITI 4.2', 'EITI 4.7', 'GRI 207-4', 'GRI 201-1'],
  family: 'economic',
  functionName: 'paymentsToGovernments',
  results: 'one',
  dimensions: ['stream', 'gfsCode', 'recipient', 'level'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link paymentsToGovernments}.
 *
 * @category Economic indicators
 */
export interface PaymentsToGovernmentsOptions {
  /** The reporting period; without it every payment reported as spent counts. */
  readonly period?: Readonly<DayPeriod> | undefined;
  /** The exchange-rate table that brings every amount into one currency. */
  readonly fx?: Readonly<FxTable> | undefined;
  /** Only payments to the government of this country (ISO 3166-1 alpha-2), for GRI 207-4. */
  readonly country?: string | undefined;
}

/**
 * One counted payment, as EITI 4.1 lists it.
 *
 * @category Economic indicators
 */
export interface GovernmentPaymentRow {
  /** The payment record. */
  readonly paymentId: string;
  /** The revenue stream as published. */
  readonly stream: string;
  /** The GFS code, when known. */
  readonly gfsCode?: string | undefined;
  /** The label of the GFSM 2014 category the code falls under, when the code is listed. */
  readonly gfsCategory?: string | undefined;
  /** The receiving entity: its organization id, its name, or `'not stated'`. */
  readonly recipient: string;
  /** National or subnational. */
  readonly level: GovernmentLevel;
  /** Cash or in kind. */
  readonly form: 'cash' | 'inKind' | 'notStated';
  /** The country of the receiving government, when known. */
  readonly country?: string | undefined;
  /** The period of the payment, as published. */
  readonly period: ReportedPeriod;
  /** The amount (in the table's currency when there is one). */
  readonly value: ReportedMoney;
  /** The site or project, where reported by project. */
  readonly project?: string | undefined;
}

/**
 * The detail of {@link paymentsToGovernments}.
 *
 * @category Economic indicators
 */
export interface PaymentsToGovernmentsDetail {
  /** The counted payments, by stream then recipient. */
  readonly payments: readonly GovernmentPaymentRow[];
  /** The exact totals, one per currency. */
  readonly totals: readonly Money[];
  /** The sums of the payments published as bounds, per currency. */
  readonly bounded: readonly MoneyBounds[];
  /** The payments not counted, and why. */
  readonly notCounted: readonly { readonly paymentId: string; readonly use: AmountUse }[];
}

/** The EITI row of a counted payment. */
function rowOf(
  payment: Readonly<GovernmentPayment>,
  fx: FxTable | undefined,
): GovernmentPaymentRow {
  const category = payment.gfsCode === undefined ? undefined : gfsCategoryOf(payment.gfsCode);
  const project = payment.project ?? payment.siteId;
  return {
    paymentId: payment.id,
    stream: payment.stream,
    ...(payment.gfsCode === undefined ? {} : { gfsCode: payment.gfsCode }),
    ...(category === undefined ? {} : { gfsCategory: category.label }),
    recipient: payment.recipientId ?? payment.recipientName ?? 'not stated',
    level: payment.level,
    form: payment.form,
    ...(payment.country === undefined ? {} : { country: payment.country }),
    period: { ...payment.amount.period },
    value: valueIn(payment.amount, fx),
    ...(project === undefined ? {} : { project }),
  };
}

/** The keys of a row's group. */
function keysOf(row: GovernmentPaymentRow): Record<string, string> {
  return {
    stream: row.stream,
    gfsCode: row.gfsCode ?? 'none',
    recipient: row.recipient,
    level: row.level,
  };
}

/** The breakdown: one row per stream, GFS code, recipient and level. */
function breakdownOf(rows: readonly GovernmentPaymentRow[]): BreakdownRow[] {
  const groups = new Map<string, GovernmentPaymentRow[]>();
  for (const row of rows) {
    const key = JSON.stringify(keysOf(row));
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => {
    const tally = tallyOf(group.map((r) => r.value));
    const { currency: _currency, ...value } = tallyValue(tally);
    return {
      keys: keysOf(group[0] as GovernmentPaymentRow),
      ...value,
      count: group.length,
      money: tally.exact,
    };
  });
}

/** By stream, then recipient, then the first day of the period. */
function byStream(a: GovernmentPaymentRow, b: GovernmentPaymentRow): number {
  const x = `${a.stream}\u0000${a.recipient}\u0000${a.period.start}`;
  const y = `${b.stream}\u0000${b.recipient}\u0000${b.period.start}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Lists and totals a company's payments to governments by revenue stream, GFS code, receiving
 * entity and level of government, as EITI Requirement 4.1 and GRI 207-4 ask.
 *
 * @remarks
 * EITI 4.1 asks for comprehensive disclosure of company payments to government by revenue
 * stream; the EITI Summary Data Template classifies each stream with the IMF GFS codes. GRI
 * 207-4 asks for tax by tax jurisdiction (`options.country`). A payment counts when its
 * {@link ReportedAmount} is `spent` within `options.period` (any, without one): a cumulative total
 * ("paid since 2016") is never split into years, an amount across an end of the period is never
 * prorated, and budgets are not payments; they are listed in `detail.notCounted`. Unit `money`:
 * `value` is the total in minor units of `currency`. Totals are kept per currency and never
 * summed across currencies: several currencies without an `fx` table give `null` with
 * `MULTIPLE_CURRENCIES` and the totals in `money`; with a table, each amount is converted with
 * the publisher's own equivalent, else the table's last rate on or before the last day of its
 * period. Payments published as bounds make the value `null` with `BOUNDED` and `bounds`.
 * Breakdown rows are keyed `{ stream, gfsCode, recipient, level }` (`gfsCode` `'none'` when not
 * classified) with the number of payments in `count`; `detail.payments` lists each payment with
 * its form (cash or in kind), period, the GFSM 2014 category of its code and its project.
 *
 * @param payments - The payment records.
 * @param options - The period, the exchange-rate table and the country.
 * @returns The total of the counted payments, or `null` with the reason (`MISSING_DATA` when no
 * payment is counted).
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a payment does not match
 * {@link GovernmentPaymentSchema}; `MISSING_FX_RATE` when the table lacks a rate.
 *
 * @example
 * ```ts
 * // Taxes of AZN 29.7 million paid in 2021 (2,970,000,000 qəpik).
 * paymentsToGovernments(payments, { period: { start: '2021-01-01', end: '2021-12-31' } }).value;
 * //=> 2970000000
 * ```
 *
 * @category Economic indicators
 */
export function paymentsToGovernments(
  payments: Iterable<Readonly<GovernmentPayment>>,
  options: Readonly<PaymentsToGovernmentsOptions> = {},
): DetailedResult<PaymentsToGovernmentsDetail> {
  const list = parseEach(GovernmentPaymentSchema, payments, 'payments', (p) => p.id).filter(
    (p) => options.country === undefined || p.country === options.country,
  );
  const uses = list.map((payment) => ({ payment, use: amountUse(payment.amount, options.period) }));
  const counted = uses.filter((u) => u.use === 'counted').map((u) => u.payment);
  const rows = counted.map((p) => rowOf(p, options.fx)).sort(byStream);
  const tally = tallyOf(rows.map((r) => r.value));
  return resultFrom(entry, {
    ...tallyValue(tally),
    money: tally.exact,
    breakdown: breakdownOf(rows),
    definitions: {
      period: periodDefinitionOf(options.period),
      currency: options.fx?.currency ?? 'as published',
      country: options.country ?? 'all',
    },
    sourceIds: uniqueSourceIds(counted.map((p) => p.amount.sourceIds)),
    notes: [
      ...(uses.some((u) => u.use === 'cumulative')
        ? ['Cumulative totals are listed apart, never split into years.']
        : []),
      ...(rows.some((r) => r.form === 'inKind')
        ? ['In-kind payments are at their value as published.']
        : []),
    ],
    detail: {
      payments: rows,
      totals: tally.exact,
      bounded: tally.bounded,
      notCounted: uses
        .filter((u) => u.use !== 'counted')
        .map((u) => ({ paymentId: u.payment.id, use: u.use })),
    },
  });
}

/**
 * The definition of {@link paymentsToGovernments}: on a dataset, the payments within the
 * report's period.
 *
 * @internal
 */
export const paymentsToGovernmentsIndicator = defineIndicator({
  entry,
  compute: paymentsToGovernments,
  fromDataset: (context) => {
    const payments = context.data.governmentPayments ?? [];
    if (payments.length === 0)
      return { status: 'dataAbsent', detail: 'The dataset has no payments to governments.' };
    const result = paymentsToGovernments(payments, { period: context.period, fx: context.fx });
    return result.detail.payments.length > 0
      ? [result]
      : { status: 'dataAbsent', detail: 'No payment to a government is reported for the period.' };
  },
});
