import type { Bounds } from '../../../core/bounds.js';
import type { CalendarDate } from '../../../core/calendarDate.js';
import type { CurrencyCode } from '../../../core/currencies.js';
import { fxConverter } from '../../../core/fxConverter.js';
import type { FxTable } from '../../../core/fxTable.js';
import type { Money } from '../../../core/money.js';
import { sumMoneyByCurrency } from '../../../core/sumMoneyByCurrency.js';
import {
  isMoneyBounds,
  type MoneyBounds,
  type ReportedAmount,
  type ReportedMoney,
  reportedAmountDays,
} from '../../../model/reportedAmount.js';
import {
  addToBoundedTotals,
  type BoundedTotals,
  boundedMoneyValue,
  sortedBoundedTotals,
} from '../../community/internal/boundedMoney.js';
import type { DefinitionValue } from '../../contract/indicatorResult.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';

/**
 * How a reported amount is used for a period: `counted` (spent, inside the period, or any
 * spent amount without a period), `outsidePeriod`, `straddlesPeriod` (never prorated),
 * `notSpending` (budgeted or committed) or `cumulative` (never split into years).
 *
 * @example
 * ```ts
 * const use: AmountUse = 'cumulative';
 * ```
 *
 * @category Economic indicators
 */
export type AmountUse =
  | 'counted'
  | 'outsidePeriod'
  | 'straddlesPeriod'
  | 'notSpending'
  | 'cumulative';

/**
 * A closed reporting period of calendar days, both ends included.
 *
 * @category Economic indicators
 */
export interface DayPeriod {
  /** The first day. */
  readonly start: CalendarDate;
  /** The last day. */
  readonly end: CalendarDate;
}

/**
 * How a reported amount is used for a period (see {@link AmountUse}).
 *
 * @internal
 */
export function amountUse(
  amount: Readonly<ReportedAmount>,
  period: Readonly<DayPeriod> | undefined,
): AmountUse {
  if (amount.basis === 'cumulative') return 'cumulative';
  if (amount.basis !== 'spent') return 'notSpending';
  if (period === undefined) return 'counted';
  const days = reportedAmountDays(amount);
  if (days.end < period.start || days.start > period.end) return 'outsidePeriod';
  if (days.start < period.start || days.end > period.end) return 'straddlesPeriod';
  return 'counted';
}

/**
 * A reported amount's value in the table's currency: as published when there is no table or it
 * is in the table's currency; else the publisher's own equivalent in that currency; else
 * converted with the table's last rate on or before the last day of the amount's period (bounds
 * bound by bound).
 *
 * @throws {@link ImpactError} `MISSING_FX_RATE` when the table has no rate for the currency.
 * @internal
 */
export function valueIn(amount: Readonly<ReportedAmount>, fx: FxTable | undefined): ReportedMoney {
  const value = amount.value;
  if (fx === undefined || value.currency === fx.currency) return value;
  const equivalent = amount.equivalents?.find((e) => e.currency === fx.currency);
  if (equivalent !== undefined) return equivalent;
  const convert = fxConverter(fx);
  const day = reportedAmountDays(amount).end;
  const one = (amountMinor: number): number =>
    convert({ amountMinor, currency: value.currency }, day).money.amountMinor;
  if (!isMoneyBounds(value)) return { amountMinor: one(value.amountMinor), currency: fx.currency };
  return {
    ...(value.min === undefined ? {} : { min: one(value.min) }),
    ...(value.max === undefined ? {} : { max: one(value.max) }),
    currency: fx.currency,
    ...(value.phrase === undefined ? {} : { phrase: value.phrase }),
  };
}

/** Exact totals and bounded totals, per currency. */
export interface MoneyTally {
  /** The exact amounts summed, one per currency. */
  readonly exact: readonly Money[];
  /** The bounded amounts summed, one per currency. */
  readonly bounded: readonly MoneyBounds[];
}

/**
 * Sums published amounts per currency: exact amounts apart from bounded ones.
 *
 * @internal
 */
export function tallyOf(values: Iterable<Readonly<ReportedMoney>>): MoneyTally {
  const exact: Money[] = [];
  const bounded: BoundedTotals = new Map();
  for (const value of values) {
    if (isMoneyBounds(value)) addToBoundedTotals(bounded, value);
    else exact.push(value);
  }
  return { exact: sumMoneyByCurrency(exact), bounded: sortedBoundedTotals(bounded) };
}

/**
 * The value fields of a tally: one exact currency gives its amount; bounds give `null` with
 * `BOUNDED` and the bounds (exact amounts added to both ends); several currencies give `null`
 * with `MULTIPLE_CURRENCIES`; nothing gives `null` with `MISSING_DATA`.
 *
 * @internal
 */
export function tallyValue(
  tally: MoneyTally,
): ValueOrReason & { readonly currency?: CurrencyCode; readonly bounds?: Bounds } {
  return boundedMoneyValue(tally.exact, tally.bounded);
}

/**
 * The definition of a period for `definitions`: its days, or `'all'`.
 *
 * @internal
 */
export function periodDefinitionOf(period: Readonly<DayPeriod> | undefined): DefinitionValue {
  return period === undefined ? 'all periods' : { start: period.start, end: period.end };
}
