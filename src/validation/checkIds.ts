import type { ImpactDataset } from '../model/impactDataset.js';
import type { Issue } from './issue.js';
import { jsonPointer } from './jsonPointer.js';
import { makeIssue } from './makeIssue.js';

type Entry = { readonly id: string; readonly path: readonly (string | number)[] };

function collection(name: string, items: readonly { readonly id: string }[] | undefined): Entry[] {
  return (items ?? []).map((item, index) => ({ id: item.id, path: [name, index, 'id'] }));
}

/**
 * Reports ids that repeat within a collection (`id.duplicate`).
 *
 * @remarks
 * The company and the organizations form one collection (both are parties). Each repeat after
 * the first occurrence is reported, with the path of the first.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkIds(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  const groups: Entry[][] = [
    [
      { id: dataset.company.id, path: ['company', 'id'] },
      ...collection('organizations', dataset.organizations),
    ],
    collection('locations', dataset.locations),
    collection('sites', dataset.sites),
    collection('deposits', dataset.deposits),
    collection('employees', dataset.employees),
    collection('programs', dataset.programs),
    collection('awards', dataset.awards),
    collection('projections', dataset.projections),
    collection('sources', dataset.sources),
    collection('financials', dataset.financials),
    collection('governmentPayments', dataset.governmentPayments),
    collection('procurement', dataset.procurement),
    collection('stateFlows', dataset.stateFlows),
  ];
  for (const entries of groups) {
    const first = new Map<string, Entry>();
    for (const entry of entries) {
      const earlier = first.get(entry.id);
      if (earlier === undefined) {
        first.set(entry.id, entry);
        continue;
      }
      const firstPath = jsonPointer(earlier.path);
      issues.push(
        makeIssue(
          'id.duplicate',
          entry.path,
          `The id "${entry.id}" is already used at ${firstPath}.`,
          { id: entry.id, firstPath },
        ),
      );
    }
  }
  return issues;
}
