import { assertPeriod } from '../../core/assertPeriod.js';
import type { Bounds } from '../../core/bounds.js';
import type { CurrencyCode } from '../../core/currencies.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import { roundHalfEvenNumber } from '../../core/roundHalfEvenNumber.js';
import { sumMoneyByCurrency } from '../../core/sumMoneyByCurrency.js';
import { isMoneyBounds } from '../../model/reportedAmount.js';
import {
  type Beneficiaries,
  type SocialProgram,
  SocialProgramSchema,
} from '../../model/socialProgram.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { defineIndicator } from '../contract/defineIndicator.js';
import type { IndicatorCatalogEntry } from '../contract/indicatorCatalogEntry.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { parseEach } from '../internal/parseEach.js';
import { resultFrom, type ValueOrReason } from '../internal/resultFrom.js';
import { uniqueSourceIds } from '../internal/uniqueSourceIds.js';
import { approximateBeneficiaryNotes } from './internal/approximateBeneficiaries.js';
import {
  type BeneficiaryGroup,
  beneficiaryGroups,
  groupInterval,
  jointCountNotes,
} from './internal/beneficiaryGroups.js';
import {
  addToBoundedTotals,
  type BoundedTotals,
  sortedBoundedTotals,
} from './internal/boundedMoney.js';
import { periodDefinition } from './internal/periodDefinition.js';
import { NO_PERSON_COUNTS } from './internal/programAbsences.js';
import { programMoney } from './internal/programMoney.js';

const entry = {
  id: 'community.costPerBeneficiary',
  title: 'Cost per beneficiary',
  unit: 'money',
  formula:
    'Spending in the period (flows and spent amounts reported for a period inside it, per currency) / beneficiaries of the same programs; bounds when the beneficiary count or the amount is bounded',
  standards: [],
  family: 'community',
  functionName: 'costPerBeneficiary',
  results: 'one',
  dimensions: ['program', 'currency'],
} as const satisfies IndicatorCatalogEntry;

/**
 * Options of {@link costPerBeneficiary}.
 *
 * @category Community indicators
 */
export interface CostPerBeneficiaryOptions {
  /** The reporting period of the spending. */
  readonly period: Readonly<Period>;
  /** The beneficiary unit; default `'person'`. */
  readonly unit?: Beneficiaries['unit'] | undefined;
}

/** The spending of one currency (exact, or bounds) and the beneficiaries of its programs. */
interface CurrencySums {
  spentMin: number;
  spentMax: number | null;
  min: number;
  max: number | null;
}

/**
 * The cost per beneficiary when spending between `spentMin` and `spentMax` (no limit: `null`) on
 * between `min` and `max` beneficiaries: the least spent over the most people, the most spent over
 * the fewest (no limit when the fewest is 0 or the most spent has none). A negative amount
 * (refunds above payments) reverses the quotients.
 */
function costBounds(
  spentMin: number,
  spentMax: number | null,
  min: number,
  max: number | null,
): Bounds {
  const over = (amount: number, count: number | null) =>
    count === null ? 0 : count === 0 ? undefined : amount / count;
  const low = spentMin >= 0 ? over(spentMin, max) : over(spentMin, min);
  const high =
    spentMax === null ? undefined : spentMax >= 0 ? over(spentMax, min) : over(spentMax, max);
  return {
    ...(low === undefined ? {} : { min: low }),
    ...(high === undefined ? {} : { max: high }),
  };
}

/** The row of one program and currency: the cost per beneficiary, or why there is none. */
function costRow(programId: string, currency: CurrencyCode, sum: CurrencySums): BreakdownRow {
  const base = { keys: { program: programId, currency }, label: programId };
  const { spentMin, spentMax, min, max } = sum;
  if (max !== null && min === max && spentMin === spentMax) {
    if (min === 0) return { ...base, value: null, reason: 'ZERO_DENOMINATOR', count: 0 };
    const amountMinor = roundHalfEvenNumber(spentMin / min);
    return { ...base, value: amountMinor, count: min, money: [{ amountMinor, currency }] };
  }
  if (max === 0) return { ...base, value: null, reason: 'ZERO_DENOMINATOR', count: 0 };
  return {
    ...base,
    value: null,
    reason: 'BOUNDED',
    bounds: costBounds(spentMin, spentMax, min, max),
  };
}

/** A program's spending in the period per currency: exact totals plus the sums of bounds. */
function spentByCurrency(
  program: Readonly<SocialProgram>,
  period: Readonly<Period>,
): Map<CurrencyCode, { min: number; max: number | null }> {
  const items = programMoney(program, period).counted;
  const bounded: BoundedTotals = new Map();
  const exact: Money[] = [];
  for (const item of items) {
    if (isMoneyBounds(item.value)) addToBoundedTotals(bounded, item.value);
    else exact.push(item.value);
  }
  const spent = new Map<CurrencyCode, { min: number; max: number | null }>();
  for (const total of sumMoneyByCurrency(exact))
    spent.set(total.currency, { min: total.amountMinor, max: total.amountMinor });
  for (const bounds of sortedBoundedTotals(bounded)) {
    const base = spent.get(bounds.currency) ?? { min: 0, max: 0 };
    spent.set(bounds.currency, {
      min: base.min + (bounds.min ?? 0),
      max: base.max === null || bounds.max === undefined ? null : base.max + bounds.max,
    });
  }
  return new Map([...spent].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The spending of a group's programs in the period, by currency. */
function groupSpending(
  group: Readonly<BeneficiaryGroup>,
  period: Readonly<Period>,
): Map<CurrencyCode, { min: number; max: number | null }> {
  const total = new Map<CurrencyCode, { min: number; max: number | null }>();
  for (const program of group.programs)
    for (const [currency, spent] of spentByCurrency(program, period)) {
      const sum = total.get(currency) ?? { min: 0, max: 0 };
      total.set(currency, {
        min: sum.min + spent.min,
        max: sum.max === null || spent.max === null ? null : sum.max + spent.max,
      });
    }
  return new Map([...total].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The rows of every program (or group sharing a count) and currency, and the sums of each currency. */
function tallyCosts(
  counted: readonly Readonly<SocialProgram>[],
  period: Readonly<Period>,
): { rows: BreakdownRow[]; sums: Map<CurrencyCode, CurrencySums> } {
  const rows: BreakdownRow[] = [];
  const sums = new Map<CurrencyCode, CurrencySums>();
  // A count shared by several programs (jointWith) is one unit: their spending over it.
  for (const group of beneficiaryGroups(counted)) {
    const { min, max } = groupInterval(group);
    for (const [currency, spent] of groupSpending(group, period)) {
      const sum = sums.get(currency) ?? { spentMin: 0, spentMax: 0, min: 0, max: 0 };
      sum.spentMin += spent.min;
      sum.spentMax = sum.spentMax === null || spent.max === null ? null : sum.spentMax + spent.max;
      sum.min += min;
      sum.max = sum.max === null || max === null ? null : sum.max + max;
      sums.set(currency, sum);
      rows.push(
        costRow(group.key, currency, { spentMin: spent.min, spentMax: spent.max, min, max }),
      );
    }
  }
  return { rows, sums };
}

/** The overall cost per beneficiary of each currency whose amounts and counts are exact, above 0. */
function overallMoney(sums: ReadonlyMap<CurrencyCode, CurrencySums>): Money[] {
  return [...sums.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(
      ([, sum]) =>
        sum.max !== null && sum.max === sum.min && sum.min > 0 && sum.spentMin === sum.spentMax,
    )
    .map(([currency, sum]) => ({
      amountMinor: roundHalfEvenNumber(sum.spentMin / sum.min),
      currency,
    }));
}

/** The headline: the overall cost of the one currency spent, or why there is none. */
function headlineOf(
  programs: number,
  sums: ReadonlyMap<CurrencyCode, CurrencySums>,
  money: readonly Money[],
): ValueOrReason & { readonly currency?: CurrencyCode; readonly bounds?: Bounds } {
  const [only] = [...sums.entries()];
  if (programs === 0 || only === undefined) return { value: null, reason: 'MISSING_DATA' };
  if (sums.size > 1) return { value: null, reason: 'MULTIPLE_CURRENCIES' };
  const [currency, sum] = only;
  const [cost] = money;
  if (cost !== undefined) return { value: cost.amountMinor, currency };
  if (sum.max === 0) return { value: null, reason: 'ZERO_DENOMINATOR' };
  return {
    value: null,
    reason: 'BOUNDED',
    bounds: costBounds(sum.spentMin, sum.spentMax, sum.min, sum.max),
  };
}

/**
 * The cost of reaching one beneficiary, per program and overall, per currency: the library's
 * own ratio.
 *
 * @remarks
 * No standard defines it, and the catalog names none: IRIS+ PI4060 (Client Individuals) is a
 * count of the unique people served, the denominator here, not a cost metric, and no IRIS+ cost
 * metric fits a program's spending per person reached.
 *
 * Unit `money`. For each program reporting beneficiaries in the unit: its spending in the period
 * (disbursements and expenditures, and `spent` amounts reported for a period inside it, which
 * supersede the flows within their own period, as {@link communityInvestment} reads them; per
 * currency) / its beneficiaries, rounded half to even to the minor unit. An amount published as
 * bounds gives bounds (the least spent over the most people to the most over the fewest); an
 * approximate count is taken as the value, with a note. With a bounded count the cost is bounded: total / max .. total / min
 * (no upper bound when the minimum is 0; no lower bound above 0 when there is no maximum); for a
 * negative total (refunds above payments) the same two quotients in the other order. The overall
 * figure divides the programs' total by the sum of their counts, which may double count people
 * (see {@link programBeneficiaries}). Amounts in different currencies are never combined: `money`
 * lists the overall cost of each currency whose counts are exact. Rows are keyed
 * `{ program, currency }`: the cost per beneficiary in minor units of that currency, with the
 * beneficiaries in `count`, or `null` with `BOUNDED` (and `bounds`) or `ZERO_DENOMINATOR`.
 *
 * @param programs - The social programs.
 * @param options - The period and the unit.
 * @returns The overall cost per beneficiary in minor units of `currency`; `null` with
 * `MISSING_DATA` when no program reports beneficiaries in the unit or nothing was spent,
 * `MULTIPLE_CURRENCIES` when the programs spent several currencies, `BOUNDED` (with `bounds`)
 * when only bounds of the beneficiaries are known, `ZERO_DENOMINATOR` when they are 0.
 * @throws {@link ImpactError} `INVALID_DATE` when an end of the period is not a calendar date;
 * `INVALID_PERIOD` when the period ends before it starts; `INVALID_ARGUMENT` when a program does
 * not match {@link SocialProgramSchema}.
 *
 * @example
 * ```ts
 * // AZN 1,500.00 spent in 2024 on a program reaching 60 people.
 * const cost = costPerBeneficiary(programs, { period: { start: '2024-01-01', end: '2024-12-31' } });
 * [cost.value, cost.currency];
 * //=> [2500, 'AZN']
 * ```
 *
 * @category Community indicators
 */
export function costPerBeneficiary(
  programs: Iterable<Readonly<SocialProgram>>,
  options: Readonly<CostPerBeneficiaryOptions>,
): IndicatorResult {
  assertPeriod(options.period, 'period');
  const unit = options.unit ?? 'person';
  const list = parseEach(SocialProgramSchema, programs, 'programs');
  const counted = list.filter((p) => p.beneficiaries?.unit === unit);
  const groups = beneficiaryGroups(counted);
  const { rows, sums } = tallyCosts(counted, options.period);
  const money = overallMoney(sums);
  return resultFrom(entry, {
    ...headlineOf(groups.length, sums, money),
    money,
    breakdown: rows,
    definitions: { unit, period: periodDefinition(options.period) },
    sourceIds: uniqueSourceIds(counted.map((p) => p.sourceIds)),
    notes: [
      ...jointCountNotes(groups),
      ...(groups.length > 1
        ? ['The overall figure divides by the sum of program counts, which may count people twice.']
        : []),
      ...approximateBeneficiaryNotes(counted),
    ],
  });
}

/**
 * The definition of {@link costPerBeneficiary}: on a dataset, the persons reached by every
 * program and the programs' spending within the report's period.
 *
 * @internal
 */
export const costPerBeneficiaryIndicator = defineIndicator({
  entry,
  compute: costPerBeneficiary,
  fromDataset: (context) =>
    context.data.programs.some((program) => program.beneficiaries?.unit === 'person')
      ? [costPerBeneficiary(context.data.programs, { period: context.period })]
      : NO_PERSON_COUNTS,
});
