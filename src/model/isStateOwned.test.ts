import { describe, expect, it } from 'vitest';
import { CompanyIdSchema } from '../core/ids.js';
import { type ImpactDatasetInput, ImpactDatasetSchema } from './impactDataset.js';
import { isStateOwned } from './isStateOwned.js';

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
    { id: 'holding', name: 'State Holding', entityType: 'registeredEntity' },
    { id: 'fund', name: 'Private Fund', entityType: 'registeredEntity' },
  ],
};
const miner = CompanyIdSchema.parse('miner');

describe('isStateOwned', () => {
  it('finds a direct state shareholding', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'state',
          type: 'shareholding',
          share: { exact: 100 },
        },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(true);
  });

  it('walks a chain through a holding company', () => {
    // The state controls the holding by law; the holding holds 100 % of the miner.
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'holding',
          type: 'shareholding',
          share: { exact: 100 },
        },
        { subjectId: 'holding', interestedPartyId: 'state', type: 'controlByLegalFramework' },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(true);
  });

  it('is false when a stake on the chain has no stated share (undetermined)', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        { subjectId: 'miner', interestedPartyId: 'holding', type: 'shareholding' },
        { subjectId: 'holding', interestedPartyId: 'state', type: 'controlByLegalFramework' },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(false);
  });

  it('is false for a minority stake along a chain: 32.7 % of a parent holding 100 %', () => {
    // Effective share 32.7 % × 100 % = 32.7 %, not above 50 %; 32.7 % of the holding gives no
    // control, so the 100 % it holds in the miner does not bring the miner under the state.
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'holding',
          type: 'shareholding',
          share: { exact: 100 },
        },
        {
          subjectId: 'holding',
          interestedPartyId: 'state',
          type: 'shareholding',
          share: { exact: 32.7 },
        },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(false);
  });

  it('is false for private ownership and for no ownership records', () => {
    const privateOwned = ImpactDatasetSchema.parse({
      ...base,
      ownership: [{ subjectId: 'miner', interestedPartyId: 'fund', type: 'shareholding' }],
    });
    expect(isStateOwned(privateOwned, { companyId: miner })).toBe(false);
    expect(isStateOwned(ImpactDatasetSchema.parse(base), { companyId: miner })).toBe(false);
  });

  it('terminates on ownership cycles', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        { subjectId: 'miner', interestedPartyId: 'holding', type: 'shareholding' },
        { subjectId: 'holding', interestedPartyId: 'fund', type: 'shareholding' },
        { subjectId: 'fund', interestedPartyId: 'holding', type: 'shareholding' },
        { subjectId: 'fund', interestedPartyId: 'miner', type: 'shareholding' },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(false);
  });

  it('honours the dates of interests when asOf is given', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'state',
          type: 'shareholding',
          share: { exact: 100 },
          start: '2015-02-11',
          end: '2020-12-31',
        },
        {
          subjectId: 'miner',
          interestedPartyId: 'fund',
          type: 'shareholding',
          start: '2021-01-01',
        },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner, asOf: '2018-06-01' })).toBe(true);
    expect(isStateOwned(dataset, { companyId: miner, asOf: '2015-02-10' })).toBe(false); // before the state interest began
    expect(isStateOwned(dataset, { companyId: miner, asOf: '2022-06-01' })).toBe(false); // after it ended
    expect(isStateOwned(dataset, { companyId: miner })).toBe(true); // dates ignored
  });

  it('treats a state body as the state', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      organizations: [{ id: 'ministry', name: 'Ministry', entityType: 'stateBody' }],
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'ministry',
          type: 'votingRights',
          share: { exact: 51 },
        },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(true);
  });

  it('counts the reporting company itself when it is a state body', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      company: { ...base.company, id: 'agency', entityType: 'stateBody' },
      ownership: [
        {
          subjectId: 'miner',
          interestedPartyId: 'agency',
          type: 'shareholding',
          share: { exact: 60 },
        },
      ],
    });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(true);
  });
});
