import type { ImpactDataset } from '../model/impactDataset.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

/**
 * Checks the dataset's locations: ancestry cycles (`location.cycle`), ids that repeat a
 * gazetteer location (`location.shadows_gazetteer`), `remote` on a location that is not a
 * village (`location.remote_not_village`) and locations without a point (`location.no_point`).
 *
 * @remarks
 * Parents are looked up in the dataset first (the first location with an id), then in the
 * gazetteer. A location is in a cycle when following `parentId` from it comes back to it; the
 * walk stops at the first location seen twice, so every walk ends.
 *
 * @param dataset - The structurally valid dataset.
 * @param context - The gazetteer.
 * @returns The issues.
 * @internal
 */
export function checkLocations(dataset: Readonly<ImpactDataset>, context: RuleContext): Issue[] {
  const issues: Issue[] = [];
  const parentOf = new Map<string, string | undefined>();
  for (const location of dataset.locations) {
    if (!parentOf.has(location.id)) parentOf.set(location.id, location.parentId);
  }
  const parent = (id: string): string | undefined =>
    parentOf.has(id) ? parentOf.get(id) : context.gazetteer.get(id)?.parentId;

  for (const [i, location] of dataset.locations.entries()) {
    const seen = new Set<string>();
    for (
      let next: string | undefined = location.parentId;
      next !== undefined && !seen.has(next);
      next = parent(next)
    ) {
      if (next === location.id) {
        issues.push(
          makeIssue(
            'location.cycle',
            ['locations', i, 'parentId'],
            `The location "${location.id}" is its own ancestor through its parent "${location.parentId}".`,
            { id: location.id },
          ),
        );
        break;
      }
      seen.add(next);
    }
    if (context.gazetteer.has(location.id)) {
      issues.push(
        makeIssue(
          'location.shadows_gazetteer',
          ['locations', i, 'id'],
          `The location "${location.id}" repeats a gazetteer location and replaces it in this dataset.`,
          { id: location.id },
        ),
      );
    }
    if (location.remote !== undefined && location.kind !== 'village') {
      issues.push(
        makeIssue(
          'location.remote_not_village',
          ['locations', i, 'remote'],
          `The ${location.kind} "${location.id}" states remote: ${location.remote}; only villages are remote or not.`,
          { id: location.id, kind: location.kind },
        ),
      );
    }
    if (location.point === undefined) {
      issues.push(
        makeIssue(
          'location.no_point',
          ['locations', i],
          `The location "${location.id}" has no point.`,
          {
            id: location.id,
          },
        ),
      );
    }
  }
  return issues;
}
