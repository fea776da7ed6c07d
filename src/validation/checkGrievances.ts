import { countCanFit } from '../model/countCanFit.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

/**
 * Checks grievance records: the grievances resolved are counted among those received in the
 * period (`grievance.resolved_above_received`).
 *
 * @remarks
 * Counts given as bounds conflict only when they cannot both hold: the smallest `resolved` the
 * record allows is above the largest `received` it allows ("at least 3" resolved of "at most 2"
 * received).
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkGrievances(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  for (const [i, record] of dataset.grievances.entries()) {
    if (countCanFit(record.resolved, record.received)) continue;
    issues.push(
      makeIssue(
        'grievance.resolved_above_received',
        ['grievances', i, 'resolved'],
        'More grievances are resolved than were received in the period; `resolved` counts only grievances received in it.',
      ),
    );
  }
  return issues;
}
