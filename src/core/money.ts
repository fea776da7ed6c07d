import * as z from 'zod';
import { type CurrencyCode, CurrencyCodeSchema } from './currencies.js';
import { lazyShape } from './lazyShape.js';
import { pure } from './pure.js';

/**
 * An amount of money: an integer number of minor units (cents, qəpik) and its currency.
 *
 * @remarks
 * `amountMinor` is a safe integer (negative for refunds and credit notes); the number of minor
 * units per major unit comes from the bundled ISO 4217 table (see {@link minorUnitsOf}). There is no floating-point money
 * in the library: `AZN 1,234.56` is `{ amountMinor: 123456, currency: 'AZN' }`.
 *
 * @example
 * ```ts
 * MoneySchema.parse({ amountMinor: 123456, currency: 'AZN' });
 * //=> { amountMinor: 123456, currency: 'AZN' }
 * MoneySchema.safeParse({ amountMinor: 1234.56, currency: 'AZN' }).success;
 * //=> false
 * ```
 *
 * @category Money
 */
export const MoneySchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The amount in minor units of the currency (e.g. qəpik for AZN): a safe integer. */
      amountMinor: () => z.int({ error: 'Expected a safe integer number of minor units.' }),
      /** The ISO 4217 currency code. */
      currency: CurrencyCodeSchema,
    }),
  ),
);

/**
 * An amount of money in integer minor units (see {@link MoneySchema}).
 *
 * @remarks
 * `AZN 1,234.56` is `{ amountMinor: 123456, currency: 'AZN' }`; there is no floating-point money
 * in the library.
 *
 * @example
 * ```ts
 * const spend: Money = { amountMinor: 30000000, currency: 'AZN' }; // AZN 300,000.00
 * ```
 *
 * @category Money
 */
export interface Money {
  /** The amount in minor units of the currency (e.g. qəpik for AZN): a safe integer. */
  readonly amountMinor: number;
  /** The ISO 4217 currency code. */
  readonly currency: CurrencyCode;
}
