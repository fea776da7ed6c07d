import { pure } from '../core/pure.js';
import { contractorShare } from '../indicators/workforce/contractorShare.js';
import { diversityComposition } from '../indicators/workforce/diversityComposition.js';
import { localEmploymentShare } from '../indicators/workforce/localEmploymentShare.js';
import { netEmploymentChange } from '../indicators/workforce/netEmploymentChange.js';
import { newHireRate } from '../indicators/workforce/newHireRate.js';
import { originConcentration } from '../indicators/workforce/originConcentration.js';
import { regionalOriginShare } from '../indicators/workforce/regionalOriginShare.js';
import { remoteVillageShare } from '../indicators/workforce/remoteVillageShare.js';
import { seniorManagementLocalShare } from '../indicators/workforce/seniorManagementLocalShare.js';
import { turnoverRate } from '../indicators/workforce/turnoverRate.js';
import { workforceOriginDistribution } from '../indicators/workforce/workforceOriginDistribution.js';
import type { WorkforceSummary } from '../model/workforceSummary.js';
import { indicatorSummary } from './indicatorSummary.js';
import type { IndicatorRunner, ReportContext, RunnerOutcome } from './reportContext.js';

const NO_RECORDS = {
  status: 'dataAbsent',
  detail: 'The dataset has no employee records.',
} as const;

/** Runs an indicator on the employee records, or says that there are none. */
function onRecords(
  run: (context: ReportContext) => RunnerOutcome,
): (context: ReportContext) => RunnerOutcome {
  return (context) => (context.employees.length === 0 ? NO_RECORDS : run(context));
}

/** Runs an indicator on the report's workforce summary, or says that there is none. */
function onSummary(
  run: (summary: WorkforceSummary, context: ReportContext) => RunnerOutcome,
): (context: ReportContext) => RunnerOutcome {
  return (context) => {
    const summary = indicatorSummary(context);
    return summary === undefined
      ? {
          status: 'dataAbsent',
          detail:
            'The dataset has no employee records and no workforce summary on or before the report date.',
        }
      : run(summary, context);
  };
}

/**
 * The workforce indicators of a report.
 *
 * @remarks
 * Flows (hires, turnover, net change) are computed on the employee records over the report's
 * period; composition on `asOf`. The shares of local, regional and remote-village origin, the
 * origin distribution (by economic region, then by district) and its concentration read the
 * workforce summary of {@link indicatorSummary}: the records' own when there are records, else
 * the latest published one. The contractor share uses the records when there are any, else the
 * latest published summary. The share of senior management hired locally needs the records and
 * a locality policy.
 *
 * @internal
 */
export const workforceRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: ['workforce.newHireRate'],
    run: onRecords((c) => ({
      results: [newHireRate(c.employees, { period: c.period, breakdown: ['ageBand', 'gender'] })],
    })),
  },
  {
    ids: ['workforce.turnoverRate'],
    run: onRecords((c) => ({
      results: [turnoverRate(c.employees, { period: c.period, breakdown: ['ageBand', 'gender'] })],
    })),
  },
  {
    ids: ['workforce.netEmploymentChange'],
    run: onRecords((c) => ({
      results: [netEmploymentChange(c.employees, { period: c.period }).result],
    })),
  },
  {
    ids: ['workforce.diversityComposition'],
    run: onRecords((c) => ({ results: [diversityComposition(c.employees, { asOf: c.asOf })] })),
  },
  {
    ids: ['workforce.localEmploymentShare'],
    run: onSummary((summary) => ({ results: [localEmploymentShare(summary)] })),
  },
  {
    ids: ['workforce.regionalOriginShare'],
    run: onSummary((summary) => ({ results: [regionalOriginShare(summary)] })),
  },
  {
    ids: ['workforce.remoteVillageShare'],
    run: onSummary((summary) => ({ results: [remoteVillageShare(summary)] })),
  },
  {
    ids: ['workforce.workforceOriginDistribution'],
    run: onSummary((summary, c) => ({
      results: (['economicRegion', 'district'] as const).map((level) =>
        workforceOriginDistribution(summary, { level, gazetteer: c.gazetteer }),
      ),
    })),
  },
  {
    ids: ['workforce.originConcentration'],
    run: onSummary((summary) => ({
      results: [originConcentration(summary, { level: 'economicRegion' })],
    })),
  },
  {
    ids: ['workforce.seniorManagementLocalShare'],
    run: onRecords((c) =>
      c.localityPolicy === undefined
        ? {
            status: 'dataAbsent',
            detail:
              'It needs a definition of "local": the report was built without a locality policy.',
          }
        : {
            results: [
              seniorManagementLocalShare(c.employees, {
                asOf: c.asOf,
                gazetteer: c.gazetteer,
                sites: c.data.sites,
                localityPolicy: c.localityPolicy,
              }),
            ],
          },
    ),
  },
  {
    ids: ['workforce.contractorShare'],
    run: (c) => {
      if (c.employees.length > 0)
        return { results: [contractorShare(c.employees, { asOf: c.asOf })] };
      if (c.summary !== undefined) return { results: [contractorShare(c.summary)] };
      return {
        status: 'dataAbsent',
        detail:
          'The dataset has no employee records and no workforce summary on or before the report date.',
      };
    },
  },
]);
