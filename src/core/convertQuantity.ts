import { ImpactError } from './ImpactError.js';
import { GRAMS_PER_UNIT, type MassUnit, type Quantity } from './quantity.js';

/**
 * Converts a mass to another unit.
 *
 * @remarks
 * `value × gramsPer(from) / gramsPer(to)` with the exact factors of `GRAMS_PER_UNIT`
 * (1 ozt = 31.1034768 g). Same unit in and out returns the value unchanged. The result is a
 * double, exact to about 15 significant digits. An approximate quantity stays approximate: its
 * `approximately` and `phrase` are kept (the phrase is the published words, in the published
 * unit).
 *
 * @param quantity - The mass to convert.
 * @param unit - The target unit.
 * @returns The same mass in `unit`.
 * @throws {@link ImpactError} `INVALID_QUANTITY` when the value is negative or not finite, or a
 * unit is unknown.
 *
 * @example
 * ```ts
 * convertQuantity({ value: 31.1034768, unit: 'g' }, 'ozt');
 * //=> { value: 1, unit: 'ozt' }
 * convertQuantity({ value: 2.5, unit: 't' }, 'kg');
 * //=> { value: 2500, unit: 'kg' }
 * ```
 *
 * @category Quantities
 */
export function convertQuantity(quantity: Readonly<Quantity>, unit: MassUnit): Quantity {
  const from = Object.hasOwn(GRAMS_PER_UNIT, quantity.unit)
    ? GRAMS_PER_UNIT[quantity.unit]
    : undefined;
  const to = Object.hasOwn(GRAMS_PER_UNIT, unit) ? GRAMS_PER_UNIT[unit] : undefined;
  if (
    from === undefined ||
    to === undefined ||
    !Number.isFinite(quantity.value) ||
    quantity.value < 0
  ) {
    throw new ImpactError('INVALID_QUANTITY', `${quantity.value} ${quantity.unit} to ${unit}`);
  }
  const marks = {
    ...(quantity.approximately === undefined ? {} : { approximately: quantity.approximately }),
    ...(quantity.phrase === undefined ? {} : { phrase: quantity.phrase }),
  };
  if (quantity.unit === unit) return { value: quantity.value, unit, ...marks };
  return { value: (quantity.value * from) / to, unit, ...marks };
}
