import * as z from 'zod';
import { type CurrencyCode, CurrencyCodeSchema } from './currencies.js';
import { type FxRate, FxRateSchema } from './fxRate.js';
import { lazyShape } from './lazyShape.js';
import { pure } from './pure.js';

/**
 * An explicit exchange-rate table: the currency to report in and the dated rates into it.
 *
 * @remarks
 * An amount dated `d` in currency `C` is converted with the rate from `C` to `currency` that has
 * the latest `date` on or before `d` (the IATI `value-date` practice: the rate of the day of the
 * flow, or the last one published before it). Only direct rates are used: a rate from `currency`
 * to `C` is never inverted, and rates into other currencies are never chained. Amounts already
 * in `currency` are not converted. An amount with no applicable rate is an error (code
 * `MISSING_FX_RATE`), never converted implicitly.
 *
 * @example
 * ```ts
 * FxTableSchema.parse({
 *   currency: 'AZN',
 *   rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' }],
 * }).currency;
 * //=> 'AZN'
 * ```
 *
 * @category Money
 */
export const FxTableSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The currency every amount is converted to. */
      currency: CurrencyCodeSchema,
      /** The dated rates; those whose `to` is not `currency` are not used. */
      rates: () => z.array(FxRateSchema),
    }),
  ),
);

/**
 * An explicit exchange-rate table (see {@link FxTableSchema}).
 *
 * @example
 * ```ts
 * const fx: FxTable = {
 *   currency: 'AZN',
 *   rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-01-01' }],
 * };
 * ```
 *
 * @category Money
 */
export interface FxTable {
  /** The currency every amount is converted to. */
  readonly currency: CurrencyCode;
  /** The dated rates; those whose `to` is not `currency` are not used. */
  readonly rates: readonly FxRate[];
}
