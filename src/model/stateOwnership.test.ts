import { describe, expect, it } from 'vitest';
import { type CompanyId, CompanyIdSchema } from '../core/ids.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { type ImpactDatasetInput, ImpactDatasetSchema } from './impactDataset.js';
import { isStateOwned } from './isStateOwned.js';
import { stateOwnership } from './stateOwnership.js';

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
    { id: 'fund', name: 'Private Fund', entityType: 'registeredEntity' },
  ],
};
const miner = CompanyIdSchema.parse('miner');
const holding = 'holding' as CompanyId;

type Interest = NonNullable<ImpactDatasetInput['ownership']>[number];
const holds = (
  interestedPartyId: string,
  subjectId: string,
  share?: Interest['share'],
  type: Interest['type'] = 'shareholding',
): Interest => ({
  subjectId,
  interestedPartyId,
  type,
  ...(share === undefined ? {} : { share }),
});
const withOwnership = (...ownership: Interest[]) =>
  ImpactDatasetSchema.parse({ ...base, ownership });

describe('stateOwnership', () => {
  it('multiplies the stakes along a chain: 32.7 % of a parent holding 100 % is 32.7 %, a minority', () => {
    // The regression of issue 15: the state holds 32.7 % of the parent, which holds 100 % of the
    // subsidiary. Effective share 32.7 % × 100 % = 32.7 %. The parent is not controlled (32.7 %
    // is not above 50 %), so neither is the subsidiary: a minority participation.
    const dataset = withOwnership(
      holds('holding', 'miner', { exact: 100 }),
      holds('state', 'holding', { exact: 32.7 }),
    );
    const owned = stateOwnership(dataset, { companyId: miner });
    expect(owned).toEqual({
      companyId: 'miner',
      share: { exact: 32.7 },
      chains: [{ partyIds: ['miner', 'holding', 'state'], share: { exact: 32.7 } }],
      control: 'notControlled',
      status: 'minority',
    });
    expect(stateOwnership(dataset, { companyId: holding }).share).toEqual({ exact: 32.7 });
    expect(isStateOwned(dataset, { companyId: miner })).toBe(false);
  });

  it('counts control along a chain of majorities even when the product is below 50 %', () => {
    // 60 % × 60 % = 36 % effective, but the state controls the holding (60 % > 50 %), which
    // controls the miner (60 % > 50 %): state-owned through control.
    const owned = stateOwnership(
      withOwnership(
        holds('holding', 'miner', { exact: 60 }),
        holds('state', 'holding', { exact: 60 }),
      ),
    );
    expect(owned.share).toEqual({ exact: 36 });
    expect(owned.control).toBe('controlled');
    expect(owned.controlChain).toEqual(['miner', 'holding', 'state']);
    expect(owned.status).toBe('stateOwned');
  });

  it('adds the chains, and exactly 50 % is not a majority', () => {
    // Directly 30 %; through the holding 40 % × 50 % = 20 %; 30 + 20 = 50 %, not above 50 %.
    const owned = stateOwnership(
      withOwnership(
        holds('state', 'miner', { exact: 30 }),
        holds('holding', 'miner', { exact: 50 }),
        holds('state', 'holding', { exact: 40 }),
      ),
    );
    expect(owned.share).toEqual({ exact: 50 });
    expect(owned.chains.map((c) => c.share)).toEqual([{ exact: 30 }, { exact: 20 }]);
    expect(owned.status).toBe('minority');
  });

  it('gives bounds for ranges: a minority when the upper bound is at most 50 %', () => {
    // 25-50 % of the holding × 100 % = 25-50 %; no stake above 50 %, so no control.
    const owned = stateOwnership(
      withOwnership(
        holds('holding', 'miner', { exact: 100 }),
        holds('state', 'holding', { min: 25, max: 50 }),
      ),
    );
    expect(owned.share).toEqual({ min: 25, max: 50 });
    expect(owned.control).toBe('notControlled');
    expect(owned.status).toBe('minority');
  });

  it('is undetermined for a range across 50 % and for a stake without a share', () => {
    // 40-60 % of the holding × 100 %: 40-60 %; the holding may or may not be controlled.
    const across = stateOwnership(
      withOwnership(
        holds('holding', 'miner', { exact: 100 }),
        holds('state', 'holding', { min: 40, max: 60 }),
      ),
    );
    expect(across.share).toEqual({ min: 40, max: 60 });
    expect(across.control).toBe('unknown');
    expect(across.status).toBe('undetermined');
    // 100 % of the holding × an unstated share (0-100 %) = 0-100 %.
    const unstated = stateOwnership(
      withOwnership(holds('holding', 'miner'), holds('state', 'holding', { exact: 100 })),
    );
    expect(unstated.share).toEqual({ min: 0, max: 100 });
    expect(unstated.control).toBe('unknown');
    expect(unstated.status).toBe('undetermined');
  });

  it('reports none without a state chain, and control without a share', () => {
    const none = stateOwnership(withOwnership(holds('fund', 'miner', { exact: 100 })));
    expect(none).toEqual({
      companyId: 'miner',
      share: { exact: 0 },
      chains: [],
      control: 'notControlled',
      status: 'none',
    });
    // Control by law carries no ownership share: 0 % owned, controlled, state-owned.
    const byLaw = stateOwnership(
      withOwnership(holds('state', 'miner', undefined, 'controlByLegalFramework')),
    );
    expect(byLaw.share).toEqual({ exact: 0 });
    expect(byLaw.controlChain).toEqual(['miner', 'state']);
    expect(byLaw.status).toBe('stateOwned');
    // An interest of type other might control: undetermined.
    const other = stateOwnership(withOwnership(holds('state', 'miner', undefined, 'other')));
    expect(other.control).toBe('unknown');
    expect(other.status).toBe('undetermined');
  });

  it('cuts cycles: each chain visits a party once', () => {
    // miner ← holding 50 % ← fund 50 % ← state 100 %: 0.5 × 0.5 × 1 = 25 %; the fund's 10 % back
    // in the holding closes a cycle and is not followed.
    const owned = stateOwnership(
      withOwnership(
        holds('holding', 'miner', { exact: 50 }),
        holds('fund', 'holding', { exact: 50 }),
        holds('holding', 'fund', { exact: 10 }),
        holds('state', 'fund', { exact: 100 }),
      ),
    );
    expect(owned.chains).toEqual([
      { partyIds: ['miner', 'holding', 'fund', 'state'], share: { exact: 25 } },
    ]);
    expect(owned.status).toBe('minority');
  });

  it('honours asOf', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      ownership: [{ ...holds('state', 'miner', { exact: 100 }), end: '2020-12-31' }],
    });
    expect(stateOwnership(dataset, { asOf: '2020-12-31' }).status).toBe('stateOwned');
    expect(stateOwnership(dataset, { asOf: '2021-01-01' }).status).toBe('none');
  });

  it('counts a state body tested itself as the state', () => {
    const dataset = ImpactDatasetSchema.parse({
      ...base,
      company: { ...base.company, entityType: 'stateBody' },
    });
    expect(stateOwnership(dataset).share).toEqual({ exact: 100 });
    expect(stateOwnership(dataset).status).toBe('stateOwned');
  });

  it('stays total on a dense graph: past 10,000 interests the upper bound is 100 %', () => {
    // 14 layers of two companies, each holding 50 % of both companies of the layer below; the
    // state holds 100 % of both companies of the top layer: 2^14 chains, more than the walk takes.
    const organizations = [...(base.organizations ?? [])];
    const ownership: Interest[] = [];
    const layer = (i: number): string[] => (i === 0 ? ['miner'] : [`a${i}`, `b${i}`]);
    for (let i = 1; i <= 14; i++) {
      for (const id of layer(i)) {
        organizations.push({ id, name: id, entityType: 'registeredEntity' });
        for (const below of layer(i - 1)) ownership.push(holds(id, below, { exact: 50 }));
      }
    }
    for (const top of layer(14)) ownership.push(holds('state', top, { exact: 100 }));
    const owned = stateOwnership(ImpactDatasetSchema.parse({ ...base, organizations, ownership }));
    expect('max' in owned.share && owned.share.max).toBe(100);
    expect('min' in owned.share && owned.share.min).toBeLessThan(100);
    expect(owned.status).toBe('undetermined');
  });

  it('finds AzerGold wholly state-owned, and its subsidiary undetermined (share not published)', () => {
    const azergold = stateOwnership(azergoldDataset, { asOf: '2025-11-14' });
    // The Republic holds 100 % from 2015-02-11; the holding's control by decree adds no share.
    expect(azergold.share).toEqual({ exact: 100 });
    expect(azergold.status).toBe('stateOwned');
    const subsidiary = stateOwnership(azergoldDataset, {
      companyId: 'dashkasan-iron-ore' as CompanyId,
    });
    // 100 % × an unstated share = 0 % to 100 %.
    expect(subsidiary.share).toEqual({ min: 0, max: 100 });
    expect(subsidiary.status).toBe('undetermined');
  });
});
