import { type Employee, summarizeWorkforce, type WorkforceSummary } from '../src/index.js';
import { handWrittenSummary, type SummaryCounts } from './handWrittenSummary.js';
import type { BenchTask } from './measure.js';
import { AS_OF, type EmployeeRecord, type SyntheticWorld } from './syntheticWorkforce.js';

/** The counts of a summary that the hand-written loop also computes, in a fixed key order. */
function countsOf(summary: WorkforceSummary | SummaryCounts): string {
  const s = summary as Partial<Record<keyof SummaryCounts, unknown>>;
  return JSON.stringify([
    s.headcount,
    s.byGender,
    s.byCategory,
    s.byAgeBand,
    s.byEngagement,
    s.byOrigin,
    s.byEconomicRegion,
    s.fromRegions,
    s.fromCapital,
    s.originUnknown,
    s.fromRemoteVillages,
    s.local,
    s.nonLocal,
    s.localityUnknown,
  ]);
}

/**
 * (a) `summarizeWorkforce` against the hand-written single-pass loop, over records in memory:
 * contractors included, `sameDistrict` locality against the sites, the gazetteer's capital.
 *
 * @param records - Valid records.
 * @param world - Their places and sites.
 * @returns The tasks, baseline first.
 */
export function summaryTasks(
  records: readonly EmployeeRecord[],
  world: SyntheticWorld,
): BenchTask[] {
  const employees = records as unknown as readonly Employee[];
  const check = (result: unknown): string => countsOf(result as SummaryCounts);
  return [
    {
      name: 'hand-written loop',
      baseline: true,
      handWritten: true,
      run: () => handWrittenSummary(records, world.gazetteer, world.sites, AS_OF, true),
      check,
    },
    {
      name: 'summarizeWorkforce',
      baseline: false,
      handWritten: false,
      run: () =>
        summarizeWorkforce(employees, {
          asOf: AS_OF,
          gazetteer: world.gazetteer,
          sites: world.sites,
          localityPolicy: { kind: 'sameDistrict' },
          includeContractors: true,
        }),
      check,
    },
  ];
}
