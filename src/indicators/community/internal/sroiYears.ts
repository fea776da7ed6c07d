import { maxOf } from '../../../core/appendAll.js';
import type { CurrencyCode } from '../../../core/currencies.js';
import { ImpactError } from '../../../core/ImpactError.js';
import type { Money } from '../../../core/money.js';
import { roundHalfEvenNumber } from '../../../core/roundHalfEvenNumber.js';
import type { SroiInput, SroiOutcome, SroiYear } from '../sroi.js';

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

/**
 * Each year's value of an SROI analysis, rounded once, undiscounted and discounted.
 *
 * @internal
 */
export function yearsOf(input: Readonly<SroiInput>): SroiYear[] {
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

/**
 * The present value (Σ of the rounded years) and the net present value, both safe.
 *
 * @internal
 */
export function presentValuesOf(
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
