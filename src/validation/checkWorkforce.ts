import { appendAll } from '../core/appendAll.js';
import { type Count, countInterval } from '../core/count.js';
import { pure } from '../core/pure.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import {
  intersectShareInterval,
  type PublishedShare,
  publishedShareInterval,
  shareIntervalHolds,
  shareIntervalText,
} from '../model/publishedShare.js';
import { WORKFORCE_SHARE_GROUPS, type WorkforceSharePart } from '../model/workforceShareParts.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

type Path = readonly (string | number)[];

interface Breakdown {
  readonly name: string;
  readonly path: Path;
  readonly counts: readonly Count[];
  /** Whether a shortfall against the headcount is worth a warning. */
  readonly partition: boolean;
}

const SCALAR_GROUPS = [
  { name: 'local + nonLocal + localityUnknown', fields: ['local', 'nonLocal', 'localityUnknown'] },
  {
    name: 'fromRegions + fromCapital + originUnknown',
    fields: ['fromRegions', 'fromCapital', 'originUnknown'],
  },
  { name: 'fromRemoteVillages', fields: ['fromRemoteVillages'] },
] as const;

const PLACE_FIELDS: ReadonlySet<string> = pure(() => new Set(['byOrigin', 'byEconomicRegion']));

const RECORD_FIELDS = [
  'byOrigin',
  'byEconomicRegion',
  'byGender',
  'byCategory',
  'byEngagement',
  'byAgeBand',
  'byNationality',
] as const;

function breakdowns(summary: Readonly<WorkforceSummary>, i: number): Breakdown[] {
  const out: Breakdown[] = [];
  for (const group of SCALAR_GROUPS) {
    const present = group.fields.filter((field) => summary[field] !== undefined);
    const first = present[0];
    if (first === undefined) continue;
    out.push({
      name: group.name,
      path: ['workforce', i, first],
      counts: present.map((field) => summary[field] as Count),
      partition: present.length >= 2,
    });
  }
  for (const field of RECORD_FIELDS) {
    const record = summary[field];
    if (record === undefined) continue;
    out.push({
      name: field,
      path: ['workforce', i, field],
      counts: Object.values(record) as Count[],
      // An origin breakdown lists places: people whose origin is unknown at that level have no
      // key, so a total below the headcount is expected, not a gap. A count of nationals alone
      // ("1,637 nationals") is a subset, like one count of a group; two or more is a partition.
      partition:
        !PLACE_FIELDS.has(field) && (field !== 'byNationality' || Object.keys(record).length >= 2),
    });
  }
  return out;
}

/** A count as an interval, `null` for an approximate count (neither exact nor a bound). */
function knownInterval(count: Readonly<Count> | undefined): { min: number; max: number | null } {
  if (count === undefined) return { min: 0, max: null };
  const interval = countInterval(count);
  return interval.approximate === true ? { min: 0, max: null } : interval;
}

/**
 * The closed interval of shares that the counts allow a part: at least `part.min / whole.max`;
 * at most `part.max / whole.min` (the whole being at least the parts' minimums), `1 − Σ rest.min
 * / whole.max` and 1.
 */
function countsAllow(
  part: { min: number; max: number | null },
  whole: { min: number; max: number | null },
  restMin: number,
): [number, number] {
  const low = whole.max === null ? 0 : part.min / whole.max;
  const wholeMin = Math.max(1, whole.min, part.min + restMin);
  const high = Math.min(
    1,
    part.max === null ? 1 : part.max / wholeMin,
    whole.max === null ? 1 : 1 - restMin / whole.max,
  );
  return [low, high];
}

/** The words for a share: its phrase and the interval it stands for. */
function shareWords(share: Readonly<PublishedShare>): string {
  return `"${share.phrase}" (${shareIntervalText(publishedShareInterval(share))})`;
}

/**
 * Why a published share cannot hold with the counts of its group, or `undefined` when it can.
 */
function shareConflict(
  summary: Readonly<WorkforceSummary>,
  group: readonly WorkforceSharePart[],
  part: WorkforceSharePart,
  share: Readonly<PublishedShare>,
): string | undefined {
  const interval = publishedShareInterval(share);
  const whole = knownInterval(summary.headcount);
  if (whole.max === 0) return undefined;
  const count = knownInterval(part.count(summary));
  if (count.min === count.max && whole.min === whole.max) {
    return shareIntervalHolds(interval, count.min, whole.min)
      ? undefined
      : `the counts give exactly ${count.min} / ${whole.min} = ${count.min / whole.min}`;
  }
  let restMin = 0;
  for (const other of group) if (other !== part) restMin += knownInterval(other.count(summary)).min;
  const [low, high] = countsAllow(count, whole, restMin);
  return intersectShareInterval(interval, low, high) === null
    ? `the counts allow only [${low}, ${high}]`
    : undefined;
}

/** The published shares of one group that do not fit their counts, or together exceed 1. */
function groupShareIssues(
  summary: Readonly<WorkforceSummary>,
  i: number,
  group: readonly WorkforceSharePart[],
): Issue[] {
  const issues: Issue[] = [];
  let lowSum = 0;
  let first: { path: (string | number)[]; share: Readonly<PublishedShare> } | undefined;
  for (const part of group) {
    const share = part.share === undefined ? undefined : summary.shares?.[part.share];
    const whole = knownInterval(summary.headcount);
    const count = knownInterval(part.count(summary));
    const countLow = whole.max === null || whole.max === 0 ? 0 : count.min / whole.max;
    if (share === undefined) {
      lowSum += countLow;
      continue;
    }
    const path = ['workforce', i, 'shares', part.share as string];
    first ??= { path, share };
    lowSum += Math.max(countLow, publishedShareInterval(share).min);
    const conflict = shareConflict(summary, group, part, share);
    if (conflict !== undefined) {
      issues.push(
        makeIssue(
          'workforce.share_inconsistent',
          path,
          `The published share ${shareWords(share)} of ${part.path.join('.')} does not agree with the counts: ${conflict}.`,
          { share: part.share as string, phrase: share.phrase },
        ),
      );
    }
  }
  if (issues.length === 0 && first !== undefined && lowSum > 1 + 1e-12) {
    issues.push(
      makeIssue(
        'workforce.share_inconsistent',
        first.path,
        `The published shares of ${group.map((p) => p.path.join('.')).join(', ')} add up to at least ${lowSum}, more than the whole headcount.`,
        { share: first.path[3] as string, phrase: first.share.phrase },
      ),
    );
  }
  return issues;
}

/**
 * Compares every breakdown of a workforce summary with its headcount
 * (`workforce.breakdown_exceeds_headcount`, `workforce.breakdown_incomplete`), and every
 * published share with its counts (`workforce.share_inconsistent`).
 *
 * @remarks
 * Counts may be bounds, so each is taken as the interval {@link countInterval} gives. A
 * breakdown exceeds the headcount when the sum of its lower ends is above the headcount's upper
 * end (an error: no reading of the bounds makes the figures consistent). It falls short when the
 * sum of its upper ends is below the headcount's lower end (a warning); an unbounded part never
 * falls short. A single count such as `fromRemoteVillages`, or one count of a group, is a subset
 * and is only checked for exceeding; so are `byOrigin` and `byEconomicRegion`, which list places
 * only (people whose origin is unknown at that level have no key), and a `byNationality` with one
 * key (a published count of nationals alone).
 *
 * A published share (`shares`) must agree with the counts of its group: with its count and the
 * headcount exact, the exact quotient lies in the interval the share stands for (its rounding:
 * "94 %" of exactly 1,742 with 1,637 counted holds, 1,637 / 1,742 = 0.9397 being in [0.935,
 * 0.945)); otherwise the interval meets the shares the counts allow. The shares of the disjoint
 * parts of one group (local, non-local, unknown; the nationalities; …) add up to at most 1.
 * Approximate counts are not compared: they are neither exact nor bounds.
 *
 * @param dataset - The structurally valid dataset.
 * @returns The issues.
 * @internal
 */
export function checkWorkforce(dataset: Readonly<ImpactDataset>): Issue[] {
  const issues: Issue[] = [];
  for (const [i, summary] of dataset.workforce.entries()) {
    const head = countInterval(summary.headcount);
    for (const breakdown of breakdowns(summary, i)) {
      let low = 0;
      let high: number | null = 0;
      for (const count of breakdown.counts) {
        const interval = countInterval(count);
        low += interval.min;
        high = high === null || interval.max === null ? null : high + interval.max;
      }
      if (head.max !== null && low > head.max) {
        issues.push(
          makeIssue(
            'workforce.breakdown_exceeds_headcount',
            breakdown.path,
            `The breakdown ${breakdown.name} counts at least ${low} people, more than the headcount of at most ${head.max}.`,
            { breakdown: breakdown.name, atLeast: low, headcountAtMost: head.max },
          ),
        );
      } else if (breakdown.partition && high !== null && high < head.min) {
        issues.push(
          makeIssue(
            'workforce.breakdown_incomplete',
            breakdown.path,
            `The breakdown ${breakdown.name} counts at most ${high} people, fewer than the headcount of at least ${head.min}.`,
            { breakdown: breakdown.name, atMost: high, headcountAtLeast: head.min },
          ),
        );
      }
    }
    for (const group of WORKFORCE_SHARE_GROUPS)
      appendAll(issues, groupShareIssues(summary, i, group));
  }
  return issues;
}
