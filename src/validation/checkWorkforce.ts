import { type Count, countInterval } from '../core/count.js';
import { pure } from '../core/pure.js';
import type { ImpactDataset } from '../model/impactDataset.js';
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
      // key, so a total below the headcount is expected, not a gap.
      partition: !PLACE_FIELDS.has(field),
    });
  }
  return out;
}

/**
 * Compares every breakdown of a workforce summary with its headcount
 * (`workforce.breakdown_exceeds_headcount`, `workforce.breakdown_incomplete`).
 *
 * @remarks
 * Counts may be bounds, so each is taken as the interval {@link countInterval} gives. A
 * breakdown exceeds the headcount when the sum of its lower ends is above the headcount's upper
 * end (an error: no reading of the bounds makes the figures consistent). It falls short when the
 * sum of its upper ends is below the headcount's lower end (a warning); an unbounded part never
 * falls short. A single count such as `fromRemoteVillages`, or one count of a group, is a subset
 * and is only checked for exceeding; so are `byOrigin` and `byEconomicRegion`, which list places
 * only (people whose origin is unknown at that level have no key).
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
  }
  return issues;
}
