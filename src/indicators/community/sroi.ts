import { ImpactError } from '../../core/ImpactError.js';
import type { Money } from '../../core/money.js';
import { ratio } from '../../core/ratio.js';
import { roundHalfEvenNumber } from '../../core/roundHalfEvenNumber.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { sroiEntry } from './communityCatalog.js';

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
 * @category Indicators
 */
export interface SroiOutcome {
  /** A name for the outcome, shown in the breakdown. */
  readonly name?: string;
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
 * @example
 * ```ts
 * const input: SroiInput = { investment: { amountMinor: 1000000, currency: 'AZN' }, outcomes: [], discountRate: 0.035 };
 * ```
 *
 * @category Indicators
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
 * @example
 * ```ts
 * const year: SroiYear = { year: 1, value: { amountMinor: 600000, currency: 'AZN' }, presentValue: { amountMinor: 579710, currency: 'AZN' } };
 * ```
 *
 * @category Indicators
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
 * The result of {@link sroi}.
 *
 * @example
 * ```ts
 * declare const result: SroiResult;
 * result.ratio; // e.g. 0.995 (a "0.995 : 1" return)
 * ```
 *
 * @category Indicators
 */
export interface SroiResult {
  /** Σ of the discounted yearly values. */
  readonly presentValue: Money;
  /** Present value minus the investment. */
  readonly netPresentValue: Money;
  /** Present value / investment; `null` when the investment is zero. */
  readonly ratio: number | null;
  /** (Present value − investment) / investment; `null` when the investment is zero. */
  readonly netRatio: number | null;
  /** The value of each year, undiscounted and discounted. */
  readonly byYear: readonly SroiYear[];
  /** The same figures as an indicator result (value = the SROI ratio). */
  readonly result: IndicatorResult;
}

function checkRate(name: string, value: number): void {
  // Number.isFinite is false for anything that is not a number (it does not coerce).
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new ImpactError('INVALID_ARGUMENT', `${name} must be in [0, 1], got ${String(value)}`);
  }
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
 * `byYear` adds up exactly. SROI ratio = PV / investment; net SROI = (PV − investment) /
 * investment. Proxies and rates are assumptions: the result lists them in its definitions.
 *
 * @param input - The investment, outcomes and discount rate.
 * @returns The present value, net present value, ratios and the year-by-year values.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when a rate is outside [0, 1], a quantity is
 * negative or not finite, or a duration is not an integer from 1 to 100;
 * `CURRENCY_MISMATCH` when a proxy is not in the investment's currency; `UNSAFE_INTEGER` when a
 * year's value, the present value or the net present value in minor units leaves the
 * safe-integer range.
 *
 * @example
 * ```ts
 * sroi({
 *   investment: { amountMinor: 1000000, currency: 'AZN' },
 *   outcomes: [{ quantity: 20, financialProxy: { amountMinor: 50000, currency: 'AZN' }, deadweight: 0.25, attribution: 0.2, displacement: 0, dropOff: 0.5, durationYears: 3 }],
 *   discountRate: 0.035,
 * }).presentValue;
 * //=> { amountMinor: 995054, currency: 'AZN' }
 * ```
 *
 * @category Indicators
 */
export function sroi(input: Readonly<SroiInput>): SroiResult {
  const { investment, outcomes, discountRate } = input;
  checkRate('discountRate', discountRate);
  let years = 0;
  for (const [index, outcome] of outcomes.entries()) {
    const label = `outcomes[${index}]`;
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
    if (outcome.financialProxy.currency !== investment.currency) {
      throw new ImpactError(
        'CURRENCY_MISMATCH',
        `${label}.financialProxy is in ${outcome.financialProxy.currency}, the investment in ${investment.currency}`,
      );
    }
    years = Math.max(years, outcome.durationYears);
  }

  const currency = investment.currency;
  const byYear: SroiYear[] = [];
  let presentMinor = 0;
  for (let year = 1; year <= years; year += 1) {
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
    const undiscounted = roundHalfEvenNumber(value);
    if (!Number.isSafeInteger(undiscounted)) {
      throw new ImpactError(
        'UNSAFE_INTEGER',
        `the value of year ${year} leaves the safe-integer range`,
      );
    }
    const discounted = roundHalfEvenNumber(value / (1 + discountRate) ** year);
    presentMinor += discounted;
    byYear.push({
      year,
      value: { amountMinor: undiscounted, currency },
      presentValue: { amountMinor: discounted, currency },
    });
  }
  if (!Number.isSafeInteger(presentMinor)) {
    throw new ImpactError('UNSAFE_INTEGER', 'the present value leaves the safe-integer range');
  }
  const netMinor = presentMinor - investment.amountMinor;
  if (!Number.isSafeInteger(netMinor)) {
    throw new ImpactError('UNSAFE_INTEGER', 'the net present value leaves the safe-integer range');
  }
  const presentValue: Money = { amountMinor: presentMinor, currency };
  const netPresentValue: Money = { amountMinor: netMinor, currency };
  const sroiRatio = ratio(presentMinor, investment.amountMinor);
  const netRatio = ratio(netMinor, investment.amountMinor);
  const result = resultFrom(sroiEntry, {
    value: sroiRatio.value,
    ...(sroiRatio.reason === undefined ? {} : { reason: sroiRatio.reason }),
    ratio: sroiRatio,
    money: [presentValue],
    breakdown: byYear.map((y) => ({
      dimension: 'year',
      key: String(y.year),
      value: null,
      money: [y.presentValue],
    })),
    definitions: {
      discountRate,
      investment: { amountMinor: investment.amountMinor, currency },
      outcomes: outcomes.map((o) => ({
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
    },
    sourceIds: [],
    notes: [
      'Financial proxies, deadweight, attribution, displacement, drop-off and the discount rate are assumptions.',
    ],
  });
  return {
    presentValue,
    netPresentValue,
    ratio: sroiRatio.value,
    netRatio: netRatio.value,
    byYear,
    result,
  };
}
