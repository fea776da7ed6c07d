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
 * A mass unit: grams (`'g'`), kilograms (`'kg'`), metric tonnes (`'t'`) or troy ounces
 * (`'ozt'`, exactly 31.1034768 g).
 *
 * @remarks
 * The schema is `QuantitySchema.shape.unit`.
 *
 * @example
 * ```ts
 * const unit: MassUnit = 't';
 * ```
 *
 * @category Quantities
 */
export type MassUnit = 'g' | 'kg' | 't' | 'ozt';

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
 * A mass: a finite, non-negative number with its unit (see {@link QuantitySchema}).
 *
 * @example
 * ```ts
 * const gold: Quantity = { value: 1000, unit: 'ozt' };
 * ```
 *
 * @category Quantities
 */
export interface Quantity {
  /** The amount, finite and >= 0. */
  readonly value: number;
  /** The mass unit. */
  readonly unit: MassUnit;
}

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
