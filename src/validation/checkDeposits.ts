import { comparePartialDates } from '../core/partialDate.js';
import type { Deposit } from '../model/deposit.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { stagesNotRecorded } from '../model/mineLifecycle.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

/** The categories that are reserves, alone or combined. */
const RESERVES: ReadonlySet<string> = new Set(['proved', 'probable', 'provedProbable']);

/** The order, transitions and current stage of one deposit's history. */
function checkHistory(deposit: Readonly<Deposit>, i: number, issues: Issue[]): void {
  const history = deposit.stageHistory ?? [];
  for (let j = 1; j < history.length; j++) {
    const previous = history[j - 1];
    const current = history[j];
    if (previous === undefined || current === undefined) continue;
    // "1997" and "1997-03-01" overlap: only a date certainly before the previous one is an error.
    if (comparePartialDates(current.from, previous.from) === 'before') {
      issues.push(
        makeIssue(
          'deposit.stage_order',
          ['deposits', i, 'stageHistory', j, 'from'],
          `The stage "${current.stage}" from ${current.from} is listed after "${previous.stage}" from ${previous.from}; the history is oldest first.`,
          { from: current.from, previousFrom: previous.from },
        ),
      );
    }
    const between = stagesNotRecorded(previous.stage, current.stage);
    const path = ['deposits', i, 'stageHistory', j, 'stage'];
    if (between === null) {
      issues.push(
        makeIssue(
          'deposit.stage_transition',
          path,
          `A deposit cannot move from "${previous.stage}" to "${current.stage}".`,
          { from: previous.stage, to: current.stage },
        ),
      );
    } else if (between.length > 0) {
      issues.push(
        makeIssue(
          'deposit.stages_not_recorded',
          path,
          `The history goes from "${previous.stage}" to "${current.stage}"; the stage(s) in between (${between.join(', ')}) are not recorded.`,
          { from: previous.stage, to: current.stage, notRecorded: between.join(', ') },
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
}

/** Reserves of a commodity and code whose only resources are inferred. */
function checkInferredReserves(deposit: Readonly<Deposit>, i: number, issues: Issue[]): void {
  const groups = new Map<string, { resources: string[]; reserves: number[] }>();
  for (const [j, estimate] of (deposit.estimates ?? []).entries()) {
    const key = `${estimate.commodity} ${estimate.reportingCode}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { resources: [], reserves: [] };
      groups.set(key, group);
    }
    if (RESERVES.has(estimate.category)) group.reserves.push(j);
    // A published total may be inferred only: it is no evidence of measured or indicated.
    else if (estimate.category !== 'totalResources') group.resources.push(estimate.category);
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

/**
 * Checks deposits: the stage history (`deposit.stage_order`, `deposit.stage_transition`,
 * `deposit.stages_not_recorded`, `deposit.stage_mismatch`) and reserves backed only by inferred
 * resources (`estimate.inferred_as_reserve`).
 *
 * @remarks
 * The history must be in date order: a date certainly before the previous one is an error, and
 * dates given only to the year or month compare by the days they stand for
 * ({@link comparePartialDates}: "1997" then "1997-03-01" is no error, "1997-05" then "1997-04-30"
 * is). Each consecutive pair of stages is read with {@link stagesNotRecorded}: a move the
 * lifecycle allows only through stages the history leaves out (exploration → production, with
 * construction not recorded, as most public sources tell it) is a warning; a move the lifecycle
 * forbids (closure → production) is an error. The last stage must be the deposit's `stage`.
 * Estimates are grouped by commodity and reporting code; within a group, a reserve (`proved`,
 * `probable`, `provedProbable`) is an error when every resource estimate (`measured`,
 * `indicated`, `measuredIndicated`, `inferred`; a published total says nothing of the split) of
 * the group is `inferred`.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkDeposits(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  for (const [i, deposit] of dataset.deposits.entries()) {
    checkHistory(deposit, i, issues);
    checkInferredReserves(deposit, i, issues);
  }
  return issues;
}
