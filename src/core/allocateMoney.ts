import { assertAmountMinor } from './assertAmountMinor.js';
import { ImpactError } from './ImpactError.js';
import type { Money } from './money.js';

/**
 * Splits an amount into parts proportional to integer weights, exactly to the minor unit.
 *
 * @remarks
 * Largest-remainder (Hamilton) allocation: each part first gets
 * `floor(|amount| × weight / Σ weights)` minor units; the minor units left over go one each to the
 * parts with the largest fractional remainders (ties to the earlier part). The parts always sum to
 * the amount. A negative amount is split as its absolute value, then negated. Weights are
 * non-negative safe integers (use basis points for percentages with two decimals: 33.33 % is
 * 3333); a zero weight gets nothing. Computed with `BigInt`, so no product overflows.
 *
 * @param money - The amount to split.
 * @param weights - One non-negative integer weight per part; at least one must be positive.
 * @returns One amount per weight, in the same currency, summing to `money`.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when there are no weights, a weight is negative
 * or not a safe integer, or all weights are zero; `INVALID_AMOUNT` when `money.amountMinor` is
 * not a safe integer.
 *
 * @example
 * ```ts
 * allocateMoney({ amountMinor: 100, currency: 'AZN' }, [3333, 3333, 3334]);
 * //=> [{ amountMinor: 33, currency: 'AZN' }, { amountMinor: 33, currency: 'AZN' }, { amountMinor: 34, currency: 'AZN' }]
 * ```
 *
 * @category Money
 */
export function allocateMoney(money: Readonly<Money>, weights: readonly number[]): Money[] {
  assertAmountMinor(money.amountMinor);
  if (weights.length === 0)
    throw new ImpactError('INVALID_ARGUMENT', 'allocateMoney needs at least one weight');
  let total = 0n;
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0) {
      throw new ImpactError(
        'INVALID_ARGUMENT',
        `allocation weight ${weight} is not a non-negative integer`,
      );
    }
    total += BigInt(weight);
  }
  if (total === 0n) throw new ImpactError('INVALID_ARGUMENT', 'allocation weights are all zero');

  const sign = money.amountMinor < 0 ? -1n : 1n;
  const amount = BigInt(money.amountMinor) * sign;
  const parts = weights.map((weight, index) => {
    const product = amount * BigInt(weight);
    return { index, share: product / total, remainder: product % total };
  });
  let left = amount - parts.reduce((sum, part) => sum + part.share, 0n);
  const byRemainder = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const part of byRemainder) {
    if (left === 0n) break;
    part.share += 1n;
    left -= 1n;
  }
  return parts.map((part) => ({
    amountMinor: Number(part.share * sign),
    currency: money.currency,
  }));
}
