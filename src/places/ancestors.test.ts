import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { type Location, LocationSchema } from '../model/location.js';
import { ancestors } from './ancestors.js';
import { createGazetteer } from './createGazetteer.js';
import { districtOf } from './districtOf.js';
import { economicRegionOf } from './economicRegionOf.js';
import { extendGazetteer } from './extendGazetteer.js';
import { getLocation } from './getLocation.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);
const ids = (locations: readonly Location[]): string[] => locations.map((l) => l.id);

describe('ancestors', () => {
  it('lists the enclosing locations nearest first', () => {
    const g = extendGazetteer(azGazetteer, [
      loc({ id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' }),
    ]);
    expect(ids(ancestors(g, 'vil-chovdar'))).toEqual(['AZ-DAS', 'az-er-ganja-dashkasan', 'AZ']);
    expect(ids(ancestors(g, 'AZ-DAS'))).toEqual(['az-er-ganja-dashkasan', 'AZ']);
    expect(ids(ancestors(g, 'az-district-aghdara'))).toEqual(['az-er-karabakh', 'AZ']);
    expect(ancestors(g, 'AZ')).toEqual([]);
  });

  // Issue 21, fault 9: an alias key closing a cycle made districtOf loop forever.
  it('stops on a cycle closed by an alias key of a gazetteer built by hand', () => {
    const village = loc({ id: 'v', kind: 'village', name: 'V', parentId: 'alias' });
    const town = loc({ id: 't', kind: 'town', name: 'T', parentId: 'alias' });
    const byId = new Map<string, Location>([
      ['v', village],
      ['alias', town],
    ]);
    const handMade = { byId, childrenOf: new Map(), byIso: new Map() } as unknown as Parameters<
      typeof ancestors
    >[0];
    expect(ids(ancestors(handMade, 'v'))).toEqual(['t']);
    expect(ids(ancestors(handMade, 'alias'))).toEqual([]);
    expect(districtOf(handMade, 'v')).toBeUndefined();
    expect(economicRegionOf(handMade, 'v')).toBeUndefined();
  });

  it('is empty for an unknown id or a value that is not a string', () => {
    expect(ancestors(azGazetteer, 'AZ-XYZ')).toEqual([]);
    expect(ancestors(azGazetteer, 7 as unknown as string)).toEqual([]);
  });

  it('stops at a parent the gazetteer does not hold', () => {
    const g = createGazetteer([
      loc({ id: 'v', kind: 'village', name: 'V', parentId: 'd' }),
      loc({ id: 'd', kind: 'district', name: 'D', parentId: 'missing' }),
    ]);
    expect(ids(ancestors(g, 'v'))).toEqual(['d']);
  });

  it('ends on a cyclic parent chain, listing each location once', () => {
    const g = createGazetteer([
      loc({ id: 'a', kind: 'other', name: 'A', parentId: 'b' }),
      loc({ id: 'b', kind: 'other', name: 'B', parentId: 'c' }),
      loc({ id: 'c', kind: 'other', name: 'C', parentId: 'a' }),
      loc({ id: 'self', kind: 'other', name: 'Self', parentId: 'self' }),
      loc({ id: 'tail', kind: 'other', name: 'Tail', parentId: 'b' }),
    ]);
    expect(ids(ancestors(g, 'a'))).toEqual(['b', 'c']);
    expect(ids(ancestors(g, 'tail'))).toEqual(['b', 'c', 'a']);
    expect(ancestors(g, 'self')).toEqual([]);
  });

  it('throws INVALID_ARGUMENT for a value that is not a gazetteer', () => {
    expect(() => ancestors({} as never, 'AZ')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('getLocation', () => {
  it('finds a location by id and nothing else', () => {
    expect(getLocation(azGazetteer, 'AZ-GOY')?.name).toBe('Göyçay');
    expect(getLocation(azGazetteer, 'AZ-GYG')?.name).toBe('Göygöl');
    expect(getLocation(azGazetteer, 'Göygöl')).toBeUndefined();
    expect(getLocation(azGazetteer, 'az-gyg')).toBeUndefined();
    expect(getLocation(azGazetteer, undefined as unknown as string)).toBeUndefined();
  });

  it('throws INVALID_ARGUMENT for a value that is not a gazetteer', () => {
    expect(() => getLocation(undefined as never, 'AZ')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
