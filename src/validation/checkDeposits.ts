import { comparePartialDates } from '../core/partialDate.js';
import type { Deposit, EstimateCategory, ResourceEstimate } from '../model/deposit.js';
import { isCategoryOfCode } from '../model/estimateCategoryOfCode.js';
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
 * The resource categories a reserve can come from (CRIRSCO International Reporting Template:
 * Proved from Measured; Probable from Indicated or, in some circumstances, Measured), with the
 * combined lines that may hold them without stating the split.
 */
const SOURCE_RESOURCES: Readonly<Partial<Record<EstimateCategory, readonly EstimateCategory[]>>> = {
  proved: ['measured', 'measuredIndicated', 'totalResources'],
  probable: ['indicated', 'measured', 'measuredIndicated', 'totalResources'],
  provedProbable: ['measured', 'indicated', 'measuredIndicated', 'totalResources'],
};

/** The words of the resource categories a reserve must come from. */
const SOURCE_WORDS: Readonly<Partial<Record<EstimateCategory, string>>> = {
  proved: 'a Proved reserve comes from Measured resources',
  probable: 'a Probable reserve comes from Indicated (or Measured) resources',
  provedProbable: 'Proved and Probable reserves come from Measured and Indicated resources',
};

/** Reserves whose commodity and code have no resource line of a category they can come from. */
function checkReserveSources(deposit: Readonly<Deposit>, i: number, issues: Issue[]): void {
  const estimates = deposit.estimates ?? [];
  const resourcesOf = (line: Readonly<ResourceEstimate>): EstimateCategory[] =>
    estimates
      .filter((e) => e.commodity === line.commodity && e.reportingCode === line.reportingCode)
      .map((e) => e.category);
  for (const [j, estimate] of estimates.entries()) {
    const sources = SOURCE_RESOURCES[estimate.category];
    if (sources === undefined || !isCategoryOfCode(estimate.reportingCode, estimate.category))
      continue;
    const resources = resourcesOf(estimate).filter((c) => SOURCE_RESOURCES[c] === undefined);
    // Only inferred resources: estimate.inferred_as_reserve (an error) says it.
    if (resources.length > 0 && resources.every((c) => c === 'inferred')) continue;
    if (resources.some((c) => sources.includes(c))) continue;
    issues.push(
      makeIssue(
        'estimate.reserve_without_resource',
        ['deposits', i, 'estimates', j, 'category'],
        `A ${estimate.category} reserve of ${estimate.commodity} (${estimate.reportingCode}) is reported without the resources it comes from: ${SOURCE_WORDS[estimate.category] ?? ''}, and the deposit lists ${resources.length === 0 ? 'no resource' : `only ${[...new Set(resources)].join(', ')}`} of ${estimate.commodity} under ${estimate.reportingCode}.`,
        { commodity: estimate.commodity, reportingCode: estimate.reportingCode },
      ),
    );
  }
}

/** Estimates in a category of another code's classification, and inclusion on reserves. */
function checkCategoryCodes(deposit: Readonly<Deposit>, i: number, issues: Issue[]): void {
  for (const [j, estimate] of (deposit.estimates ?? []).entries()) {
    if (!isCategoryOfCode(estimate.reportingCode, estimate.category)) {
      issues.push(
        makeIssue(
          'estimate.category_code',
          ['deposits', i, 'estimates', j, 'category'],
          `The category "${estimate.category}" is not one of the ${estimate.reportingCode} code's: ${estimate.reportingCode === 'GKZ' ? 'a GKZ estimate keeps its own categories (A, B, C1, A+B+C1, C2, P1, P2, P3); a mapping to CRIRSCO categories is given to the statement, not written into the data' : 'the GKZ categories belong to estimates reported under GKZ'}.`,
          { reportingCode: estimate.reportingCode, category: estimate.category },
        ),
      );
    }
    if (
      estimate.inclusiveOfReserves !== undefined &&
      SOURCE_RESOURCES[estimate.category] !== undefined
    ) {
      issues.push(
        makeIssue(
          'estimate.inclusion_on_reserve',
          ['deposits', i, 'estimates', j, 'inclusiveOfReserves'],
          `inclusiveOfReserves describes a resource line; on the ${estimate.category} reserve line it says nothing and is ignored.`,
          { category: estimate.category },
        ),
      );
    }
  }
}

/**
 * Checks deposits: the stage history (`deposit.stage_order`, `deposit.stage_transition`,
 * `deposit.stages_not_recorded`, `deposit.stage_mismatch`), reserves backed only by inferred
 * resources (`estimate.inferred_as_reserve`), reserves without the resources they come from
 * (`estimate.reserve_without_resource`), categories of another code's classification
 * (`estimate.category_code`) and `inclusiveOfReserves` on a reserve line
 * (`estimate.inclusion_on_reserve`).
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
 * the group is `inferred`. CRIRSCO International Reporting Template: a Proved Mineral Reserve is
 * the economically mineable part of a Measured Mineral Resource, a Probable one that of an
 * Indicated and, in some circumstances, a Measured Mineral Resource. A `proved` line whose group
 * has no `measured` line (nor a combined `measuredIndicated` or `totalResources` line that may
 * hold it), a `probable` line without `indicated` or `measured`, a `provedProbable` line without
 * either, is a warning, not an error: a dataset may leave out resource lines the source
 * publishes, and resources stated exclusive of reserves may have been converted in full. A
 * category outside the code's classification ({@link isCategoryOfCode}: GKZ categories under
 * `GKZ` only) is an error: GKZ estimates are never read as CRIRSCO categories.
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
    checkReserveSources(deposit, i, issues);
    checkCategoryCodes(deposit, i, issues);
  }
  return issues;
}
