import { z } from 'zod';
import { BoundsSchema } from '../core/bounds.js';
import { SourceIdSchema } from '../core/ids.js';
import { MoneySchema } from '../core/money.js';
import { pure } from '../core/pure.js';
import { RangeSchema } from '../core/range.js';
import { RatioSchema } from '../core/ratio.js';

/**
 * The unit of an indicator's value.
 *
 * @remarks
 * `ratio`: a fraction in [0, 1] (never a percentage); `count`: people, sites, programs;
 * `money`: amounts in `money` (one per currency), `value` is `null`; `index`: a dimensionless
 * index such as the Herfindahl-Hirschman index; `years`; `mass`: tonnes unless the result says
 * otherwise; `jobs`: jobs per year; `jobYears`: temporary job-years; `table`: a categorical
 * result held in `breakdown`, `value` is `null`.
 *
 * @example
 * ```ts
 * IndicatorUnitSchema.parse('ratio');
 * //=> 'ratio'
 * ```
 *
 * @category Indicators
 */
export const IndicatorUnitSchema = pure(() =>
  z.enum(['ratio', 'count', 'money', 'index', 'years', 'mass', 'jobs', 'jobYears', 'table']),
);

/**
 * The unit of an indicator's value (see {@link IndicatorUnitSchema}).
 *
 * @example
 * ```ts
 * const unit: IndicatorUnit = 'count';
 * ```
 *
 * @category Indicators
 */
export type IndicatorUnit = z.infer<typeof IndicatorUnitSchema>;

/**
 * Why an indicator has no single value.
 *
 * @remarks
 * `ZERO_DENOMINATOR`: the denominator is 0 (no employees, no operations); `MISSING_DATA`: an
 * input the formula needs is absent; `NOT_APPLICABLE`: the indicator does not apply (a
 * qualitative result); `BOUNDED`: the inputs are published as bounds, so the result is in
 * `bounds`, not `value`; `MULTIPLE_CURRENCIES`: amounts in several currencies and no exchange
 * rate, so the totals are in `money`, one per currency.
 *
 * @example
 * ```ts
 * NullReasonSchema.parse('BOUNDED');
 * //=> 'BOUNDED'
 * ```
 *
 * @category Indicators
 */
export const NullReasonSchema = pure(() =>
  z.enum(['ZERO_DENOMINATOR', 'MISSING_DATA', 'NOT_APPLICABLE', 'BOUNDED', 'MULTIPLE_CURRENCIES']),
);

/**
 * Why an indicator has no single value (see {@link NullReasonSchema}).
 *
 * @example
 * ```ts
 * const reason: NullReason = 'ZERO_DENOMINATOR';
 * ```
 *
 * @category Indicators
 */
export type NullReason = z.infer<typeof NullReasonSchema>;

/**
 * One row of an indicator's breakdown (by site, region, category, gender, year, …).
 *
 * @example
 * ```ts
 * BreakdownRowSchema.parse({ dimension: 'district', key: 'AZ-DAS', label: 'Daşkəsən', value: 0.4, count: 40 }).key;
 * //=> 'AZ-DAS'
 * ```
 *
 * @category Indicators
 */
export const BreakdownRowSchema = pure(() =>
  z.strictObject({
    /** The dimension the row belongs to, e.g. `'category'`, `'district'`, `'year'`, `'site'`. */
    dimension: z.string().optional(),
    /** The key of the row: an id, a category or a composite such as `'worker|female|<30'`. */
    key: z.string(),
    /** A readable label for the key. */
    label: z.string().optional(),
    /** The row's value in the indicator's unit, or `null` (see `reason`). */
    value: z.number().nullable(),
    /** Why `value` is `null`. */
    reason: NullReasonSchema.optional(),
    /** A count behind the value (people, programs, …). */
    count: z.number().optional(),
    /** The row's ratio with its parts. */
    ratio: RatioSchema.optional(),
    /** Bounds on the value when the inputs are bounds. */
    bounds: BoundsSchema.optional(),
    /** A low / central / high estimate. */
    range: RangeSchema.optional(),
    /** Amounts, one per currency. */
    money: z.array(MoneySchema).optional(),
  }),
);

/**
 * A breakdown row (see {@link BreakdownRowSchema}).
 *
 * @example
 * ```ts
 * const row: BreakdownRow = { key: 'female', value: 0.2, count: 20 };
 * ```
 *
 * @category Indicators
 */
export type BreakdownRow = z.infer<typeof BreakdownRowSchema>;

/**
 * A value recorded in an indicator result's `definitions`: any JSON value.
 *
 * @example
 * ```ts
 * const definition: DefinitionValue = { kind: 'sameDistrict' };
 * ```
 *
 * @category Indicators
 */
export type DefinitionValue = z.infer<ReturnType<typeof z.json>>;

/**
 * The result of one indicator: its value with the parts it was computed from, the definitions
 * chosen, the standards it maps to and the sources of its inputs.
 *
 * @remarks
 * `value` is a number in `unit` or `null` with a `reason`: never `NaN` or `Infinity`. When the
 * inputs are bounds, `value` is `null`, `reason` is `'BOUNDED'` and `bounds` holds what is known
 * ("over 80 %" gives `bounds.min` = 2044 / 2554). `definitions` records every choice the user
 * made or the library defaulted (the locality policy, the denominator, `asOf`, the period), so a
 * result can be reproduced and disclosed as GRI requires.
 *
 * @example
 * ```ts
 * const result: IndicatorResult = {
 *   indicatorId: 'workforce.regionalOriginShare',
 *   title: 'Share of the workforce from outside the capital',
 *   value: null,
 *   reason: 'BOUNDED',
 *   unit: 'ratio',
 *   bounds: { min: 2044 / 2554, max: 1 },
 *   definitions: { asOf: '2025-11-14' },
 *   standards: ['GRI 202-2'],
 *   sourceIds: [],
 *   notes: [],
 * };
 * ```
 *
 * @category Indicators
 */
export const IndicatorResultSchema = pure(() =>
  z.strictObject({
    /** The catalog id of the indicator, e.g. `'workforce.localEmploymentShare'`. */
    indicatorId: z.string().min(1),
    /** The indicator's title. */
    title: z.string().min(1),
    /** The value in `unit`, or `null` (see `reason`). */
    value: z.number().nullable(),
    /** Why `value` is `null`; absent when there is a value. */
    reason: NullReasonSchema.optional(),
    /** The unit of `value`. */
    unit: IndicatorUnitSchema,
    /** For ratios: numerator, denominator and value. */
    ratio: RatioSchema.optional(),
    /** Bounds on the value when inputs are published as bounds. */
    bounds: BoundsSchema.optional(),
    /** A low / central / high estimate, for projections. */
    range: RangeSchema.optional(),
    /** Money totals, one per currency, for money indicators. */
    money: z.array(MoneySchema).optional(),
    /** The value broken down by site, region, category, gender, year, … */
    breakdown: z.array(BreakdownRowSchema).optional(),
    /** The definitions chosen: locality policy, denominator, asOf, period, … */
    definitions: z.record(z.string(), z.json()),
    /** The standard disclosures the indicator maps to, e.g. `['GRI 202-2']`. */
    standards: z.array(z.string()),
    /** The sources of the inputs. */
    sourceIds: z.array(SourceIdSchema),
    /** Caveats a reader needs: assumptions, exclusions, possible double counting. */
    notes: z.array(z.string()),
  }),
);

/**
 * The result of one indicator (see {@link IndicatorResultSchema}).
 *
 * @example
 * ```ts
 * declare const result: IndicatorResult;
 * result.value ?? result.bounds;
 * ```
 *
 * @category Indicators
 */
export type IndicatorResult = z.infer<typeof IndicatorResultSchema>;
