import type { ImpactDatasetInput } from '../../model/impactDataset.js';

/**
 * AzerGold CJSC, the reporting company of the reference dataset.
 *
 * @remarks
 * Founded by the presidential act No. 1047 of 11 February 2015. The commodities are those it
 * produces (gold and silver) and those of its deposits under study (copper, zinc and lead at
 * Filizçay and the copper areas; iron ore through its subsidiary). No register identifier and no
 * head office address were found, so both are absent.
 *
 * @internal
 */
export const companyInput: ImpactDatasetInput['company'] = {
  id: 'azergold',
  name: 'AzerGold CJSC',
  entityType: 'registeredEntity',
  jurisdiction: 'AZ',
  foundedOn: '2015-02-11',
  url: 'https://azergold.az',
  commodities: ['gold', 'silver', 'copper', 'zinc', 'lead', 'iron-ore'],
  sourceIds: [
    'src-report-founding',
    'src-azergold-statute-2015',
    'src-azergold-filizcay',
    'src-trend-3393002',
  ],
};

/**
 * The organizations the reference dataset refers to: the state and the state holding that own
 * or control AzerGold, its subsidiary, its CSR partner and the organisers of the National CSR
 * Award.
 *
 * @internal
 */
export const organizationInputs: NonNullable<ImpactDatasetInput['organizations']> = [
  {
    id: 'state-az',
    name: 'Republic of Azerbaijan',
    entityType: 'state',
    jurisdiction: 'AZ',
    sourceIds: ['src-azergold-statute-2015'],
  },
  {
    id: 'aih',
    name: 'Azerbaijan Investment Holding',
    entityType: 'stateBody',
    jurisdiction: 'AZ',
    url: 'https://www.aih.gov.az',
    sourceIds: ['src-aih-2020'],
  },
  {
    id: 'dashkasan-iron-ore',
    name: 'Daşkəsən Dəmir Filiz MMC',
    names: [{ value: 'Dashkasan Iron Ore LLC', lang: 'en', kind: 'exonym' }],
    entityType: 'registeredEntity',
    jurisdiction: 'AZ',
    foundedOn: '2020-12-14',
    sourceIds: ['src-trend-3393002'],
  },
  {
    id: 'dashkasan-executive-authority',
    name: 'Dashkasan District Executive Authority',
    entityType: 'stateBody',
    jurisdiction: 'AZ',
    sourceIds: ['src-azergold-2024-12-28'],
  },
  {
    id: 'csr-award-organisers',
    name: 'Organisers of the National CSR Award',
    entityType: 'other',
    jurisdiction: 'AZ',
    sourceIds: ['src-ask-2018', 'src-trend-3515376'],
  },
];

/**
 * The ownership and control interests of the reference dataset.
 *
 * @remarks
 * - The Republic of Azerbaijan holds all the shares of AzerGold since its founding (the statute
 *   approved in 2015 says all shares belong to the state).
 * - Azerbaijan Investment Holding manages AzerGold by presidential decree (control by legal
 *   framework). The decree is dated 5 October 2020 by the holding's page and 5 November 2020 by
 *   Trend; the interest has no start date because of this conflict.
 * - AzerGold owns the subsidiary Dashkasan Iron Ore LLC since its establishment; the share is
 *   not published.
 *
 * @internal
 */
export const ownershipInputs: NonNullable<ImpactDatasetInput['ownership']> = [
  {
    subjectId: 'azergold',
    interestedPartyId: 'state-az',
    type: 'shareholding',
    share: { exact: 100 },
    start: '2015-02-11',
    sourceIds: ['src-azergold-statute-2015', 'src-report-founding'],
  },
  {
    subjectId: 'azergold',
    interestedPartyId: 'aih',
    type: 'controlByLegalFramework',
    sourceIds: ['src-aih-2020', 'src-report-aih-powers'],
  },
  {
    subjectId: 'dashkasan-iron-ore',
    interestedPartyId: 'azergold',
    type: 'shareholding',
    start: '2020-12-14',
    sourceIds: ['src-trend-3393002'],
  },
];
