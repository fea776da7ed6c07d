import { type CurrencyCode, currencyMinorUnits } from './currencies.js';
import { ImpactError } from './ImpactError.js';

/**
 * Returns the number of decimal places (the ISO 4217 minor unit) of a currency.
 *
 * @remarks
 * Read from the bundled ISO 4217 table (`currencyMinorUnits`), never from `Intl`.
 *
 * @param currency - The ISO 4217 code.
 * @returns The minor unit: 0, 2, 3 or 4.
 * @throws {@link ImpactError} `UNKNOWN_CURRENCY` when the code is not in the table.
 *
 * @example
 * ```ts
 * minorUnitsOf('AZN');
 * //=> 2
 * minorUnitsOf('JPY');
 * //=> 0
 * ```
 *
 * @category Money
 */
export function minorUnitsOf(currency: CurrencyCode | string): number {
  if (!Object.hasOwn(currencyMinorUnits, currency)) {
    throw new ImpactError('UNKNOWN_CURRENCY', JSON.stringify(String(currency).slice(0, 16)));
  }
  return currencyMinorUnits[currency as CurrencyCode];
}
