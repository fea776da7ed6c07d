import { isWithinPeriod } from '../core/isWithinPeriod.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { SocialProgram } from '../model/socialProgram.js';
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
  } else if (given > 0 && exact && Math.abs(sum - FULL_BASIS_POINTS) > 1) {
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

/**
 * Checks the programs: location percentages (`program.locations.percent_precision`,
 * `program.locations.percent_partial`, `program.locations.percent_sum`), spend dates
 * (`program.spend_outside_period`), qualitative results (`program.result.qualitative_values`)
 * and programs without results (`program.no_results`).
 *
 * @remarks
 * Percentages are summed exactly in integer basis points; the sum must lie within 1 bp (0.01 %)
 * of 10,000 bp. The sum is checked only when every location has a percentage with at most two
 * decimals.
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
  }
  return issues;
}
