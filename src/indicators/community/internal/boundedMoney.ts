import { addMoney } from '../../../core/addMoney.js';
import type { Bounds } from '../../../core/bounds.js';
import type { CurrencyCode } from '../../../core/currencies.js';
import type { Money } from '../../../core/money.js';
import type { MoneyBounds } from '../../../model/reportedAmount.js';
import { moneyValue } from '../../internal/moneyValue.js';
import type { ValueOrReason } from '../../internal/resultFrom.js';

/**
 * Sums of bounded amounts, per currency: the sum of the lower bounds (a missing one is 0: money
 * reported is never negative) and of the upper bounds (`null` once one is missing).
 *
 * @internal
 */
export type BoundedTotals = Map<string, { min: number; max: number | null }>;

/** Adds two amounts of one currency, checking the safe-integer range. */
function plus(a: number, b: number, currency: CurrencyCode): number {
  return addMoney({ amountMinor: a, currency }, { amountMinor: b, currency }).amountMinor;
}

/**
 * Adds bounds on an amount to the sums of their currency.
 *
 * @param totals - The sums, changed in place.
 * @param bounds - The bounds.
 * @throws {@link ImpactError} `UNSAFE_INTEGER` when a sum leaves the safe-integer range.
 * @internal
 */
export function addToBoundedTotals(totals: BoundedTotals, bounds: Readonly<MoneyBounds>): void {
  const current = totals.get(bounds.currency) ?? { min: 0, max: 0 };
  totals.set(bounds.currency, {
    min: plus(current.min, bounds.min ?? 0, bounds.currency),
    max:
      current.max === null || bounds.max === undefined
        ? null
        : plus(current.max, bounds.max, bounds.currency),
  });
}

/**
 * The sums of bounded amounts as a list, sorted by currency.
 *
 * @param totals - The sums.
 * @returns One {@link MoneyBounds} per currency, with a `min` always and a `max` when every
 * amount had one.
 * @internal
 */
export function sortedBoundedTotals(totals: BoundedTotals): MoneyBounds[] {
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([currency, sum]) => ({
      min: sum.min,
      ...(sum.max === null ? {} : { max: sum.max }),
      currency: currency as CurrencyCode,
    }));
}

/**
 * The headline of a money result whose amounts may be bounded: the exact total of its one
 * currency; bounds (exact total plus the sums of the bounds) when bounded amounts count too;
 * `MULTIPLE_CURRENCIES` across currencies.
 *
 * @param exact - The exact totals, one per currency.
 * @param bounded - The sums of the bounded amounts, one per currency.
 * @param currency - The currency of an exchange-rate table, for a zero total.
 * @returns The value or reason, the currency and the bounds.
 * @throws {@link ImpactError} `UNSAFE_INTEGER` when a bound leaves the safe-integer range.
 * @internal
 */
export function boundedMoneyValue(
  exact: readonly Money[],
  bounded: readonly MoneyBounds[],
  currency?: CurrencyCode | undefined,
): ValueOrReason & { readonly currency?: CurrencyCode; readonly bounds?: Bounds } {
  if (bounded.length === 0) return moneyValue(exact, currency);
  const currencies = new Set([...exact, ...bounded].map((m) => m.currency));
  const [only] = bounded;
  if (currencies.size > 1 || only === undefined)
    return { value: null, reason: 'MULTIPLE_CURRENCIES' };
  const base = exact[0]?.amountMinor ?? 0;
  return {
    value: null,
    reason: 'BOUNDED',
    currency: only.currency,
    bounds: {
      min: plus(base, only.min ?? 0, only.currency),
      ...(only.max === undefined ? {} : { max: plus(base, only.max, only.currency) }),
    },
  };
}
