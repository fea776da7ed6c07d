import { pure } from '../core/pure.js';
import { beneficiaryCoverage } from '../indicators/community/beneficiaryCoverage.js';
import { categoryCoverage } from '../indicators/community/categoryCoverage.js';
import { communityEngagementCoverage } from '../indicators/community/communityEngagementCoverage.js';
import { communityInvestment } from '../indicators/community/communityInvestment.js';
import { costPerBeneficiary } from '../indicators/community/costPerBeneficiary.js';
import { programBeneficiaries } from '../indicators/community/programBeneficiaries.js';
import { resultProgress } from '../indicators/community/resultProgress.js';
import { sdgCoverage } from '../indicators/community/sdgCoverage.js';
import { socialExpenditureDisclosure } from '../indicators/community/socialExpenditureDisclosure.js';
import { districtPlace } from './districtPlace.js';
import type { IndicatorRunner } from './reportContext.js';

const NO_PROGRAMS = {
  status: 'dataAbsent',
  detail: 'The dataset has no social programs.',
} as const;

/**
 * The community indicators of a report.
 *
 * @remarks
 * Spend-based indicators use the flows dated within the report's period (community investment
 * converted with the report's exchange-rate table when there is one); beneficiaries use every
 * program, and beneficiary coverage is computed for each district the programs reporting persons
 * serve. Category coverage lists the categories active in each district within the period. Program results give one progress result each, for the
 * quantitative ones (a qualitative result has no progress to compute). SROI needs outcomes
 * valued with financial proxies, which a dataset does not hold.
 *
 * @internal
 */
export const communityRunners: readonly IndicatorRunner[] = pure((): readonly IndicatorRunner[] => [
  {
    ids: ['community.communityInvestment'],
    run: (c) =>
      c.data.programs.every((p) => p.spend.length === 0)
        ? { status: 'dataAbsent', detail: 'No program records a disbursement or expenditure.' }
        : {
            results: [
              communityInvestment(c.data.programs, {
                period: c.period,
                gazetteer: c.gazetteer,
                fx: c.fx,
              }).result,
            ],
          },
  },
  {
    ids: ['community.beneficiaryCoverage'],
    run: (c) => {
      const counted = c.data.programs.filter((p) => p.beneficiaries?.unit === 'person');
      const districts = new Set<string>();
      for (const program of counted)
        for (const { locationId } of program.locations)
          districts.add(districtPlace(c.gazetteer, locationId).id);
      return districts.size === 0
        ? {
            status: 'dataAbsent',
            detail: 'No program with beneficiaries in persons has a location.',
          }
        : {
            results: [...districts]
              .sort()
              .map((id) => beneficiaryCoverage(counted, c.gazetteer, id)),
          };
    },
  },
  {
    ids: ['community.categoryCoverage'],
    run: (c) =>
      c.data.programs.length === 0
        ? NO_PROGRAMS
        : {
            results: [
              categoryCoverage(c.data.programs, { gazetteer: c.gazetteer, period: c.period })
                .result,
            ],
          },
  },
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
