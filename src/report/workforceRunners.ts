import { pure } from '../core/pure.js';
import { contractorShare } from '../indicators/workforce/contractorShare.js';
import { diversityComposition } from '../indicators/workforce/diversityComposition.js';
import { netEmploymentChange } from '../indicators/workforce/netEmploymentChange.js';
import { newHireRate } from '../indicators/workforce/newHireRate.js';
import { turnoverRate } from '../indicators/workforce/turnoverRate.js';
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

/**
 * The workforce indicators of a report.
 *
 * @remarks
 * Flows (hires, turnover, net change) are computed on the employee records over the report's
 * period; composition on `asOf`. The contractor share uses the records when there are any, else
 * the latest published summary.
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
