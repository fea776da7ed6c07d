import { describe, expect, it } from 'vitest';
import { kyrgyzLocations, maliLocations } from '../../test/fixtures/genericPlaces.js';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { LocationSchema } from '../model/location.js';
import { capitalOf } from './capitalOf.js';
import { classifyLocality } from './classifyLocality.js';
import { createGazetteer } from './createGazetteer.js';
import { districtOf } from './districtOf.js';
import { economicRegionOf } from './economicRegionOf.js';
import { extendGazetteer } from './extendGazetteer.js';

const mali = createGazetteer(maliLocations);
const kyrgyzstan = createGazetteer(kyrgyzLocations);
const district = (g: typeof mali, id: string) => districtOf(g, id)?.id;
const region = (g: typeof mali, id: string) => economicRegionOf(g, id)?.id;

describe('generic administrative levels', () => {
  it('accepts adminLevel1 and adminLevel2 as location kinds', () => {
    expect(LocationSchema.shape.kind.options).toContain('adminLevel1');
    expect(LocationSchema.shape.kind.options).toContain('adminLevel2');
  });

  it('places a Malian village in its cercle and its region', () => {
    // Faléa (village) → Faléa (commune, other) → Kéniéba (cercle) → Kayes (region) → Mali.
    expect(district(mali, 'ml-falea')).toBe('ml-cercle-kenieba');
    expect(district(mali, 'ml-commune-falea')).toBe('ml-cercle-kenieba');
    expect(district(mali, 'ml-kenieba')).toBe('ml-cercle-kenieba');
    expect(district(mali, 'ml-cercle-kenieba')).toBe('ml-cercle-kenieba');
    expect(region(mali, 'ml-falea')).toBe('ML-1');
    expect(region(mali, 'ml-cercle-kenieba')).toBe('ML-1');
    expect(region(mali, 'ML-1')).toBe('ML-1');
  });

  it('gives no district above the second level, and the capital district-level', () => {
    expect(district(mali, 'ML-1')).toBeUndefined();
    expect(district(mali, 'ML')).toBeUndefined();
    expect(district(mali, 'ML-BKO')).toBe('ML-BKO');
    expect(region(mali, 'ML-BKO')).toBeUndefined();
    expect(region(mali, 'ML')).toBeUndefined();
  });

  it('places a Kyrgyz village in its district and oblast, and a city of an oblast as a district', () => {
    expect(district(kyrgyzstan, 'kg-barskoon')).toBe('kg-jeti-oguz');
    expect(region(kyrgyzstan, 'kg-barskoon')).toBe('KG-Y');
    expect(district(kyrgyzstan, 'kg-karakol')).toBe('kg-karakol');
    expect(region(kyrgyzstan, 'kg-karakol')).toBe('KG-Y');
    expect(district(kyrgyzstan, 'KG-GB')).toBe('KG-GB');
    expect(district(kyrgyzstan, 'KG-C')).toBeUndefined();
  });

  it('prefers an economic region to a first-level division in the same chain', () => {
    const g = createGazetteer(
      [
        { id: 'X', kind: 'country', name: 'X' },
        { id: 'x-er', kind: 'economicRegion', name: 'Statistical region', parentId: 'X' },
        { id: 'x-prov', kind: 'adminLevel1', name: 'Province', parentId: 'x-er' },
        { id: 'x-dist', kind: 'district', name: 'District', parentId: 'x-prov' },
      ].map((location) => LocationSchema.parse(location)),
    );
    expect(region(g, 'x-dist')).toBe('x-er');
    expect(region(g, 'x-prov')).toBe('x-er');
    expect(district(g, 'x-dist')).toBe('x-dist');
  });

  it('compares cercles under sameDistrict and regions under sameEconomicRegion', () => {
    const local = (home: string, kind: 'sameDistrict' | 'sameEconomicRegion') =>
      classifyLocality({ home, site: 'ml-kenieba' }, { gazetteer: mali, policy: { kind } });
    expect(local('ml-falea', 'sameDistrict')).toBe('local');
    expect(local('ml-sadiola', 'sameDistrict')).toBe('nonLocal');
    expect(local('ml-sadiola', 'sameEconomicRegion')).toBe('local');
    expect(local('ML-BKO', 'sameEconomicRegion')).toBe('unknown');
    // A home recorded only as the region is above the level sameDistrict compares.
    expect(local('ML-1', 'sameDistrict')).toBe('unknown');
  });

  it("takes the capital of the site's own country, never Baku for a Kyrgyz site", () => {
    const both = extendGazetteer(azGazetteer, kyrgyzLocations);
    // The first country of the gazetteer is Azerbaijan, whose capital is Bakı …
    expect(capitalOf(both)?.id).toBe('AZ-BA');
    // … but a Kyrgyz place lies in Kyrgyzstan, whose capital is Bishkek.
    expect(capitalOf(both, 'kg-barskoon')?.id).toBe('KG-GB');
    expect(capitalOf(both, 'KG')?.id).toBe('KG-GB');
    expect(capitalOf(both, 'AZ-DAS')?.id).toBe('AZ-BA');
    expect(capitalOf(both, 'nowhere')).toBeUndefined();
    const policy = { kind: 'outsideCapital', capitalIds: [] } as const;
    const fromRegions = (home: string, site: string) =>
      classifyLocality({ home, site }, { gazetteer: both, policy });
    expect(fromRegions('KG-GB', 'kg-barskoon')).toBe('nonLocal');
    expect(fromRegions('kg-barskoon', 'kg-barskoon')).toBe('local');
    expect(fromRegions('AZ-BA', 'AZ-DAS')).toBe('nonLocal');
  });

  it("is unknown when the site's country records no capital, whatever other countries record", () => {
    const g = extendGazetteer(
      azGazetteer,
      [
        { id: 'YY', kind: 'country', name: 'Y' },
        { id: 'yy-v', kind: 'village', name: 'V', parentId: 'YY' },
      ].map((location) => LocationSchema.parse(location)),
    );
    expect(capitalOf(g, 'yy-v')).toBeUndefined();
    expect(
      classifyLocality(
        { home: 'yy-v', site: 'yy-v' },
        { gazetteer: g, policy: { kind: 'outsideCapital', capitalIds: [] } },
      ),
    ).toBe('unknown');
  });
});
