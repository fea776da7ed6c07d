import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * Job projections for AzerGold's new deposits, as scenarios of kind `assumed`.
 *
 * @remarks
 * Filizçay is the one new deposit with a published job figure and years: "more than 1000 new
 * vacancies" over a 50-year operation to 2075, launched in 2025. "More than 1000" allows at least
 * 1,001, so direct jobs are `{ min: 1001 }` with the published words and no maximum. The
 * employment multiplier is ICMM's conservative two to five additional jobs per direct job, read
 * as a Type I range of 3 to 6.
 *
 * Not projected: the company's expectation that new mines in Karabakh, Eastern Zangazur and
 * elsewhere in the Lesser Caucasus give "thousands" of citizens permanent employment, and the
 * Corporate Strategy's "up to 14,000 people" in its most active phase. Both are company-wide: a
 * projection belongs to one deposit and needs a first year, and neither figure gives one.
 *
 * @internal
 */
export const projectionInputs: NonNullable<ImpactDatasetInput['projections']> = [
  {
    id: 'proj-filizcay',
    depositId: 'dep-filizcay',
    scenario: {
      label: 'Company figure for Filizçay with ICMM employment multipliers',
      kind: 'assumed',
    },
    phases: [
      {
        phase: 'operations',
        startYear: 2025,
        endYear: 2075,
        directJobs: { min: 1001, phrase: 'more than 1000 new vacancies' },
      },
    ],
    multipliers: { typeI: { low: 3, high: 6 }, sourceId: 'src-icmm-2017' },
    note:
      'Assumptions of this scenario: (1) the company\'s "more than 1000 new vacancies" are direct ' +
      'jobs held in every year of operations; the company says neither whether they are direct ' +
      'nor how they change over the life of the mine, and gives no maximum, so none is set. ' +
      '(2) Operations run from 2025, the planned launch (trial production), to 2075, the end of ' +
      'the 50-year operation period; whether production began in 2025 is not in the sources. ' +
      "(3) The multiplier is ICMM's global, conservative estimate of two to five additional jobs " +
      'per direct job, read as indirect jobs (Type I = 1 + 2 to 1 + 5 = 3 to 6); it is not an ' +
      'estimate for Azerbaijan, and no Type II (induced) multiplier is given. (4) No local-hire ' +
      'share is published, so none is set. No construction phase is published.',
    sourceIds: ['src-azergold-filizcay', 'src-icmm-2017'],
  },
];
