import { describe, expect, it } from 'vitest';
import { economicRegionOf } from '../../places/economicRegionOf.js';
import { azGazetteer } from './azGazetteer.js';
import { azLiberatedTerritories } from './azLiberatedTerritories.js';
import { azSources } from './azSources.js';
import { greatReturnRegionIds } from './greatReturnRegionIds.js';
import { liberatedTerritoryIds } from './liberatedTerritoryIds.js';

describe('greatReturnRegionIds', () => {
  it('names the Karabakh and East Zangezur economic regions', () => {
    expect(greatReturnRegionIds).toEqual(['az-er-karabakh', 'az-er-eastern-zangazur']);
    for (const id of greatReturnRegionIds) {
      expect(azGazetteer.byId.get(id)?.kind).toBe('economicRegion');
    }
    expect(azGazetteer.byId.get('az-er-karabakh')?.name).toBe('Qarabağ');
    expect(Object.isFrozen(greatReturnRegionIds)).toBe(true);
  });
});

describe('liberatedTerritoryIds', () => {
  it('lists the twelve districts and cities the sources name, each once', () => {
    expect([...liberatedTerritoryIds].sort()).toEqual(
      [
        'AZ-CAB',
        'AZ-KAL',
        'AZ-QBI',
        'AZ-LAC',
        'AZ-ZAN',
        'AZ-FUZ',
        'AZ-SUS',
        'AZ-AGM',
        'AZ-XCI',
        'AZ-XVD',
        'AZ-XA',
        'az-district-aghdara',
      ].sort(),
    );
    expect(new Set(liberatedTerritoryIds).size).toBe(liberatedTerritoryIds.length);
    expect(liberatedTerritoryIds).toEqual(azLiberatedTerritories.map((t) => t.locationId));
  });

  it('includes every district of East Zangezur', () => {
    for (const member of azGazetteer.childrenOf.get('az-er-eastern-zangazur') ?? []) {
      expect(liberatedTerritoryIds).toContain(member.id);
    }
  });

  it('leaves out Bərdə, Tərtər and Ağcabədi, though they lie in the Karabakh region', () => {
    for (const id of ['AZ-BAR', 'AZ-TAR', 'AZ-AGC']) {
      expect(economicRegionOf(azGazetteer, id)?.id).toBe('az-er-karabakh');
      expect(liberatedTerritoryIds).not.toContain(id);
    }
  });

  it('lies within the Great Return regions', () => {
    for (const id of liberatedTerritoryIds) {
      const region = economicRegionOf(azGazetteer, id)?.id ?? '';
      expect(greatReturnRegionIds as readonly string[]).toContain(region);
      expect(['district', 'city']).toContain(azGazetteer.byId.get(id)?.kind);
    }
  });
});

describe('azLiberatedTerritories', () => {
  it('cites a source of azSources for every entry, with years and a note', () => {
    const sourceIds = new Set(azSources.map((s) => s.id));
    for (const entry of azLiberatedTerritories) {
      expect(entry.sourceIds.length).toBeGreaterThan(0);
      for (const id of entry.sourceIds) expect(sourceIds.has(id), id).toBe(true);
      expect(entry.years.length).toBeGreaterThan(0);
      expect(entry.note.length).toBeGreaterThan(10);
    }
  });

  it('dates Şuşa to 2020 and Xankəndi to 2023', () => {
    const yearsOf = (id: string) => azLiberatedTerritories.find((t) => t.locationId === id)?.years;
    expect(yearsOf('AZ-SUS')).toEqual([2020]);
    expect(yearsOf('AZ-XA')).toEqual([2023]);
    expect(yearsOf('AZ-XVD')).toEqual([2020, 2023]);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(azLiberatedTerritories)).toBe(true);
    expect(Object.isFrozen(azLiberatedTerritories[0]?.sourceIds)).toBe(true);
    expect(Object.isFrozen(liberatedTerritoryIds)).toBe(true);
  });
});
