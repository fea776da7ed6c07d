import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * The published workforce of AzerGold: 2,554 people, over 80 percent of them from the regions.
 *
 * @remarks
 * "Over 80 percent of 2,554" is more than 0.8 × 2,554 = 2,043.2 people, so at least 2,044:
 * `fromRegions` is the bound `{ min: 2044 }` with the published phrase, never a rounded number
 * and never an invented upper bound. The origin "from the remote villages within the
 * Ganja-Dashkasan economic region" is given in words only ("a significant proportion"), so no
 * count by region or village is recorded (the Russian version names the Ganja-Dashkasan
 * economic region for the whole "over 80%", the English one does not). `scope` is
 * `employeesAndContractors` with `scopeBasis: 'inferred'`, an inference explained in `note`. The company's reply to Editor.az (2,128 permanent jobs: 812 at AzerGold,
 * 1,316 through long-term contractors) is not a second summary because its date is unknown;
 * it is cited as evidence for the scope. There are no employee records: none are public.
 *
 * @internal
 */
export const workforceInputs: NonNullable<ImpactDatasetInput['workforce']> = [
  {
    companyId: 'azergold',
    asOf: '2025-11-14',
    headcount: 2554,
    scope: 'employeesAndContractors',
    scopeBasis: 'inferred',
    fromRegions: { min: 2044, phrase: 'over 80 percent of 2,554' },
    note:
      'Date: the statement is undated; about 14 November 2025, inferred from the adjacent Trend ' +
      'article dated 2025-11-14. Scope (an inference, not confirmed by the company): the English ' +
      'text says "employees", but the Russian version speaks of people "employed as a result of ' +
      'AzerGold\'s activity", and in an undated reply to Editor.az the company counted 2,128 ' +
      'permanent jobs, 812 of them at AzerGold itself and 1,316 through long-term contractors ' +
      '(more than 82 percent from the regions); the 2,554 figure most likely includes ' +
      "contractors' workers. Regions: over 80 percent of 2,554 is more than 2,043.2 people, so at " +
      'least 2,044. Origin, in the source\'s words: "a significant proportion from the remote ' +
      'villages within the Ganja-Dashkasan economic region" (no count is given). The Russian ' +
      'version names that region for the whole "over 80%": they "represent the regions, namely ' +
      'the Ganja-Dashkasan economic region, especially remote villages" (представляют регионы, а ' +
      'именно Гянджа-Дашкясанкий экономический район, особенно отдалённые сёла); the English ' +
      'version does not, so no count by region is recorded. "The regions" is not defined by the ' +
      'source; it is used in contrast to Baku.',
    sourceIds: ['src-trend-4117320', 'src-dayaz-1795448', 'src-editor-az-jobs'],
  },
];
