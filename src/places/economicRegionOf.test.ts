import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { LocationSchema } from '../model/location.js';
import { createGazetteer } from './createGazetteer.js';
import { economicRegionOf } from './economicRegionOf.js';
import { extendGazetteer } from './extendGazetteer.js';

describe('economicRegionOf', () => {
  const g = extendGazetteer(azGazetteer, [
    LocationSchema.parse({
      id: 'vil-chovdar',
      kind: 'village',
      name: 'Çovdar',
      parentId: 'AZ-DAS',
    }),
  ]);

  it('finds the region of a village, a district and a first-level city', () => {
    expect(economicRegionOf(g, 'vil-chovdar')?.id).toBe('az-er-ganja-dashkasan');
    expect(economicRegionOf(g, 'AZ-GYG')?.id).toBe('az-er-ganja-dashkasan');
    expect(economicRegionOf(g, 'AZ-GA')?.id).toBe('az-er-ganja-dashkasan');
    expect(economicRegionOf(g, 'AZ-BA')?.id).toBe('az-er-baku');
  });

  it('places Gədəbəy and Şəmkir in Gazakh-Tovuz, not Ganja-Dashkasan', () => {
    expect(economicRegionOf(g, 'AZ-GAD')?.id).toBe('az-er-gazakh-tovuz');
    expect(economicRegionOf(g, 'AZ-SKR')?.id).toBe('az-er-gazakh-tovuz');
  });

  it('places Göyçay in Central Aran and Göygöl in Ganja-Dashkasan', () => {
    expect(economicRegionOf(g, 'AZ-GOY')?.id).toBe('az-er-central-aran');
    expect(economicRegionOf(g, 'AZ-GYG')?.id).toBe('az-er-ganja-dashkasan');
  });

  it('returns a region itself, and nothing for the country or an unknown id', () => {
    expect(economicRegionOf(g, 'az-er-karabakh')?.id).toBe('az-er-karabakh');
    expect(economicRegionOf(g, 'AZ')).toBeUndefined();
    expect(economicRegionOf(g, 'nowhere')).toBeUndefined();
    expect(economicRegionOf(g, {} as unknown as string)).toBeUndefined();
  });

  it('is undefined outside any region', () => {
    const small = createGazetteer([
      LocationSchema.parse({ id: 'd', kind: 'district', name: 'D', parentId: 'd' }),
    ]);
    expect(economicRegionOf(small, 'd')).toBeUndefined();
  });
});
