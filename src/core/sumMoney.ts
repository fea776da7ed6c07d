import { addMoney } from './addMoney.js';
import type { CurrencyCode } from './currencies.js';
import { ImpactError } from './ImpactError.js';
import type { Money } from './money.js';

/**
 * Adds up amounts that are all in one currency.
 *
 * @remarks
 * Integer addition of minor units. The currency is `currency` when given, else the first
 * item's; every item must be in it. For lists that may mix currencies use
 * {@link sumMoneyByCurrency}.
 *
 * @param items - The amounts to add.
 * @param currency - The expected currency; required to sum an empty list.
 * @returns The total (zero in `currency` for an empty list).
 * @throws {@link ImpactError} `CURRENCY_MISMATCH` when an item is in another currency;
 * `INVALID_ARGUMENT` for an empty list without `currency`; `UNSAFE_INTEGER` on overflow;
 * `INVALID_AMOUNT` when an amount is not a safe integer.
 *
 * @example
 * ```ts
 * sumMoney([{ amountMinor: 100, currency: 'AZN' }, { amountMinor: 250, currency: 'AZN' }]);
 * //=> { amountMinor: 350, currency: 'AZN' }
 * sumMoney([], 'USD');
 * //=> { amountMinor: 0, currency: 'USD' }
 * ```
 *
 * @category Money
 */
export function sumMoney(items: Iterable<Readonly<Money>>, currency?: CurrencyCode): Money {
  let total: Money | undefined = currency === undefined ? undefined : { amountMinor: 0, currency };
  for (const item of items) {
    total =
      total === undefined
        ? addMoney({ amountMinor: 0, currency: item.currency }, item)
        : addMoney(total, item);
  }
  if (total === undefined) {
    throw new ImpactError('INVALID_ARGUMENT', 'an empty list of amounts needs a currency');
  }
  return total;
}
