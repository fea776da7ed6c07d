import type { ImpactDatasetInput } from '../../model/impactDataset.js';

// Figures of section 6 of the reference facts: each names the year it refers to. "Taxes" and
// "payments to the state budget" are different figures in the sources: in January-August 2020
// the budget payments were taxes plus contributions to the State Social Protection Fund, so the
// AZN 33 million of 2021 is read as holding the AZN 29.7 million of taxes, never added to it.

/**
 * AzerGold's published financial figures (GRI 201-1): revenue from sales for 2021, January-August
 * 2020 and 2023, and the taxes of 2021.
 *
 * @remarks
 * Revenue 2021: AZN 188.3 million (USD 110.7 million), taxes paid AZN 29.7 million (today.az
 * 215318). Revenue January-August 2020: USD 68.5 million (AzerNews 168768). Revenue 2023: AZN
 * 232.8 million (AzVision 176367). The net profit of 2021 ("expected to reach about AZN 80
 * million") is approximate and a forecast: it is not recorded as an amount. No wages, operating
 * costs, payments to providers of capital or community investment totals were found.
 *
 * @internal
 */
export const financialInputs: NonNullable<ImpactDatasetInput['financials']> = [
  {
    id: 'fin-azergold-2021',
    companyId: 'azergold',
    revenue: {
      basis: 'spent',
      period: { start: '2021' },
      value: { amountMinor: 18_830_000_000, currency: 'AZN' },
      equivalents: [{ amountMinor: 11_070_000_000, currency: 'USD' }],
      phrase: 'revenue from gold and silver sales of AZN 188.3 million ($110.7m)',
      sourceIds: ['src-today-215318'],
    },
    paymentsToGovernments: {
      basis: 'spent',
      period: { start: '2021' },
      value: { amountMinor: 2_970_000_000, currency: 'AZN' },
      phrase: 'paid taxes in the amount of AZN 29.7 million',
      description: 'Taxes only; the payments to the state budget of the year were AZN 33 million.',
      sourceIds: ['src-today-215318'],
    },
    sourceIds: ['src-today-215318'],
  },
  {
    id: 'fin-azergold-2020-jan-aug',
    companyId: 'azergold',
    revenue: {
      basis: 'spent',
      period: { start: '2020-01', end: '2020-08' },
      value: { amountMinor: 6_850_000_000, currency: 'USD' },
      phrase: 'revenue of $68.5 million in January-August 2020',
      sourceIds: ['src-azernews-168768'],
    },
    sourceIds: ['src-azernews-168768'],
  },
  {
    id: 'fin-azergold-2023',
    companyId: 'azergold',
    revenue: {
      basis: 'spent',
      period: { start: '2023' },
      value: { amountMinor: 23_280_000_000, currency: 'AZN' },
      phrase: 'revenue of AZN 232.8 million (exports 210.1, domestic 22.7)',
      sourceIds: ['src-azvision-176367'],
    },
    sourceIds: ['src-azvision-176367'],
  },
];

/**
 * AzerGold's published payments to the state (EITI 4.1): the state budget payments of 2018 and
 * 2021, the taxes and State Social Protection Fund contributions of January-August 2020, and
 * their cumulative totals since 2016.
 *
 * @remarks
 * No source gives the revenue streams in GFS terms, so no payment carries a GFS code. The budget
 * payments of 2019 ("about AZN 13.5 million") are approximate and not recorded; the "AZN 73.8
 * million over five years" of the 2021 statement does not say which five years and is not
 * recorded either.
 *
 * @internal
 */
export const governmentPaymentInputs: NonNullable<ImpactDatasetInput['governmentPayments']> = [
  {
    id: 'pay-azergold-2021-state-budget',
    companyId: 'azergold',
    stream: 'Payments to the state budget',
    recipientName: 'State budget of the Republic of Azerbaijan',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'spent',
      period: { start: '2021' },
      value: { amountMinor: 3_300_000_000, currency: 'AZN' },
      phrase: 'transferred AZN 33 million to the state budget',
      description: 'Read as including the AZN 29.7 million of taxes the same source reports.',
      sourceIds: ['src-today-215318'],
    },
  },
  {
    id: 'pay-azergold-2018-state-budget',
    companyId: 'azergold',
    stream: 'Payments to the state budget',
    recipientName: 'State budget of the Republic of Azerbaijan',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'spent',
      period: { start: '2018' },
      value: { amountMinor: 1_260_000_000, currency: 'AZN' },
      phrase: 'AZN 12.6 million (2018)',
      sourceIds: ['src-trend-3196526'],
    },
  },
  {
    id: 'pay-azergold-2020-jan-aug-taxes',
    companyId: 'azergold',
    stream: 'Taxes',
    recipientName: 'State budget of the Republic of Azerbaijan',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'spent',
      period: { start: '2020-01', end: '2020-08' },
      value: { amountMinor: 480_000_000, currency: 'AZN' },
      phrase: 'AZN 4.8 million taxes',
      sourceIds: ['src-azernews-168768'],
    },
  },
  {
    id: 'pay-azergold-2020-jan-aug-social',
    companyId: 'azergold',
    stream: 'Contributions to the State Social Protection Fund',
    recipientName: 'State Social Protection Fund',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'spent',
      period: { start: '2020-01', end: '2020-08' },
      value: { amountMinor: 120_000_000, currency: 'AZN' },
      phrase: 'AZN 1.2 million to the State Fund of Social Protection',
      sourceIds: ['src-azernews-168768'],
    },
  },
  {
    id: 'pay-azergold-since-2016-taxes',
    companyId: 'azergold',
    stream: 'Taxes',
    recipientName: 'State budget of the Republic of Azerbaijan',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'cumulative',
      period: { start: '2016' },
      asOf: '2020-08',
      value: { amountMinor: 3_160_000_000, currency: 'AZN' },
      phrase: 'AZN 31.6 million of taxes since 2016',
      sourceIds: ['src-azernews-168768'],
    },
  },
  {
    id: 'pay-azergold-since-2016-social',
    companyId: 'azergold',
    stream: 'Contributions to the State Social Protection Fund',
    recipientName: 'State Social Protection Fund',
    country: 'AZ',
    level: 'national',
    form: 'notStated',
    amount: {
      basis: 'cumulative',
      period: { start: '2016' },
      asOf: '2020-08',
      value: { amountMinor: 510_000_000, currency: 'AZN' },
      phrase: 'AZN 5.1 million to social protection since 2016',
      sourceIds: ['src-azernews-168768'],
    },
  },
];

/**
 * The financial flows between the state and AzerGold (EITI 2.6): the AZN 3 million the President
 * ordered from the 2020 state budget for the assessment of the Daşkəsən iron-ore deposits.
 *
 * @internal
 */
export const stateFlowInputs: NonNullable<ImpactDatasetInput['stateFlows']> = [
  {
    id: 'flow-azergold-2020-dashkasan',
    companyId: 'azergold',
    direction: 'stateToCompany',
    kind: 'transfer',
    counterpartyId: 'state-az',
    purpose: 'assessment of the Daşkəsən iron-ore deposits',
    amount: {
      basis: 'spent',
      period: { start: '2020' },
      value: { amountMinor: 300_000_000, currency: 'AZN' },
      phrase: 'AZN 3 million from the 2020 state budget',
      description: 'Ordered by the President; allocated, not confirmed as disbursed.',
      sourceIds: ['src-azernews-168768'],
    },
  },
];
