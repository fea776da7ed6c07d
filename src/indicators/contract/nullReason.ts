import * as z from 'zod';
import { pure } from '../../core/pure.js';

/**
 * Why an indicator (or a breakdown row) has no single value.
 *
 * @remarks
 * - `ZERO_DENOMINATOR`: the denominator is 0 (no employees, no operations).
 * - `MISSING_DATA`: an input the formula needs is absent.
 * - `NOT_APPLICABLE`: the indicator does not apply to the input (a qualitative result).
 * - `BOUNDED`: the inputs are published as bounds, so the result is in `bounds`.
 * - `MULTIPLE_CURRENCIES`: amounts in several currencies and no exchange rate: the totals are in
 *   `money`, one per currency.
 * - `BREAKDOWN_ONLY`: the indicator is a table with no headline figure: its figures are the
 *   breakdown rows.
 * - `RANGE_ONLY`: a projection given as a low-high range without a central estimate: the figure
 *   is in `range`.
 *
 * @category Indicators
 */
export type NullReason =
  | 'ZERO_DENOMINATOR'
  | 'MISSING_DATA'
  | 'NOT_APPLICABLE'
  | 'BOUNDED'
  | 'MULTIPLE_CURRENCIES'
  | 'BREAKDOWN_ONLY'
  | 'RANGE_ONLY';

/** The schema of {@link NullReason}. */
export const NullReasonSchema: z.ZodType<NullReason> = pure(() =>
  z.enum([
    'ZERO_DENOMINATOR',
    'MISSING_DATA',
    'NOT_APPLICABLE',
    'BOUNDED',
    'MULTIPLE_CURRENCIES',
    'BREAKDOWN_ONLY',
    'RANGE_ONLY',
  ]),
);
