import { pure } from '../core/pure.js';
import { communityEngagementCoverage } from '../indicators/community/communityEngagementCoverage.js';
import { costPerBeneficiary } from '../indicators/community/costPerBeneficiary.js';
import { programBeneficiaries } from '../indicators/community/programBeneficiaries.js';
import { resultProgress } from '../indicators/community/resultProgress.js';
import { sdgCoverage } from '../indicators/community/sdgCoverage.js';
import { socialExpenditureDisclosure } from '../indicators/community/socialExpenditureDisclosure.js';
import type { IndicatorRunner } from './reportContext.js';

const NO_PROGRAMS = {
  status: 'dataAbsent',
  detail: 'The dataset has no social programs.',
} as const;

/**
 * The community indicators of a report.
 *
 * @remarks
 * Spend-based indicators use the flows dated within the report's period; beneficiaries and
 * coverage use every program. Program results give one progress result each, for the
 * quantitative ones (a qualitative result has no progress to compute). SROI needs outcomes
 * valued with financial proxies, which a dataset does not hold.
 *
 * @internal
 */
export const communityRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: ['community.socialExpenditureDisclosure'],
    run: (c) =>
      c.data.programs.length === 0
        ? NO_PROGRAMS
        : c.data.programs.every((p) => p.spend.length === 0)
          ? { status: 'dataAbsent', detail: 'No program records a disbursement or expenditure.' }
          : {
              results: [socialExpenditureDisclosure(c.data.programs, { period: c.period }).result],
            },
  },
  {
    ids: ['community.programBeneficiaries'],
    run: (c) =>
      c.data.programs.some((p) => p.beneficiaries?.unit === 'person')
        ? { results: [programBeneficiaries(c.data.programs).result] }
        : { status: 'dataAbsent', detail: 'No program reports beneficiaries in persons.' },
  },
  {
    ids: ['community.costPerBeneficiary'],
    run: (c) =>
      c.data.programs.some((p) => p.beneficiaries?.unit === 'person')
        ? { results: [costPerBeneficiary(c.data.programs, { period: c.period })] }
        : { status: 'dataAbsent', detail: 'No program reports beneficiaries in persons.' },
  },
  {
    ids: ['community.sdgCoverage'],
    run: (c) =>
      c.data.programs.some((p) => p.sdgs.length > 0)
        ? { results: [sdgCoverage(c.data.programs)] }
        : { status: 'dataAbsent', detail: 'No program names a Sustainable Development Goal.' },
  },
  {
    ids: ['community.communityEngagementCoverage'],
    run: (c) =>
      c.data.assessments.length === 0
        ? { status: 'dataAbsent', detail: 'The dataset has no GRI 413-1 assessments of its sites.' }
        : {
            results: [
              communityEngagementCoverage(c.data.sites, c.data.assessments, { asOf: c.asOf }),
            ],
          },
  },
  {
    ids: ['community.resultProgress'],
    run: (c) => {
      const results = c.data.programs.flatMap((p) =>
        (p.results ?? []).filter((r) => r.measure !== 'qualitative').map(resultProgress),
      );
      return results.length === 0
        ? { status: 'notApplicable', detail: 'No program states a quantitative result.' }
        : { results };
    },
  },
  {
    ids: ['community.sroi'],
    run: () => ({
      status: 'dataAbsent',
      detail: 'SROI needs outcomes valued with financial proxies, which a dataset does not hold.',
    }),
  },
]);
