import { describe, expect, it } from 'vitest';
import { baseDataset, NOW } from '../../test/fixtures/baseDataset.js';
import { validateDataset } from './validateDataset.js';

const spent = (sourceIds: string[]) => ({
  basis: 'spent',
  period: { start: '2024' },
  value: { amountMinor: 100, currency: 'AZN' },
  sourceIds,
});

describe('the references of the economic records', () => {
  it('resolves the company, sites, recipients and sources, and finds duplicate ids', () => {
    const base = baseDataset() as Record<string, unknown>;
    const companyId = (base.company as { id: string }).id;
    const dataset = {
      ...base,
      financials: [
        { id: 'fin', companyId: 'nobody', revenue: spent(['src-missing']), sourceIds: [] },
      ],
      governmentPayments: [
        {
          id: 'pay',
          companyId,
          stream: 'Tax',
          level: 'national',
          form: 'cash',
          siteId: 'no-site',
          amount: spent([]),
        },
        { id: 'pay', companyId, stream: 'Tax', level: 'national', form: 'cash', amount: spent([]) },
      ],
      procurement: [
        {
          id: 'proc',
          companyId,
          byLocality: [{ locality: 'local', spend: spent(['src-gone']) }],
          sourceIds: [],
        },
      ],
      stateFlows: [
        {
          id: 'flow',
          companyId,
          direction: 'stateToCompany',
          kind: 'transfer',
          counterpartyId: 'no-state',
          amount: spent([]),
        },
      ],
    };
    const issues = validateDataset(dataset, { now: NOW }).issues.filter(
      (i) => i.code !== 'organization.no_identifier',
    );
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      'id.duplicate /governmentPayments/1/id',
      'ref.missing /financials/0/companyId',
      'ref.missing /financials/0/revenue/sourceIds/0',
      'ref.missing /governmentPayments/0/siteId',
      'ref.missing /procurement/0/byLocality/0/spend/sourceIds/0',
      'ref.missing /stateFlows/0/counterpartyId',
    ]);
  });

  it('resolves the company and the sources of a governance body, and says what was expected', () => {
    const base = baseDataset() as Record<string, unknown>;
    const dataset = {
      ...base,
      governanceBodies: [
        {
          id: 'board',
          companyId: 'nobody',
          name: 'Board',
          kind: 'board',
          asOf: '2024-12-31',
          members: 7,
          sourceIds: ['src-missing'],
        },
      ],
    };
    const issues = validateDataset(dataset, { now: NOW }).issues.filter(
      (i) => i.code === 'ref.missing',
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['/governanceBodies/0/companyId', 'No entity has the id "nobody"; expected the company.'],
      ['/governanceBodies/0/sourceIds/0', 'No entity has the id "src-missing"; expected a source.'],
    ]);
  });
});
