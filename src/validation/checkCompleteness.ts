import type { ImpactDataset } from '../model/impactDataset.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

/**
 * Reports gaps: reported figures without a source (`source.none`), awards without a date or
 * year (`award.no_date`) and organizations without a register identifier
 * (`organization.no_identifier`).
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkCompleteness(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  const sourced = (
    collection: string,
    what: string,
    items: readonly { readonly sourceIds: readonly string[] }[],
  ): void => {
    for (const [i, item] of items.entries()) {
      if (item.sourceIds.length === 0) {
        issues.push(
          makeIssue(
            'source.none',
            [collection, i, 'sourceIds'],
            `The ${what} at index ${i} names no source.`,
          ),
        );
      }
    }
  };
  sourced('workforce', 'workforce summary', dataset.workforce);
  sourced('programs', 'program', dataset.programs);
  sourced('awards', 'award', dataset.awards);
  sourced('projections', 'job projection', dataset.projections);
  sourced('production', 'production record', dataset.production);

  for (const [i, award] of dataset.awards.entries()) {
    if (award.date === undefined && award.year === undefined) {
      issues.push(
        makeIssue(
          'award.no_date',
          ['awards', i],
          `The award "${award.id}" has neither a date nor a year.`,
          {
            id: award.id,
          },
        ),
      );
    }
  }
  const parties = [
    { party: dataset.company, path: ['company'] },
    ...dataset.organizations.map((party, i) => ({ party, path: ['organizations', i] })),
  ];
  for (const { party, path } of parties) {
    if ((party.identifiers ?? []).length === 0) {
      issues.push(
        makeIssue(
          'organization.no_identifier',
          path,
          `The organization "${party.id}" has no register identifier.`,
          { id: party.id },
        ),
      );
    }
  }
  return issues;
}
