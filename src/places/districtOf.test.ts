import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { type Location, LocationSchema } from '../model/location.js';
import { createGazetteer } from './createGazetteer.js';
import { districtOf } from './districtOf.js';
import { extendGazetteer } from './extendGazetteer.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);

const g = extendGazetteer(azGazetteer, [
  loc({ id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' }),
  loc({ id: 'city-dashkasan', kind: 'city', name: 'Daşkəsən', parentId: 'AZ-DAS' }),
  loc({ id: 'town-in-city', kind: 'town', name: 'Qəsəbə', parentId: 'city-dashkasan' }),
  loc({ id: 'vil-naftalan', kind: 'village', name: 'Kənd', parentId: 'AZ-NA' }),
  loc({ id: 'site-area', kind: 'other', name: 'Area', parentId: 'vil-chovdar' }),
]);

describe('districtOf', () => {
  it('resolves a village, a town and a district centre to their district', () => {
    expect(districtOf(g, 'vil-chovdar')?.id).toBe('AZ-DAS');
    expect(districtOf(g, 'city-dashkasan')?.id).toBe('AZ-DAS');
    expect(districtOf(g, 'town-in-city')?.id).toBe('AZ-DAS');
    expect(districtOf(g, 'site-area')?.id).toBe('AZ-DAS');
  });

  it('resolves a district or first-level city to itself', () => {
    expect(districtOf(g, 'AZ-DAS')?.id).toBe('AZ-DAS');
    expect(districtOf(g, 'AZ-NA')?.id).toBe('AZ-NA');
    expect(districtOf(g, 'AZ-BA')?.id).toBe('AZ-BA');
    expect(districtOf(g, 'az-district-aghdara')?.id).toBe('az-district-aghdara');
  });

  it('resolves a village of a first-level city to the city', () => {
    expect(districtOf(g, 'vil-naftalan')?.id).toBe('AZ-NA');
  });

  it('keeps the city and the district of the same name apart', () => {
    expect(districtOf(g, 'AZ-SA')?.id).toBe('AZ-SA');
    expect(districtOf(g, 'AZ-SAK')?.id).toBe('AZ-SAK');
  });

  it('is undefined for a region, the country and an unknown id', () => {
    expect(districtOf(g, 'az-er-ganja-dashkasan')).toBeUndefined();
    expect(districtOf(g, 'AZ')).toBeUndefined();
    expect(districtOf(g, 'nowhere')).toBeUndefined();
    expect(districtOf(g, null as unknown as string)).toBeUndefined();
  });

  it('treats a city without a parent as first-level, and a chain with no district as none', () => {
    const small = createGazetteer([
      loc({ id: 'c', kind: 'city', name: 'C' }),
      loc({ id: 'v', kind: 'village', name: 'V', parentId: 'orphan-city' }),
      loc({ id: 'orphan-city', kind: 'city', name: 'O', parentId: 'missing' }),
      loc({ id: 'loop', kind: 'village', name: 'L', parentId: 'loop' }),
    ]);
    expect(districtOf(small, 'c')?.id).toBe('c');
    expect(districtOf(small, 'v')).toBeUndefined();
    expect(districtOf(small, 'loop')).toBeUndefined();
  });
});
