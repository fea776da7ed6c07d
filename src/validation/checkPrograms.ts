import { appendAll } from '../core/appendAll.js';
import { isWithinPeriod } from '../core/isWithinPeriod.js';
import { comparePartialDates, partialDateRange } from '../core/partialDate.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { type ReportedAmount, reportedAmountDays } from '../model/reportedAmount.js';
import type { SocialProgram } from '../model/socialProgram.js';
import { checkJointBeneficiaries } from './checkJointBeneficiaries.js';
import { clipText } from './clipText.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

const TWO_DECIMALS = /^(\d+)(?:\.(\d{1,2}))?$/;
const FULL_BASIS_POINTS = 10_000;

/**
 * Reads a percentage with at most two decimals as integer basis points (1 % = 100 bp).
 *
 * @remarks
 * Reads the shortest decimal string of the number (`String(33.33)` is `'33.33'`), digit by
 * digit, so no floating-point error enters the sum.
 *
 * @param percentage - The percentage, in [0, 100].
 * @returns The basis points, or `null` when the number has more than two decimals.
 * @internal
 */
export function basisPoints(percentage: number): number | null {
  const match = TWO_DECIMALS.exec(String(percentage));
  if (match === null) return null;
  const [, whole = '0', fraction = ''] = match;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function percentText(points: number): string {
  return `${Math.trunc(points / 100)}.${String(points % 100).padStart(2, '0')}`;
}

/**
 * Tells whether `shares` percentages, each published with two decimals, may sum to `sum` basis
 * points while the true shares sum to 100 %.
 *
 * @remarks
 * A share published as 16.67 % lies within ±0.005 % (half a basis point) of the true share, so
 * `n` shares sum to within `n` × 0.005 % of 100 %: `|sum − 10,000 bp| ≤ n / 2 bp`. Six shares
 * of 16.67 % sum to 100.02 % (10,002 bp, 2 bp ≤ 3 bp) and pass; two shares may be off by 1 bp
 * (0.01 %); one share must be exactly 100.
 *
 * @param sum - The sum of the shares, in basis points.
 * @param shares - The number of shares summed.
 * @returns `true` when the sum is within the rounding of the shares.
 * @internal
 */
export function isPercentSumWithinRounding(sum: number, shares: number): boolean {
  return 2 * Math.abs(sum - FULL_BASIS_POINTS) <= shares;
}

/** Reports imprecise, partial or mis-summed location percentages of program `i`. */
function checkLocationPercentages(
  program: Readonly<SocialProgram>,
  i: number,
  issues: Issue[],
): void {
  let sum = 0;
  let exact = true;
  let missing: number | undefined;
  let given = 0;
  for (const [j, location] of program.locations.entries()) {
    if (location.percentage === undefined) {
      missing ??= j;
      continue;
    }
    given++;
    const points = basisPoints(location.percentage);
    if (points === null) {
      exact = false;
      issues.push(
        makeIssue(
          'program.locations.percent_precision',
          ['programs', i, 'locations', j, 'percentage'],
          `The percentage ${location.percentage} has more than two decimals.`,
          { percentage: location.percentage },
        ),
      );
    } else {
      sum += points;
    }
  }
  if (given > 0 && missing !== undefined) {
    issues.push(
      makeIssue(
        'program.locations.percent_partial',
        ['programs', i, 'locations', missing, 'percentage'],
        `Location ${missing} of program "${program.id}" has no percentage while others have one.`,
        { programId: program.id },
      ),
    );
  } else if (given > 0 && exact && !isPercentSumWithinRounding(sum, given)) {
    issues.push(
      makeIssue(
        'program.locations.percent_sum',
        ['programs', i, 'locations'],
        `The location percentages of program "${program.id}" sum to ${percentText(sum)}, not 100.`,
        { programId: program.id, sum: percentText(sum) },
      ),
    );
  }
}

/** Reports the spending of program `i` dated outside its period. */
function checkSpendDates(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  for (const [j, spend] of program.spend.entries()) {
    if (!isWithinPeriod(spend.date, program.period)) {
      const period = `${program.period.start} to ${program.period.end ?? 'open'}`;
      issues.push(
        makeIssue(
          'program.spend_outside_period',
          ['programs', i, 'spend', j, 'date'],
          `The ${spend.kind} of ${spend.date} falls outside the program period (${period}).`,
          { date: spend.date, start: program.period.start, end: program.period.end ?? null },
        ),
      );
    }
  }
}

/** Reports the numbers given on qualitative results of program `i`, and a program without results. */
function checkResults(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  for (const [j, result] of (program.results ?? []).entries()) {
    if (result.measure !== 'qualitative') continue;
    for (const field of ['baseline', 'target', 'actual'] as const) {
      const value = result[field];
      if (value === undefined) continue;
      issues.push(
        makeIssue(
          'program.result.qualitative_values',
          ['programs', i, 'results', j, field],
          `The qualitative result "${clipText(result.title, 60)}" has a ${field} of ${value}; qualitative results carry no numbers.`,
          { [field]: value },
        ),
      );
    }
  }
  if ((program.results ?? []).length === 0) {
    issues.push(
      makeIssue(
        'program.no_results',
        ['programs', i],
        `Program "${program.id}" states no results.`,
        {
          programId: program.id,
        },
      ),
    );
  }
}

/** Reports further categories that repeat the primary category or one another. */
function checkCategories(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  const seen = new Set<string>([program.category]);
  for (const [j, category] of (program.categories ?? []).entries()) {
    if (seen.has(category)) {
      issues.push(
        makeIssue(
          'program.categories.repeated',
          ['programs', i, 'categories', j],
          category === program.category
            ? `The further category "${category}" of program "${program.id}" is its primary category.`
            : `The further category "${category}" of program "${program.id}" is listed twice.`,
          { programId: program.id, category },
        ),
      );
    }
    seen.add(category);
  }
}

/** Reports equivalents in the currency of their amount, or two in one currency. */
function checkEquivalents(
  value: { readonly currency: string },
  equivalents: readonly { readonly currency: string }[] | undefined,
  path: readonly (string | number)[],
  issues: Issue[],
): void {
  const seen = new Set<string>([value.currency]);
  for (const [k, equivalent] of (equivalents ?? []).entries()) {
    if (seen.has(equivalent.currency)) {
      issues.push(
        makeIssue(
          'program.equivalent_currency',
          [...path, 'equivalents', k, 'currency'],
          equivalent.currency === value.currency
            ? `An equivalent is in ${equivalent.currency}, the currency of the amount itself.`
            : `Two equivalents are in ${equivalent.currency}.`,
          { currency: equivalent.currency },
        ),
      );
    }
    seen.add(equivalent.currency);
  }
}

/** Reports a reported amount whose period certainly lies outside the program period. */
function checkAmountInPeriod(
  program: Readonly<SocialProgram>,
  amount: Readonly<ReportedAmount>,
  path: readonly (string | number)[],
  issues: Issue[],
): void {
  const first = partialDateRange(amount.period.start);
  const last =
    amount.basis === 'cumulative'
      ? first
      : partialDateRange(amount.period.end ?? amount.period.start);
  const { start, end } = program.period;
  if (first.end >= start && (end === undefined || last.start <= end)) return;
  const span =
    amount.basis === 'cumulative'
      ? `since ${amount.period.start}`
      : `${amount.period.start} to ${amount.period.end ?? amount.period.start}`;
  issues.push(
    makeIssue(
      'program.reported_amount.outside_period',
      [...path, 'period'],
      `The ${amount.basis} amount for ${span} lies outside the program period (${start} to ${end ?? 'open'}).`,
      { start, end: end ?? null, basis: amount.basis },
    ),
  );
}

/** Reports a spent amount overlapping an earlier one without either holding the other. */
function checkOverlaps(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  const spent = (program.reportedAmounts ?? [])
    .map((amount, j) => ({ j, amount, days: reportedAmountDays(amount) }))
    .filter((a) => a.amount.basis === 'spent');
  for (const [n, b] of spent.entries()) {
    const clash = spent.slice(0, n).find((a) => {
      const same = a.days.start === b.days.start && a.days.end === b.days.end;
      const share = a.days.start <= b.days.end && b.days.start <= a.days.end;
      const holds = (x: typeof a.days, y: typeof a.days) => x.start <= y.start && y.end <= x.end;
      return same || (share && !holds(a.days, b.days) && !holds(b.days, a.days));
    });
    if (clash === undefined) continue;
    issues.push(
      makeIssue(
        'program.reported_amount.overlap',
        ['programs', i, 'reportedAmounts', b.j, 'period'],
        `The spent amounts ${clash.j} and ${b.j} of program "${program.id}" are for overlapping periods, neither within the other: unless a wider spent amount holds both, neither counts.`,
        { programId: program.id, other: clash.j },
      ),
    );
  }
}

/** Reports, for information, the flows a spent amount holds and supersedes where it counts. */
function checkSuperseded(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  for (const [j, amount] of (program.reportedAmounts ?? []).entries()) {
    if (amount.basis !== 'spent') continue;
    const days = reportedAmountDays(amount);
    const dates = program.spend
      .filter((s) => s.kind !== 'commitment' && days.start <= s.date && s.date <= days.end)
      .map((s) => s.date);
    if (dates.length === 0) continue;
    issues.push(
      makeIssue(
        'program.reported_amount.supersedes_spend',
        ['programs', i, 'reportedAmounts', j],
        `The spent amount ${j} of program "${program.id}" holds its flows of ${dates.join(', ')}: where the amount counts, they are not counted again.`,
        { programId: program.id, flows: dates.length },
      ),
    );
  }
}

/** Checks the reported amounts and the equivalents of program `i`. */
function checkProgramMoney(program: Readonly<SocialProgram>, i: number, issues: Issue[]): void {
  for (const [j, spend] of program.spend.entries())
    checkEquivalents(spend.value, spend.equivalents, ['programs', i, 'spend', j], issues);
  for (const [j, amount] of (program.reportedAmounts ?? []).entries()) {
    const path = ['programs', i, 'reportedAmounts', j];
    checkEquivalents(amount.value, amount.equivalents, path, issues);
    checkAmountInPeriod(program, amount, path, issues);
    if (
      amount.basis === 'cumulative' &&
      comparePartialDates(amount.asOf, amount.period.start) === 'before'
    ) {
      issues.push(
        makeIssue(
          'program.reported_amount.as_of_before_start',
          [...path, 'asOf'],
          `The cumulative amount stands as of ${amount.asOf}, before its start ${amount.period.start}.`,
          { asOf: amount.asOf, start: amount.period.start },
        ),
      );
    }
  }
  checkOverlaps(program, i, issues);
  checkSuperseded(program, i, issues);
}

/**
 * Checks the programs: location percentages (`program.locations.percent_precision`,
 * `program.locations.percent_partial`, `program.locations.percent_sum`), spend dates
 * (`program.spend_outside_period`), qualitative results (`program.result.qualitative_values`),
 * programs without results (`program.no_results`), further categories
 * (`program.categories.repeated`), joint beneficiary counts (`program.joint_beneficiaries`),
 * equivalents (`program.equivalent_currency`) and reported
 * amounts (`program.reported_amount.outside_period`, `program.reported_amount.as_of_before_start`,
 * `program.reported_amount.overlap`, `program.reported_amount.supersedes_spend`).
 *
 * @remarks
 * Percentages are summed exactly in integer basis points; published with two decimals, each is
 * within ±0.5 bp of its true value, so the sum of `n` of them must lie within `n` / 2 bp of
 * 10,000 bp ({@link isPercentSumWithinRounding}). The sum is checked only when every location has
 * a percentage with at most two decimals.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkPrograms(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  for (const [i, program] of dataset.programs.entries()) {
    checkLocationPercentages(program, i, issues);
    checkSpendDates(program, i, issues);
    checkResults(program, i, issues);
    checkCategories(program, i, issues);
    checkProgramMoney(program, i, issues);
  }
  appendAll(issues, checkJointBeneficiaries(dataset));
  return issues;
}
