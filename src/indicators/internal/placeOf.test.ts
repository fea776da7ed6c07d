import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { isInOrUnder } from './isInOrUnder.js';
import { byPlaceKey, placeOf } from './placeOf.js';

describe('placeOf', () => {
  it('gives the region and district of a district, a region, the country and an unknown id', () => {
    const district = placeOf(azGazetteer, 'AZ-DAS');
    expect([district.region?.id, district.district?.id, district.known]).toEqual([
      'az-er-ganja-dashkasan',
      'AZ-DAS',
      true,
    ]);
    const region = placeOf(azGazetteer, 'az-er-karabakh');
    expect([region.region?.id, region.district, region.known]).toEqual([
      'az-er-karabakh',
      undefined,
      true,
    ]);
    const country = placeOf(azGazetteer, 'AZ');
    expect([country.region, country.district, country.known]).toEqual([undefined, undefined, true]);
    const unknown = placeOf(azGazetteer, 'AZ-XYZ');
    expect([unknown.region, unknown.district, unknown.known]).toEqual([
      undefined,
      undefined,
      false,
    ]);
  });
});

describe('byPlaceKey', () => {
  it('sorts keys ascending with unknown last', () => {
    expect(['unknown', 'b', 'a', 'unknown', 'c'].sort(byPlaceKey)).toEqual([
      'a',
      'b',
      'c',
      'unknown',
      'unknown',
    ]);
    expect(byPlaceKey('a', 'a')).toBe(0);
  });
});

describe('isInOrUnder', () => {
  it('is true for a listed area and what lies under it, false otherwise', () => {
    const areas = new Set(['az-er-eastern-zangazur', 'AZ-XYZ']);
    expect(isInOrUnder(azGazetteer, 'AZ-KAL', areas)).toBe(true);
    expect(isInOrUnder(azGazetteer, 'az-er-eastern-zangazur', areas)).toBe(true);
    expect(isInOrUnder(azGazetteer, 'AZ-XYZ', areas)).toBe(true);
    expect(isInOrUnder(azGazetteer, 'AZ-DAS', areas)).toBe(false);
    expect(isInOrUnder(azGazetteer, 'AZ', areas)).toBe(false);
    expect(isInOrUnder(azGazetteer, 'AZ-NOWHERE', areas)).toBe(false);
  });
});
