import * as z from 'zod';
import { pure } from './pure.js';

/**
 * The mass units the library understands: grams, kilograms, metric tonnes and troy ounces.
 *
 * @example
 * ```ts
 * MassUnitSchema.parse('ozt');
 * //=> 'ozt'
 * ```
 *
 * @category Quantities
 */
export const MassUnitSchema = pure(() => z.enum(['g', 'kg', 't', 'ozt']));

/**
 * A mass unit: `'g' | 'kg' | 't' | 'ozt'` (see {@link MassUnitSchema}).
 *
 * @example
 * ```ts
 * const unit: MassUnit = 't';
 * ```
 *
 * @category Quantities
 */
export type MassUnit = z.infer<typeof MassUnitSchema>;

/**
 * A mass: a finite, non-negative number with its unit.
 *
 * @remarks
 * Used for ore tonnages, contained metal and production. One troy ounce (`ozt`) is exactly
 * 31.1034768 g; `t` is the metric tonne (1,000,000 g).
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 1.5, unit: 't' });
 * //=> { value: 1.5, unit: 't' }
 * QuantitySchema.safeParse({ value: -1, unit: 't' }).success;
 * //=> false
 * ```
 *
 * @category Quantities
 */
export const QuantitySchema = pure(() =>
  z.strictObject({
    /** The amount, finite and >= 0. */
    value: z.number().nonnegative('A quantity is never negative.'),
    /** The mass unit. */
    unit: MassUnitSchema,
  }),
);

/**
 * A mass with its unit (see {@link QuantitySchema}).
 *
 * @example
 * ```ts
 * const gold: Quantity = { value: 1000, unit: 'ozt' };
 * ```
 *
 * @category Quantities
 */
export type Quantity = z.infer<typeof QuantitySchema>;

/**
 * Grams per unit: the exact definitions the conversions use.
 *
 * @remarks
 * `ozt` = 31.1034768 g (the international troy ounce, exact by definition); `t` = 10^6 g.
 *
 * @example
 * ```ts
 * GRAMS_PER_UNIT.ozt;
 * //=> 31.1034768
 * ```
 *
 * @category Quantities
 */
export const GRAMS_PER_UNIT: Readonly<Record<MassUnit, number>> = pure(() =>
  Object.freeze({
    g: 1,
    kg: 1000,
    t: 1_000_000,
    ozt: 31.1034768,
  }),
);
