import type { Bounds } from '../../core/bounds.js';
import { checkPeriod } from '../../core/checkPeriod.js';
import { countInterval } from '../../core/count.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import { roundHalfEvenNumber } from '../../core/roundHalfEvenNumber.js';
import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import type { Beneficiaries, SocialProgram } from '../../model/socialProgram.js';
import type { BreakdownRow, IndicatorResult } from '../indicatorResult.js';
import { resultFrom } from '../resultFrom.js';
import { uniqueSourceIds } from '../uniqueSourceIds.js';
import { costPerBeneficiaryEntry } from './communityCatalog.js';
import { isInvestmentSpend } from './isInvestmentSpend.js';

/**
 * Options of {@link costPerBeneficiary}.
 *
 * @example
 * ```ts
 * const options: CostPerBeneficiaryOptions = { period: { start: '2024-01-01', end: '2024-12-31' } };
 * ```
 *
 * @category Indicators
 */
export interface CostPerBeneficiaryOptions {
  /** The reporting period of the spending. */
  readonly period: Readonly<Period>;
  /** The beneficiary unit; default `'person'`. */
  readonly unit?: Beneficiaries['unit'] | undefined;
}

/**
 * The cost of reaching one beneficiary, per program and overall, per currency.
 *
 * @remarks
 * For each program reporting beneficiaries in the unit: its community investment in the period
 * (disbursements and expenditures, per currency) / its beneficiaries, rounded half to even to the
 * minor unit. With a bounded count the cost is bounded: total / max .. total / min (no upper
 * bound when the minimum is 0; no lower bound above 0 when there is no maximum); for a negative
 * total (refunds above payments) the same two quotients in the other order. The overall
 * figure divides the programs' total by the sum of their counts, which may double count people
 * (see {@link programBeneficiaries}). Amounts in different currencies are never combined.
 *
 * @param programs - The social programs.
 * @param options - The period and the unit.
 * @returns An indicator result: `money` holds the overall cost per beneficiary per currency when
 * the counts are exact; the breakdown has one row per program and currency with `money` or
 * `bounds` (in minor units); `value` is always `null` (money has no single number); `reason` is
 * `MISSING_DATA` when no program reports beneficiaries in the unit and `BOUNDED` when only bounds
 * are known.
 * @throws {@link ImpactError} `INVALID_DATE` when an end of the period is not a calendar date;
 * `INVALID_PERIOD` when the period ends before it starts.
 *
 * @example
 * ```ts
 * costPerBeneficiary(programs, { period: { start: '2024-01-01', end: '2024-12-31' } }).money;
 * //=> [{ amountMinor: 2500, currency: 'AZN' }]
 * ```
 *
 * @category Indicators
 */
export function costPerBeneficiary(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CostPerBeneficiaryOptions>,
): IndicatorResult {
  checkPeriod(options.period, 'period');
  const unit = options.unit ?? 'person';
  const counted = [...programs].filter((p) => p.beneficiaries?.unit === unit);
  const breakdown: BreakdownRow[] = [];
  const spentByCurrency = new Map<string, { spent: number; min: number; max: number | null }>();
  for (const program of counted) {
    const interval = countInterval((program.beneficiaries as Beneficiaries).count);
    const totals = sumMoneyByCurrency(
      program.spend.filter((s) => isInvestmentSpend(s, options.period)).map((s) => s.value),
    );
    for (const total of totals) {
      const acc = spentByCurrency.get(total.currency) ?? { spent: 0, min: 0, max: 0 };
      acc.spent += total.amountMinor;
      acc.min += interval.min;
      acc.max = acc.max === null || interval.max === null ? null : acc.max + interval.max;
      spentByCurrency.set(total.currency, acc);
      breakdown.push(row(program.id, total, interval.min, interval.max));
    }
  }
  const money: Money[] = [];
  for (const [currency, acc] of [...spentByCurrency.entries()].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    if (acc.max !== null && acc.max === acc.min && acc.min > 0) {
      money.push({
        amountMinor: roundHalfEvenNumber(acc.spent / acc.min),
        currency: currency as Money['currency'],
      });
    }
  }
  return resultFrom(costPerBeneficiaryEntry, {
    value: null,
    ...(counted.length === 0
      ? { reason: 'MISSING_DATA' as const }
      : money.length === 0
        ? { reason: 'BOUNDED' as const }
        : {}),
    money,
    breakdown,
    definitions: { unit, period: { start: options.period.start, end: options.period.end ?? null } },
    sourceIds: uniqueSourceIds(counted.map((p) => p.sourceIds)),
    notes:
      counted.length > 1
        ? ['The overall figure divides by the sum of program counts, which may count people twice.']
        : [],
  });
}

function row(programId: string, total: Money, min: number, max: number | null): BreakdownRow {
  const base = { dimension: 'program', key: `${programId}|${total.currency}`, label: programId };
  if (max !== null && min === max) {
    if (min === 0) return { ...base, value: null, reason: 'ZERO_DENOMINATOR', count: 0 };
    return {
      ...base,
      value: null,
      count: min,
      money: [
        { amountMinor: roundHalfEvenNumber(total.amountMinor / min), currency: total.currency },
      ],
    };
  }
  // Per beneficiary, the total spread over the most beneficiaries and over the fewest (none
  // when the fewest is 0: no limit). A negative total (refunds above payments) reverses them.
  const overMost = max === null ? 0 : total.amountMinor / max;
  const overFewest = min === 0 ? undefined : total.amountMinor / min;
  const bounds: Bounds =
    total.amountMinor < 0
      ? { ...(overFewest === undefined ? {} : { min: overFewest }), max: overMost }
      : { min: overMost, ...(overFewest === undefined ? {} : { max: overFewest }) };
  return { ...base, value: null, reason: 'BOUNDED', bounds };
}
