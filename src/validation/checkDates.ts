import type { ImpactDataset } from '../model/impactDataset.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

type Path = readonly (string | number)[];

/**
 * Reports actual dates after `now` (`date.in_future`) and planned dates more than 15 years
 * ahead (`date.far_future`).
 *
 * @remarks
 * Dates are compared as `YYYY-MM-DD` strings; years (awards, production, projection phases) as
 * numbers against the year of `now`. A program's start is planned while the program is in the
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
  const actual = (date: string | undefined, path: Path): void => {
    if (date !== undefined && date > context.now) {
      issues.push(
        makeIssue('date.in_future', path, `The date ${date} is after today (${context.now}).`, {
          date,
          now: context.now,
        }),
      );
    }
  };
  const actualYear = (year: number | undefined, path: Path): void => {
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
  };
  const planned = (date: string | undefined, path: Path): void => {
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
  };

  actual(dataset.company.foundedOn, ['company', 'foundedOn']);
  for (const [i, item] of dataset.organizations.entries()) {
    actual(item.foundedOn, ['organizations', i, 'foundedOn']);
  }
  for (const [i, item] of dataset.ownership.entries()) {
    actual(item.start, ['ownership', i, 'start']);
    planned(item.end, ['ownership', i, 'end']);
  }
  for (const [i, item] of dataset.locations.entries()) {
    actual(item.population?.asOf, ['locations', i, 'population', 'asOf']);
    planned(item.validFrom, ['locations', i, 'validFrom']);
  }
  for (const [i, item] of dataset.deposits.entries()) {
    for (const [j, step] of (item.stageHistory ?? []).entries()) {
      actual(step.from, ['deposits', i, 'stageHistory', j, 'from']);
    }
    actual(item.licence?.grantedOn, ['deposits', i, 'licence', 'grantedOn']);
    for (const [j, estimate] of (item.estimates ?? []).entries()) {
      actual(estimate.effectiveDate, ['deposits', i, 'estimates', j, 'effectiveDate']);
    }
  }
  for (const [i, item] of (dataset.employees ?? []).entries()) {
    actual(item.hireDate, ['employees', i, 'hireDate']);
    planned(item.terminationDate, ['employees', i, 'terminationDate']);
  }
  for (const [i, item] of dataset.workforce.entries()) {
    actual(item.asOf, ['workforce', i, 'asOf']);
  }
  for (const [i, item] of dataset.programs.entries()) {
    const startPath = ['programs', i, 'period', 'start'];
    const endPath = ['programs', i, 'period', 'end'];
    if (item.status === 'pipeline') planned(item.period.start, startPath);
    else actual(item.period.start, startPath);
    if (item.status === 'closed' || item.status === 'cancelled') actual(item.period.end, endPath);
    else planned(item.period.end, endPath);
    for (const [j, spend] of item.spend.entries()) {
      actual(spend.date, ['programs', i, 'spend', j, 'date']);
    }
  }
  for (const [i, item] of dataset.awards.entries()) {
    actual(item.date, ['awards', i, 'date']);
    actualYear(item.year, ['awards', i, 'year']);
  }
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
  for (const [i, item] of dataset.production.entries()) {
    actualYear(item.year, ['production', i, 'year']);
  }
  for (const [i, item] of dataset.assessments.entries()) {
    actual(item.asOf, ['assessments', i, 'asOf']);
  }
  for (const [i, item] of dataset.sources.entries()) {
    actual(item.publishedOn, ['sources', i, 'publishedOn']);
    actual(item.retrievedOn, ['sources', i, 'retrievedOn']);
  }
  for (const [i, item] of (dataset.fx ?? []).entries()) {
    actual(item.date, ['fx', i, 'date']);
  }
  return issues;
}
