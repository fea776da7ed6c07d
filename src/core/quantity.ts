import * as z from 'zod';
import { lazyShape } from './lazyShape.js';
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
 * A mass: a finite, non-negative number with its unit, exact or approximate as published.
 *
 * @remarks
 * Used for ore tonnages, contained metal and production. One troy ounce (`ozt`) is exactly
 * 31.1034768 g; `t` is the metric tonne (1,000,000 g). A figure published as approximate
 * ("around 620,000 oz") keeps its `value` and adds `approximately: true` with the `phrase`:
 * `{ value: 620000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' }`. Every
 * reader of `value` keeps working; indicators that use an approximate quantity say so in a note
 * quoting the phrase. `{ value, unit }` alone is exact, as before.
 *
 * @example
 * ```ts
 * QuantitySchema.parse({ value: 1.5, unit: 't' });
 * //=> { value: 1.5, unit: 't' }
 * QuantitySchema.parse({ value: 620000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' }).approximately;
 * //=> true
 * QuantitySchema.safeParse({ value: -1, unit: 't' }).success;
 * //=> false
 * ```
 *
 * @category Quantities
 */
export const QuantitySchema = pure(() =>
  z.strictObject(
    lazyShape({
      /** The amount, finite and >= 0. */
      value: () => z.number().nonnegative('A quantity is never negative.'),
      /** The mass unit. */
      unit: MassUnitSchema,
      /** `true` when the figure was published as approximate ("around", "about"). */
      approximately: () => z.boolean().optional(),
      /** The words the figure was published in, e.g. `'around 620,000 oz'`. */
      phrase: () => z.string().min(1).max(500).optional(),
    }),
  ),
);

/**
 * A mass: a finite, non-negative number with its unit, exact unless marked approximate (see
 * {@link QuantitySchema}).
 *
 * @example
 * ```ts
 * const gold: Quantity = { value: 1000, unit: 'ozt' };
 * const resource: Quantity = { value: 620000, unit: 'ozt', approximately: true, phrase: 'around 620,000 oz' };
 * ```
 *
 * @category Quantities
 */
export interface Quantity {
  /** The amount, finite and >= 0. */
  readonly value: number;
  /** The mass unit. */
  readonly unit: MassUnit;
  /** `true` when the figure was published as approximate ("around", "about"). */
  readonly approximately?: boolean | undefined;
  /** The words the figure was published in, e.g. `'around 620,000 oz'`. */
  readonly phrase?: string | undefined;
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
