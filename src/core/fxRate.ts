import * as z from 'zod';
import { type CalendarDate, CalendarDateSchema } from './calendarDate.js';
import { type CurrencyCode, CurrencyCodeSchema } from './currencies.js';
import { type SourceId, SourceIdSchema } from './ids.js';
import { lazyShape } from './lazyShape.js';
import { pure } from './pure.js';

/**
 * The pattern of a positive decimal exchange rate: digits, optionally `.` and more digits.
 *
 * @example
 * ```ts
 * DECIMAL_RATE_PATTERN.test('1.7');
 * //=> true
 * ```
 *
 * @category Money
 */
export const DECIMAL_RATE_PATTERN: RegExp = /^(?=.*[1-9])\d{1,15}(?:\.\d{1,15})?$/;

/**
 * An explicit exchange rate: how many units of `to` one unit of `from` buys on `date`.
 *
 * @remarks
 * The rate is a decimal string (up to 15 integer and 15 fraction digits, greater than zero), so
 * it is applied exactly. Amounts are only ever converted with a rate the user supplies, and its
 * `date` and `sourceId` travel with the result. Example: the Central Bank of Azerbaijan's
 * official rate of 1 USD = 1.7 AZN is `{ from: 'USD', to: 'AZN', rate: '1.7', date }`.
 *
 * @example
 * ```ts
 * FxRateSchema.parse({ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' }).rate;
 * //=> '1.7'
 * ```
 *
 * @category Money
 */
export const FxRateSchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The currency converted from. */
      from: CurrencyCodeSchema,
      /** The currency converted to. */
      to: CurrencyCodeSchema,
      /** Units of `to` per one unit of `from`, as a positive decimal string, e.g. `'1.7'`. */
      rate: () =>
        z.string().regex(DECIMAL_RATE_PATTERN, 'Expected a positive decimal rate, e.g. 1.7.'),
      /** The day the rate applies to. */
      date: CalendarDateSchema,
      /** The source of the rate (e.g. the central bank's publication). */
      sourceId: () => SourceIdSchema.optional(),
    }),
  ),
);

/**
 * An explicit exchange rate: how many units of `to` one unit of `from` buys on `date`.
 *
 * @remarks
 * The rate is a decimal string (up to 15 integer and 15 fraction digits, greater than zero), so
 * it is applied exactly. The schema is `FxTableSchema.shape.rates.element`.
 *
 * @example
 * ```ts
 * const usdAzn: FxRate = { from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' };
 * ```
 *
 * @category Money
 */
export interface FxRate {
  /** The currency converted from. */
  readonly from: CurrencyCode;
  /** The currency converted to. */
  readonly to: CurrencyCode;
  /** Units of `to` per one unit of `from`, as a positive decimal string, e.g. `'1.7'`. */
  readonly rate: string;
  /** The day the rate applies to. */
  readonly date: CalendarDate;
  /** The source of the rate (e.g. the central bank's publication). */
  readonly sourceId?: SourceId | undefined;
}
