import { isPartialDate, partialDateRange } from '../core/partialDate.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { productionPeriodOf } from '../model/productionRecord.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

type Path = readonly (string | number)[];

/**
 * The first day a date stands for: itself, or the first day of its month or year. The rules
 * read dates the schema has accepted, so a full date (ten characters) is a day and is its own
 * first day, without being checked again.
 */
function firstDay(date: string): string {
  if (date.length === 10) return date;
  return isPartialDate(date) ? partialDateRange(date).start : date;
}

/** The three date checks, reporting into one list of issues. @internal */
export interface DateChecks {
  /** Reports an actual date (a day, or a month or year) after today (`date.in_future`). */
  readonly actual: (date: string | undefined, path: Path) => void;
  /** Reports an actual year after this year (`date.in_future`). */
  readonly actualYear: (year: number | undefined, path: Path) => void;
  /** Reports a planned date more than 15 years ahead (`date.far_future`). */
  readonly planned: (date: string | undefined, path: Path) => void;
}

/** The date checks against `context`, each pushing onto `issues`. @internal */
export function dateChecks(issues: Issue[], context: RuleContext): DateChecks {
  return {
    actual: (date, path) => {
      // A year or a month is after today only when its first day is (the founding "2025" is
      // not in the future on 2025-06-01).
      if (date !== undefined && firstDay(date) > context.now) {
        issues.push(
          makeIssue('date.in_future', path, `The date ${date} is after today (${context.now}).`, {
            date,
            now: context.now,
          }),
        );
      }
    },
    actualYear: (year, path) => {
      if (year !== undefined && year > context.nowYear) {
        issues.push(
          makeIssue(
            'date.in_future',
            path,
            `The year ${year} is after this year (${context.nowYear}).`,
            {
              year,
              now: context.now,
            },
          ),
        );
      }
    },
    planned: (date, path) => {
      if (date !== undefined && date > context.farFuture) {
        issues.push(
          makeIssue(
            'date.far_future',
            path,
            `The planned date ${date} is more than 15 years after today (${context.now}).`,
            { date, now: context.now },
          ),
        );
      }
    },
  };
}

/** The company's, the organizations', the ownership links' and the locations' dates. */
function checkHoldingDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  check.actual(dataset.company.foundedOn, ['company', 'foundedOn']);
  for (const [i, item] of dataset.organizations.entries()) {
    check.actual(item.foundedOn, ['organizations', i, 'foundedOn']);
  }
  for (const [i, item] of dataset.ownership.entries()) {
    check.actual(item.start, ['ownership', i, 'start']);
    check.planned(item.end, ['ownership', i, 'end']);
  }
  for (const [i, item] of dataset.locations.entries()) {
    check.actual(item.population?.asOf, ['locations', i, 'population', 'asOf']);
    check.planned(item.validFrom, ['locations', i, 'validFrom']);
  }
}

/** The deposits' stage changes, licence grants and estimates. */
function checkDepositDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  for (const [i, item] of dataset.deposits.entries()) {
    for (const [j, step] of (item.stageHistory ?? []).entries()) {
      check.actual(step.from, ['deposits', i, 'stageHistory', j, 'from']);
    }
    check.actual(item.licence?.grantedOn, ['deposits', i, 'licence', 'grantedOn']);
    for (const [j, estimate] of (item.estimates ?? []).entries()) {
      check.actual(estimate.effectiveDate, ['deposits', i, 'estimates', j, 'effectiveDate']);
    }
  }
}

/** The employees' hire and termination dates and the workforce snapshots. */
function checkWorkforceDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  for (const [i, item] of (dataset.employees ?? []).entries()) {
    check.actual(item.hireDate, ['employees', i, 'hireDate']);
    check.planned(item.terminationDate, ['employees', i, 'terminationDate']);
  }
  for (const [i, item] of dataset.workforce.entries()) {
    check.actual(item.asOf, ['workforce', i, 'asOf']);
  }
}

/** The programs' periods, planned or actual by status, and their spending dates. */
function checkProgramDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  for (const [i, item] of dataset.programs.entries()) {
    const startPath = ['programs', i, 'period', 'start'];
    const endPath = ['programs', i, 'period', 'end'];
    if (item.status === 'pipeline') check.planned(item.period.start, startPath);
    else check.actual(item.period.start, startPath);
    if (item.status === 'closed' || item.status === 'cancelled') {
      check.actual(item.period.end, endPath);
    } else check.planned(item.period.end, endPath);
    for (const [j, spend] of item.spend.entries()) {
      check.actual(spend.date, ['programs', i, 'spend', j, 'date']);
    }
  }
}

/** The awards' dates and years. */
function checkAwardDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  for (const [i, item] of dataset.awards.entries()) {
    check.actual(item.date, ['awards', i, 'date']);
    check.actualYear(item.year, ['awards', i, 'year']);
  }
}

/** The projection phases starting more than 15 years after this year. */
function checkProjectionYears(
  dataset: Readonly<ImpactDataset>,
  context: RuleContext,
  issues: Issue[],
): void {
  for (const [i, item] of dataset.projections.entries()) {
    for (const [j, phase] of item.phases.entries()) {
      if (phase.startYear > context.nowYear + 15) {
        issues.push(
          makeIssue(
            'date.far_future',
            ['projections', i, 'phases', j, 'startYear'],
            `The planned start year ${phase.startYear} is more than 15 years after this year (${context.nowYear}).`,
            { year: phase.startYear, now: context.now },
          ),
        );
      }
    }
  }
}

/** The production years, assessments, sources and exchange rates. */
function checkRecordDates(dataset: Readonly<ImpactDataset>, check: DateChecks): void {
  for (const [i, item] of dataset.production.entries()) {
    // A quarter or half is in the future when its first day is (Q4 of this year in October is not).
    if (item.partOfYear === undefined) check.actualYear(item.year, ['production', i, 'year']);
    else check.actual(productionPeriodOf(item).start, ['production', i, 'partOfYear']);
  }
  for (const [i, item] of dataset.assessments.entries()) {
    check.actual(item.asOf, ['assessments', i, 'asOf']);
  }
  for (const [i, item] of dataset.sources.entries()) {
    check.actual(item.publishedOn, ['sources', i, 'publishedOn']);
    check.actual(item.retrievedOn, ['sources', i, 'retrievedOn']);
  }
  for (const [i, item] of (dataset.fx ?? []).entries()) {
    check.actual(item.date, ['fx', i, 'date']);
  }
}

/**
 * Reports actual dates after `now` (`date.in_future`) and planned dates more than 15 years
 * ahead (`date.far_future`).
 *
 * @remarks
 * Dates are compared as `YYYY-MM-DD` strings; a date given to the month or year (a founding year,
 * a stage change, a population figure, a source's publication) by its first day, so that it is
 * in the future only when all of it is; years (awards, production, projection phases) as
 * numbers against the year of `now`, and a production quarter or half by its first day. A program's start is planned while the program is in the
 * pipeline and actual otherwise; its end is actual once it is closed or cancelled and planned
 * otherwise. Licence expiry dates and the last years of projection phases are neither: they
 * legitimately lie decades ahead.
 *
 * @param dataset - The structurally valid dataset.
 * @param context - `now` and the far-future limit.
 * @returns The issues.
 * @internal
 */
export function checkDates(dataset: Readonly<ImpactDataset>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const check = dateChecks(issues, context);
  checkHoldingDates(dataset, check);
  checkDepositDates(dataset, check);
  checkWorkforceDates(dataset, check);
  checkProgramDates(dataset, check);
  checkAwardDates(dataset, check);
  checkProjectionYears(dataset, context, issues);
  checkRecordDates(dataset, check);
  return issues;
}
