import { ImpactError } from '../../core/ImpactError.js';
import type { Money } from '../../core/money.js';
import { ratio } from '../../core/ratio.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, DetailedResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';
import { sroiSensitivityOf } from './internal/sroiSensitivity.js';
import { presentValuesOf, yearsOf } from './internal/sroiYears.js';

const entry = {
  id: 'community.sroi',
  title: 'Social return on investment',
  unit: 'ratio',
  formula:
    'PV / investment, where PV = Σ_t Σ_o q·proxy·(1−deadweight)(1−attribution)(1−displacement)·(1−dropOff)^(t−1) / (1+r)^t over each outcome’s duration',
  standards: ['SROI Guide 2012'],
  family: 'community',
  functionName: 'sroi',
  results: 'one',
  dimensions: ['year'],
} as const satisfies IndicatorCatalogEntry;

/**
 * One outcome of an SROI analysis, valued with a financial proxy.
 *
 * @example
 * ```ts
 * const outcome: SroiOutcome = {
 *   name: 'Young people in sport',
 *   quantity: 20,
 *   financialProxy: { amountMinor: 50000, currency: 'AZN' },
 *   deadweight: 0.25,
 *   attribution: 0.2,
 *   displacement: 0,
 *   dropOff: 0.5,
 *   durationYears: 3,
 * };
 * ```
 *
 * @category Community indicators
 */
export interface SroiOutcome {
  /** A name for the outcome, shown in the definitions. */
  readonly name?: string | undefined;
  /** How many units of the outcome (people, households, …) occur in the first year; >= 0. */
  readonly quantity: number;
  /** The value of one unit of the outcome for one year. */
  readonly financialProxy: Money;
  /** The share that would have happened anyway, in [0, 1]. */
  readonly deadweight: number;
  /** The share due to others, in [0, 1]. */
  readonly attribution: number;
  /** The share that only displaced other outcomes, in [0, 1]. */
  readonly displacement: number;
  /** The decline of the outcome from one year to the next, in [0, 1]. */
  readonly dropOff: number;
  /** How many years the outcome lasts: an integer from 1 to 100. */
  readonly durationYears: number;
}

/**
 * The input of {@link sroi}: the investment, the outcomes and the discount rate.
 *
 * @category Community indicators
 */
export interface SroiInput {
  /** The value of all inputs (money and the deemed value of in-kind inputs). */
  readonly investment: Money;
  /** The valued outcomes. */
  readonly outcomes: readonly SroiOutcome[];
  /** The annual discount rate, in [0, 1] (UK practice uses 0.035). */
  readonly discountRate: number;
}

/**
 * The value created in one year of an SROI analysis.
 *
 * @category Community indicators
 */
export interface SroiYear {
  /** The year, from 1 (the first year after the investment). */
  readonly year: number;
  /** The value of all outcomes in that year, undiscounted. */
  readonly value: Money;
  /** The same value discounted to the present. */
  readonly presentValue: Money;
}

/**
 * A judgement of an SROI analysis that the sensitivity analysis varies: the four impact
 * judgements of each outcome (SROI Guide, stage 4), the duration of each outcome and the
 * discount rate (stage 5).
 *
 * @example
 * ```ts
 * const judgement: SroiJudgement = 'deadweight';
 * ```
 *
 * @category Community indicators
 */
export type SroiJudgement =
  | 'deadweight'
  | 'attribution'
  | 'displacement'
  | 'dropOff'
  | 'durationYears'
  | 'discountRate';

/**
 * The ratio with one judgement lowered and raised by the spread (see {@link SroiSensitivity}).
 *
 * @category Community indicators
 */
export interface SroiJudgementVariation {
  /** The judgement varied. */
  readonly judgement: SroiJudgement;
  /** The ratio with the judgement lowered by the spread; `null` when the investment is zero. */
  readonly lowered: number | null;
  /** The ratio with the judgement raised by the spread; `null` when the investment is zero. */
  readonly raised: number | null;
}

/**
 * The value of the most sensitive judgement that brings the ratio to 1 (see
 * {@link SroiSensitivity}).
 *
 * @category Community indicators
 */
export interface SroiBreakEven {
  /** The most sensitive judgement. */
  readonly judgement: SroiJudgement;
  /**
   * The change of the judgement (added to every outcome's value, or to the discount rate) that
   * brings the ratio to 1, rounded half to even to 4 decimal places; whole years for
   * `durationYears` (the first whole year at which the ratio crosses 1); `null` when no value
   * within the judgement's range does (see `reason`).
   */
  readonly shift: number | null;
  /** The judgement's values at that change: one per outcome, or the discount rate alone. */
  readonly values: readonly number[];
  /** Why `shift` is `null`; present exactly when it is. */
  readonly reason?: string | undefined;
}

/**
 * The sensitivity analysis of {@link sroi} (SROI Guide 2012, stage 5): the ratio recomputed
 * with each judgement varied, its range, and the break-even of the most sensitive judgement.
 *
 * @category Community indicators
 */
export interface SroiSensitivity {
  /** The change applied to the rates (deadweight, attribution, displacement, drop-off, discount rate). */
  readonly spread: number;
  /** The change applied to the durations, in whole years. */
  readonly durationSpreadYears: number;
  /** One variation per judgement, in the order of {@link SroiJudgement}. */
  readonly judgements: readonly SroiJudgementVariation[];
  /** The lowest ratio of the analysis (the central one included); `null` without investment. */
  readonly low: number | null;
  /** The highest ratio of the analysis (the central one included); `null` without investment. */
  readonly high: number | null;
  /**
   * The judgement whose variation moves the ratio most, and the value of it that brings the
   * ratio to 1; `null` when no variation moves the ratio or the investment is zero.
   */
  readonly breakEven: SroiBreakEven | null;
}

/**
 * Options of {@link sroi}: the spreads of the sensitivity analysis.
 *
 * @category Community indicators
 */
export interface SroiOptions {
  /**
   * The change applied to each rate, lowered and raised (0.1 = ten percentage points), in
   * [0, 1]; default 0.1.
   */
  readonly spread?: number | undefined;
  /** The change applied to each duration, in whole years from 0 to 99; default 1. */
  readonly durationSpreadYears?: number | undefined;
}

/**
 * The detail of {@link sroi}: the present value, the net present value and the value of each
 * year.
 *
 * @category Community indicators
 */
export interface SroiDetail {
  /** Σ of the discounted yearly values. */
  readonly presentValue: Money;
  /** Present value minus the investment. */
  readonly netPresentValue: Money;
  /** (Present value − investment) / investment; `null` when the investment is zero. */
  readonly netRatio: number | null;
  /** The value of each year, undiscounted and discounted. */
  readonly byYear: readonly SroiYear[];
  /** The stage 5 sensitivity analysis: each judgement varied, the range and the break-even. */
  readonly sensitivity: SroiSensitivity;
}

function checkRate(name: string, value: number): void {
  // Number.isFinite is false for anything that is not a number (it does not coerce).
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new ImpactError('INVALID_ARGUMENT', `${name} must be in [0, 1], got ${String(value)}`);
  }
}

/** Checks one outcome against the investment's currency. */
function checkOutcome(outcome: Readonly<SroiOutcome>, label: string, currency: string): void {
  if (!Number.isFinite(outcome.quantity) || outcome.quantity < 0) {
    throw new ImpactError('INVALID_ARGUMENT', `${label}.quantity must be a finite number >= 0`);
  }
  for (const key of ['deadweight', 'attribution', 'displacement', 'dropOff'] as const) {
    checkRate(`${label}.${key}`, outcome[key]);
  }
  if (
    !Number.isInteger(outcome.durationYears) ||
    outcome.durationYears < 1 ||
    outcome.durationYears > 100
  ) {
    throw new ImpactError(
      'INVALID_ARGUMENT',
      `${label}.durationYears must be an integer from 1 to 100`,
    );
  }
  if (outcome.financialProxy.currency !== currency) {
    throw new ImpactError(
      'CURRENCY_MISMATCH',
      `${label}.financialProxy is in ${outcome.financialProxy.currency}, the investment in ${currency}`,
    );
  }
}

/** The row of one year: its present value over the investment (its part of the ratio). */
function yearRow(year: SroiYear, investment: Readonly<Money>): BreakdownRow {
  const part = ratio(year.presentValue.amountMinor, investment.amountMinor);
  return {
    keys: { year: String(year.year) },
    ...(part.value === null
      ? { value: null, reason: part.reason ?? 'MISSING_DATA' }
      : { value: part.value }),
    money: [year.presentValue],
  };
}

function definitionsOf(input: Readonly<SroiInput>): { readonly [name: string]: DefinitionValue } {
  return {
    discountRate: input.discountRate,
    investment: {
      amountMinor: input.investment.amountMinor,
      currency: input.investment.currency,
    },
    outcomes: input.outcomes.map((o) => ({
      name: o.name ?? null,
      quantity: o.quantity,
      financialProxy: {
        amountMinor: o.financialProxy.amountMinor,
        currency: o.financialProxy.currency,
      },
      deadweight: o.deadweight,
      attribution: o.attribution,
      displacement: o.displacement,
      dropOff: o.dropOff,
      durationYears: o.durationYears,
    })),
  };
}

/** The note of the sensitivity analysis: the range and the break-even, in words. */
function sensitivityNote(sensitivity: Readonly<SroiSensitivity>): string {
  const { low, high, breakEven, spread, durationSpreadYears } = sensitivity;
  if (low === null || high === null) return 'Sensitivity analysis: no ratio without an investment.';
  const range = `Sensitivity analysis (SROI Guide stage 5), each judgement varied by ${spread} (durations by ${durationSpreadYears} year${durationSpreadYears === 1 ? '' : 's'}): the ratio ranges from ${low} to ${high}.`;
  if (breakEven === null) return range;
  return breakEven.shift === null
    ? `${range} Most sensitive: ${breakEven.judgement}. ${breakEven.reason ?? ''}`
    : `${range} Most sensitive: ${breakEven.judgement}; the ratio is 1 at ${breakEven.values.join(', ')} (a change of ${breakEven.shift}).`;
}

/**
 * Computes the social return on investment of a program, following the SROI Guide (2012).
 *
 * @remarks
 * For each outcome `o`, the first year's value is
 * `quantity × proxy × (1 − deadweight) × (1 − attribution) × (1 − displacement)`; each later year
 * is the previous one × `(1 − dropOff)`, up to `durationYears`. Year `t` is discounted by
 * `(1 + discountRate)^t`. Each year's total (undiscounted and discounted) is rounded half to even
 * to the minor unit once; the present value is the sum of the rounded discounted years, so
 * `detail.byYear` adds up exactly. Unit `ratio`: SROI = PV / investment, which exceeds 1 when
 * the program creates more value than it costs; `detail.netRatio` = (PV − investment) /
 * investment. `money` holds the present value. Rows keyed `{ year }`: each year's present value
 * over the investment (the rows add up to the ratio, up to floating point), with the present
 * value in `money`. Proxies and rates are assumptions: the result lists them in its definitions.
 *
 * Sensitivity analysis (SROI Guide 2012, stage 5, "sensitivity analysis"): `detail.sensitivity`
 * recomputes the ratio, as above, with one judgement at a time lowered and raised: deadweight,
 * attribution, displacement and drop-off of every outcome and the discount rate by `spread`
 * (default 0.1, ten percentage points; values clamped to [0, 1]), the durations by
 * `durationSpreadYears` (default 1; clamped to 1..100). `low` and `high` are the lowest and
 * highest ratios (the central one included). The judgement whose variation moves the ratio most
 * is the most sensitive; `breakEven` gives the value of it that brings the ratio to 1 (found by
 * bisection on the same computation, rounded half to even to 4 decimal places; for durations the
 * first whole year at which the ratio crosses 1), or `null` with a reason when no value within
 * the judgement's range does. The stored text of the Guide available to the library does not
 * fix the spread or the search: both are the library's reading of stage 5. A note states the
 * range and the break-even.
 *
 * @param input - The investment, outcomes and discount rate.
 * @param options - The spreads of the sensitivity analysis.
 * @returns The SROI ratio with its `ratio`; `null` with `ZERO_DENOMINATOR` when the investment
 * is zero. `detail` holds the present value, the net present value, the net ratio and the years.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a rate or the spread is outside [0, 1],
 * `durationSpreadYears` is not an integer from 0 to 99, a quantity is
 * negative or not finite, or a duration is not an integer from 1 to 100;
 * `CURRENCY_MISMATCH` when a proxy is not in the investment's currency; `UNSAFE_INTEGER` when a
 * year's value, the present value or the net present value in minor units leaves the
 * safe-integer range.
 *
 * @example
 * ```ts
 * const result = sroi({
 *   investment: { amountMinor: 1000000, currency: 'AZN' },
 *   outcomes: [{ quantity: 20, financialProxy: { amountMinor: 50000, currency: 'AZN' }, deadweight: 0.25, attribution: 0.2, displacement: 0, dropOff: 0.5, durationYears: 3 }],
 *   discountRate: 0.035,
 * });
 * [result.value, result.detail.presentValue];
 * //=> [0.995054, { amountMinor: 995054, currency: 'AZN' }]
 * result.detail.sensitivity.breakEven;
 * //=> { judgement: 'deadweight', shift: -0.0037, values: [0.2463] }
 * ```
 *
 * @category Community indicators
 */
export function sroi(
  input: Readonly<SroiInput>,
  options: Readonly<SroiOptions> = {},
): DetailedResult<SroiDetail> {
  const { investment, outcomes, discountRate } = input;
  checkRate('discountRate', discountRate);
  const spread = options.spread ?? 0.1;
  checkRate('spread', spread);
  const durationSpreadYears = options.durationSpreadYears ?? 1;
  if (!Number.isInteger(durationSpreadYears) || durationSpreadYears < 0 || durationSpreadYears > 99)
    throw new ImpactError(
      'INVALID_ARGUMENT',
      'durationSpreadYears must be an integer from 0 to 99',
    );
  for (const [index, outcome] of outcomes.entries())
    checkOutcome(outcome, `outcomes[${index}]`, investment.currency);
  const byYear = yearsOf(input);
  const { presentValue, netPresentValue } = presentValuesOf(byYear, investment);
  const sroiRatio = ratio(presentValue.amountMinor, investment.amountMinor);
  const sensitivity = sroiSensitivityOf(input, spread, durationSpreadYears);
  return resultFrom(entry, {
    ...(sroiRatio.value === null
      ? { value: null, reason: sroiRatio.reason ?? 'MISSING_DATA' }
      : { value: sroiRatio.value }),
    ratio: sroiRatio,
    money: [presentValue],
    breakdown: byYear.map((year) => yearRow(year, investment)),
    definitions: definitionsOf(input),
    sourceIds: [],
    notes: [
      'Financial proxies, deadweight, attribution, displacement, drop-off and the discount rate are assumptions.',
      sensitivityNote(sensitivity),
    ],
    detail: {
      presentValue,
      netPresentValue,
      netRatio: ratio(netPresentValue.amountMinor, investment.amountMinor).value,
      byYear,
      sensitivity,
    },
  });
}

/**
 * The definition of {@link sroi}: a dataset holds no outcomes valued with financial proxies, so
 * it never runs on one.
 *
 * @internal
 */
export const sroiIndicator = defineIndicator({
  entry,
  compute: sroi,
  fromDataset: () => ({
    status: 'dataAbsent',
    detail: 'SROI needs outcomes valued with financial proxies, which a dataset does not hold.',
  }),
});
