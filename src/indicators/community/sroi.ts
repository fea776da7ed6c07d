import { maxOf } from '../../core/appendAll.js';
import type { CurrencyCode } from '../../core/currencies.js';
import { ImpactError } from '../../core/ImpactError.js';
import type { Money } from '../../core/money.js';
import { ratio } from '../../core/ratio.js';
import { roundHalfEvenNumber } from '../../core/roundHalfEvenNumber.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { DefinitionValue, DetailedResult } from '../contract/indicatorResult.js';
import { resultFrom } from '../internal/resultFrom.js';

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

/** The value of all outcomes in one year, undiscounted and unrounded, in minor units. */
function valueInYear(outcomes: readonly Readonly<SroiOutcome>[], year: number): number {
  let value = 0;
  for (const o of outcomes) {
    if (year > o.durationYears) continue;
    const first =
      o.quantity *
      o.financialProxy.amountMinor *
      (1 - o.deadweight) *
      (1 - o.attribution) *
      (1 - o.displacement);
    value += first * (1 - o.dropOff) ** (year - 1);
  }
  return value;
}

/** Each year's value, rounded once, undiscounted and discounted. */
function yearsOf(input: Readonly<SroiInput>): SroiYear[] {
  const currency = input.investment.currency;
  const years = maxOf(
    0,
    input.outcomes.map((o) => o.durationYears),
  );
  const byYear: SroiYear[] = [];
  for (let year = 1; year <= years; year += 1) {
    const value = valueInYear(input.outcomes, year);
    const undiscounted = roundHalfEvenNumber(value);
    if (!Number.isSafeInteger(undiscounted)) {
      throw new ImpactError(
        'UNSAFE_INTEGER',
        `the value of year ${year} leaves the safe-integer range`,
      );
    }
    byYear.push({
      year,
      value: { amountMinor: undiscounted, currency },
      presentValue: {
        amountMinor: roundHalfEvenNumber(value / (1 + input.discountRate) ** year),
        currency,
      },
    });
  }
  return byYear;
}

/** The present value (Σ of the rounded years) and the net present value, both safe. */
function presentValuesOf(
  byYear: readonly SroiYear[],
  investment: Readonly<Money>,
): { presentValue: Money; netPresentValue: Money } {
  const presentMinor = byYear.reduce((sum, y) => sum + y.presentValue.amountMinor, 0);
  if (!Number.isSafeInteger(presentMinor)) {
    throw new ImpactError('UNSAFE_INTEGER', 'the present value leaves the safe-integer range');
  }
  const netMinor = presentMinor - investment.amountMinor;
  if (!Number.isSafeInteger(netMinor)) {
    throw new ImpactError('UNSAFE_INTEGER', 'the net present value leaves the safe-integer range');
  }
  const currency: CurrencyCode = investment.currency;
  return {
    presentValue: { amountMinor: presentMinor, currency },
    netPresentValue: { amountMinor: netMinor, currency },
  };
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
 * @param input - The investment, outcomes and discount rate.
 * @returns The SROI ratio with its `ratio`; `null` with `ZERO_DENOMINATOR` when the investment
 * is zero. `detail` holds the present value, the net present value, the net ratio and the years.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a rate is outside [0, 1], a quantity is
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
 * ```
 *
 * @category Community indicators
 */
export function sroi(input: Readonly<SroiInput>): DetailedResult<SroiDetail> {
  const { investment, outcomes, discountRate } = input;
  checkRate('discountRate', discountRate);
  for (const [index, outcome] of outcomes.entries())
    checkOutcome(outcome, `outcomes[${index}]`, investment.currency);
  const byYear = yearsOf(input);
  const { presentValue, netPresentValue } = presentValuesOf(byYear, investment);
  const sroiRatio = ratio(presentValue.amountMinor, investment.amountMinor);
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
    ],
    detail: {
      presentValue,
      netPresentValue,
      netRatio: ratio(netPresentValue.amountMinor, investment.amountMinor).value,
      byYear,
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
