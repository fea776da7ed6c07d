import { describe, expect, it } from 'vitest';
import type { FxTable } from '../../core/fxTable.js';
import { type ImpactDatasetInput, ImpactDatasetSchema } from '../../model/impactDataset.js';
import { datasetContextOf as indicatorContextOf } from '../datasetContextOf.js';
import { economicIndicators } from './economicIndicators.js';

const spent = (amountMinor: number, currency: 'AZN' | 'USD' = 'AZN', start = '2024') => ({
  basis: 'spent' as const,
  period: { start },
  value: { amountMinor, currency },
  sourceIds: [],
});

const base: ImpactDatasetInput = {
  schemaVersion: '1.0',
  company: {
    id: 'miner',
    name: 'Miner',
    entityType: 'registeredEntity',
    jurisdiction: 'AZ',
    commodities: ['gold'],
  },
  organizations: [{ id: 'state', name: 'The Republic', entityType: 'state' }],
};
const full: ImpactDatasetInput = {
  ...base,
  ownership: [
    { subjectId: 'miner', interestedPartyId: 'state', type: 'shareholding', share: { exact: 40 } },
  ],
  financials: [
    {
      id: 'fin-2024',
      companyId: 'miner',
      wagesAndBenefits: spent(400),
      communityInvestments: spent(100),
      revenue: spent(5000),
      sourceIds: [],
    },
    { id: 'fin-2019', companyId: 'miner', revenue: spent(1, 'AZN', '2019'), sourceIds: [] },
  ],
  governmentPayments: [
    {
      id: 'tax',
      companyId: 'miner',
      stream: 'Tax',
      country: 'AZ',
      level: 'national',
      form: 'cash',
      amount: spent(200),
    },
  ],
  procurement: [
    {
      id: 'proc',
      companyId: 'miner',
      period: { start: '2024' },
      suppliers: 10,
      byLocality: [{ locality: 'local', spend: spent(300), suppliers: 4 }],
      total: spent(1000),
      sourceIds: [],
    },
    {
      id: 'proc-2019',
      companyId: 'miner',
      period: { start: '2019' },
      suppliers: 3,
      byLocality: [],
      sourceIds: [],
    },
  ],
  stateFlows: [
    {
      id: 'grant',
      companyId: 'miner',
      direction: 'stateToCompany',
      kind: 'guarantee',
      amount: spent(50),
    },
  ],
};
const choices = { asOf: '2024-12-31', period: { start: '2024-01-01', end: '2024-12-31' } };
const run = (input: ImpactDatasetInput) => {
  const context = indicatorContextOf(ImpactDatasetSchema.parse(input), choices);
  return economicIndicators.map((d) => [d.entry.id, d.fromDataset(context)] as const);
};

describe('the economic registry on a dataset', () => {
  it('lists the seven indicators of the family', () => {
    expect(economicIndicators.map((d) => d.entry.functionName)).toEqual([
      'economicValueDistributed',
      'paymentsToGovernments',
      'localProcurementShare',
      'supplierLocalityDistribution',
      'stateParticipation',
      'totalInCountryContribution',
      'extractiveEmploymentShare',
    ]);
  });

  it('runs every indicator on the records of the report period', () => {
    const values = run(full).map(([id, outcome]) => [
      id,
      'status' in outcome ? outcome.status : outcome.map((r) => r.value),
    ]);
    // Local procurement 300 / 1000 = 0.3; suppliers 10 (2024 only); the state holds 40 %;
    // in-country: wages 400 + local 300 + payments 200 + community 100 = 1000.
    expect(values).toEqual([
      ['economic.economicValueDistributed', [null]],
      ['economic.paymentsToGovernments', [200]],
      ['economic.localProcurementShare', [0.3]],
      ['economic.supplierLocalityDistribution', [10]],
      ['economic.stateParticipation', [0.4]],
      ['economic.totalInCountryContribution', [1000]],
      // A dataset holds no national employment figure (EITI 6.3 share).
      ['economic.extractiveEmploymentShare', 'dataAbsent'],
    ]);
  });

  it('says why each indicator has no result without economic records', () => {
    expect(
      run(base).map(([, outcome]) => ('status' in outcome ? outcome.status : 'results')),
    ).toEqual([
      'dataAbsent',
      'dataAbsent',
      'dataAbsent',
      'dataAbsent',
      'notApplicable',
      'dataAbsent',
      'dataAbsent',
    ]);
    const other = {
      ...full,
      financials: [full.financials?.[1]],
      governmentPayments: [],
      procurement: [full.procurement?.[1]],
      stateFlows: [],
    } as ImpactDatasetInput;
    expect(
      run(other).map(([, outcome]) => ('status' in outcome ? outcome.status : 'results')),
    ).toEqual([
      'dataAbsent',
      'dataAbsent',
      'dataAbsent',
      'dataAbsent',
      'results',
      'dataAbsent',
      'dataAbsent',
    ]);
  });

  it('converts bounded amounts bound by bound with the exchange-rate table', () => {
    // "Up to USD 10.00" local spend of an exact AZN 100.00 total: 1,000 cents × 1.7 = 1,700 qəpik at most;
    // share from 0 to 1,700 / 10,000 = 0.17.
    const fx = {
      currency: 'AZN',
      rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2024-12-31' }],
    } as FxTable;
    const bounded: ImpactDatasetInput = {
      ...full,
      procurement: [
        {
          id: 'p',
          companyId: 'miner',
          total: spent(10_000),
          byLocality: [
            {
              locality: 'local',
              spend: {
                ...spent(0, 'USD'),
                value: { max: 1000, currency: 'USD', phrase: 'up to USD 10' },
              },
            },
          ],
          sourceIds: [],
        },
      ],
    };
    const context = indicatorContextOf(ImpactDatasetSchema.parse(bounded), { ...choices, fx });
    const share = economicIndicators[2]?.fromDataset(context);
    expect(share === undefined || 'status' in share ? share : share[0]?.bounds).toEqual({
      min: 0,
      max: 0.17,
    });
  });
});
