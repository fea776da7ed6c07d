import { describe, expect, it } from 'vitest';
import { spent, usdToAzn, year2021 } from '../../../test/fixtures/economicAmounts.js';
import type { CompanyId } from '../../core/ids.js';
import { type ImpactDatasetInput, ImpactDatasetSchema } from '../../model/impactDataset.js';
import type { StateFinancialFlow } from '../../model/stateFinancialFlow.js';
import { stateParticipation } from './stateParticipation.js';

const base: ImpactDatasetInput = {
  schemaVersion: '1.0',
  company: {
    id: 'miner',
    name: 'Miner CJSC',
    entityType: 'registeredEntity',
    commodities: ['gold'],
  },
  organizations: [
    { id: 'state', name: 'The Republic', entityType: 'state' },
    { id: 'holding', name: 'Holding', entityType: 'registeredEntity' },
  ],
};

const flow = (id: string, fields: Partial<StateFinancialFlow>): StateFinancialFlow => ({
  id,
  companyId: 'miner' as CompanyId,
  direction: 'stateToCompany',
  kind: 'transfer',
  amount: spent(300_000_000, 'AZN', '2021'),
  ...fields,
});

const owned = ImpactDatasetSchema.parse({
  ...base,
  ownership: [
    { subjectId: 'miner', interestedPartyId: 'state', type: 'shareholding', share: { exact: 100 } },
  ],
});

describe('stateParticipation', () => {
  it('gives the effective share of a wholly state-owned company (EITI 2.6)', () => {
    const result = stateParticipation(owned);
    expect([result.value, result.unit, result.detail.status, result.detail.control]).toEqual([
      1,
      'share',
      'stateOwned',
      'controlled',
    ]);
  });

  it('multiplies the stakes along a chain: 32.7 % of a parent holding 100 % is 0.327 (EITI 2.6)', () => {
    const chain = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'holding',
          interestedPartyId: 'state',
          type: 'shareholding',
          share: { exact: 32.7 },
        },
        {
          subjectId: 'miner',
          interestedPartyId: 'holding',
          type: 'shareholding',
          share: { exact: 100 },
        },
      ],
    });
    // 32.7 % × 100 % = 32.7 % = 0.327; at most 50 % without control: a minority.
    const result = stateParticipation(chain);
    expect([result.value, result.detail.status]).toEqual([0.327, 'minority']);
  });

  it('keeps a range of shares as bounds', () => {
    const range = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'state',
          type: 'shareholding',
          share: { min: 25, max: 50 },
        },
      ],
    });
    expect(stateParticipation(range)).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 0.25, max: 0.5 },
    });
  });

  it('totals the flows both ways per kind and currency (EITI 2.6, 6.2)', () => {
    const flows = [
      flow('grant', { purpose: 'iron-ore assessment' }),
      flow('dividend', {
        direction: 'companyToState',
        kind: 'dividend',
        amount: spent(1_000_000_000),
      }),
      flow('roads', {
        direction: 'companyToState',
        kind: 'quasiFiscal',
        amount: spent(50_000_000),
      }),
      flow('loan-usd', { kind: 'loan', amount: spent(10_000_000, 'USD'), terms: '5 years at 2 %' }),
      flow('since-2016', {
        amount: {
          basis: 'cumulative',
          period: { start: '2016' },
          asOf: '2021',
          value: { amountMinor: 1, currency: 'AZN' as never },
          sourceIds: [],
        },
      }),
    ];
    const result = stateParticipation({ ...owned, stateFlows: flows }, { period: year2021 });
    expect(result.detail.totals.map((t) => [t.direction, t.kind, t.money])).toEqual([
      ['companyToState', 'dividend', [{ amountMinor: 1_000_000_000, currency: 'AZN' }]],
      ['companyToState', 'quasiFiscal', [{ amountMinor: 50_000_000, currency: 'AZN' }]],
      ['stateToCompany', 'loan', [{ amountMinor: 10_000_000, currency: 'USD' }]],
      ['stateToCompany', 'transfer', [{ amountMinor: 300_000_000, currency: 'AZN' }]],
    ]);
    expect(result.detail.notCounted).toEqual([{ flowId: 'since-2016', use: 'cumulative' }]);
    expect(result.notes).toEqual(['Quasi-fiscal expenditures are listed as EITI 6.2 asks.']);
    // With USD→AZN 1.7 the loan of USD 100,000.00 is 10,000,000 × 1.7 = 17,000,000 qəpik.
    const converted = stateParticipation(
      { ...owned, stateFlows: flows },
      { period: year2021, fx: usdToAzn },
    );
    expect(converted.detail.totals[2]?.money).toEqual([
      { amountMinor: 17_000_000, currency: 'AZN' },
    ]);
  });

  it('gives 0 without a chain to the state, and refuses a malformed flow', () => {
    const none = ImpactDatasetSchema.parse(base);
    expect([stateParticipation(none).value, stateParticipation(none).detail.status]).toEqual([
      0,
      'none',
    ]);
    expect(() =>
      stateParticipation({ ...none, stateFlows: [flow('x', { kind: 'gift' as never })] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
