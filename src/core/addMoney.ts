import { assertAmountMinor } from './assertAmountMinor.js';
import { ImpactError } from './ImpactError.js';
import type { Money } from './money.js';

/**
 * Adds two amounts of the same currency.
 *
 * @remarks
 * Integer addition of the minor units. Different currencies are never added: convert one first
 * with {@link convertMoney}.
 *
 * @param augend - The first amount.
 * @param addend - The amount to add, in the same currency.
 * @returns The sum, in the same currency.
 * @throws {@link ImpactError} `CURRENCY_MISMATCH` when the currencies differ; `UNSAFE_INTEGER`
 * when the sum leaves the safe-integer range; `INVALID_AMOUNT` when an amount is not a safe
 * integer.
 *
 * @example
 * ```ts
 * addMoney({ amountMinor: 150, currency: 'AZN' }, { amountMinor: 275, currency: 'AZN' });
 * //=> { amountMinor: 425, currency: 'AZN' }
 * ```
 *
 * @category Money
 */
export function addMoney(augend: Readonly<Money>, addend: Readonly<Money>): Money {
  if (augend.currency !== addend.currency) {
    throw new ImpactError('CURRENCY_MISMATCH', `${augend.currency} and ${addend.currency}`);
  }
  assertAmountMinor(augend.amountMinor);
  assertAmountMinor(addend.amountMinor);
  const amountMinor = augend.amountMinor + addend.amountMinor;
  if (!Number.isSafeInteger(amountMinor)) {
    throw new ImpactError('UNSAFE_INTEGER', `${augend.amountMinor} + ${addend.amountMinor}`);
  }
  return { amountMinor, currency: augend.currency };
}
