import { ImpactError } from './ImpactError.js';

/**
 * Throws unless an amount in minor units is a safe integer.
 *
 * @remarks
 * For the money helpers, whose arithmetic is exact only on safe integers: a fractional or
 * non-finite amount would otherwise reach `BigInt` (a `RangeError`) or be formatted as nonsense.
 *
 * @param amountMinor - The amount in minor units.
 * @throws {@link ImpactError} `INVALID_AMOUNT` when `amountMinor` is not a safe integer.
 * @internal
 */
export function assertAmountMinor(amountMinor: unknown): asserts amountMinor is number {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor)) {
    const shown = typeof amountMinor === 'number' ? String(amountMinor) : typeof amountMinor;
    throw new ImpactError('INVALID_AMOUNT', `${shown} minor units is not a safe integer`);
  }
}
