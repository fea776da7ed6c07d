import type { ImpactDataset } from '../model/impactDataset.js';
import { isAllowedTransition } from '../model/mineLifecycle.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

/**
 * Checks deposits: the stage history (`deposit.stage_order`, `deposit.stage_transition`,
 * `deposit.stage_mismatch`) and reserves backed only by inferred resources
 * (`estimate.inferred_as_reserve`).
 *
 * @remarks
 * The history must be in date order (equal dates allowed), every consecutive pair of stages an
 * allowed transition of the mine lifecycle ({@link isAllowedTransition}), and its last stage the
 * deposit's `stage`. Estimates are grouped by commodity and reporting code; within a group, a
 * `proved` or `probable` reserve is an error when every resource estimate
 * (`measured`, `indicated`, `inferred`) of the group is `inferred`.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkDeposits(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  for (const [i, deposit] of dataset.deposits.entries()) {
    const history = deposit.stageHistory ?? [];
    for (let j = 1; j < history.length; j++) {
      const previous = history[j - 1];
      const current = history[j];
      if (previous === undefined || current === undefined) continue;
      if (current.from < previous.from) {
        issues.push(
          makeIssue(
            'deposit.stage_order',
            ['deposits', i, 'stageHistory', j, 'from'],
            `The stage "${current.stage}" from ${current.from} is listed after "${previous.stage}" from ${previous.from}; the history is oldest first.`,
            { from: current.from, previousFrom: previous.from },
          ),
        );
      }
      if (!isAllowedTransition(previous.stage, current.stage)) {
        issues.push(
          makeIssue(
            'deposit.stage_transition',
            ['deposits', i, 'stageHistory', j, 'stage'],
            `A deposit cannot move from "${previous.stage}" to "${current.stage}".`,
            { from: previous.stage, to: current.stage },
          ),
        );
      }
    }
    const last = history.at(-1);
    if (last !== undefined && last.stage !== deposit.stage) {
      issues.push(
        makeIssue(
          'deposit.stage_mismatch',
          ['deposits', i, 'stage'],
          `The stage "${deposit.stage}" is not the last stage of the history ("${last.stage}").`,
          { stage: deposit.stage, lastInHistory: last.stage },
        ),
      );
    }
    const groups = new Map<string, { resources: string[]; reserves: number[] }>();
    for (const [j, estimate] of (deposit.estimates ?? []).entries()) {
      const key = `${estimate.commodity} ${estimate.reportingCode}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { resources: [], reserves: [] };
        groups.set(key, group);
      }
      if (estimate.category === 'proved' || estimate.category === 'probable')
        group.reserves.push(j);
      else group.resources.push(estimate.category);
    }
    for (const group of groups.values()) {
      if (group.resources.length === 0 || group.resources.some((c) => c !== 'inferred')) continue;
      for (const j of group.reserves) {
        const estimate = deposit.estimates?.[j];
        if (estimate === undefined) continue;
        issues.push(
          makeIssue(
            'estimate.inferred_as_reserve',
            ['deposits', i, 'estimates', j, 'category'],
            `A ${estimate.category} reserve of ${estimate.commodity} (${estimate.reportingCode}) is reported while the deposit's only ${estimate.commodity} resources under ${estimate.reportingCode} are inferred; inferred resources are never converted to reserves.`,
            { commodity: estimate.commodity, reportingCode: estimate.reportingCode },
          ),
        );
      }
    }
  }
  return issues;
}
