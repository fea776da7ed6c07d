import { describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { type Location, LocationSchema } from '../model/location.js';
import { createGazetteer } from './createGazetteer.js';
import { extendGazetteer } from './extendGazetteer.js';
import { normalizePlaceName } from './normalizePlaceName.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);

const country = loc({ id: 'AZ', kind: 'country', name: 'Azərbaycan', capitalId: 'AZ-BA' });
const region = loc({
  id: 'az-er-ganja-dashkasan',
  kind: 'economicRegion',
  name: 'Gəncə-Daşkəsən',
  parentId: 'AZ',
});
const dashkasan = loc({
  id: 'AZ-DAS',
  kind: 'district',
  name: 'Daşkəsən',
  names: [
    { value: 'Dashkasan', lang: 'en', kind: 'exonym' },
    { value: 'Dəstəfur', lang: 'az', kind: 'historic' },
  ],
  parentId: 'az-er-ganja-dashkasan',
  iso3166_2: 'AZ-DAS',
});
const goygol = loc({
  id: 'AZ-GYG',
  kind: 'district',
  name: 'Göygöl',
  parentId: 'az-er-ganja-dashkasan',
  iso3166_2: 'AZ-GYG',
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isImpactError(error) ? error.code : 'NOT_AN_IMPACT_ERROR';
  }
  return undefined;
}

describe('createGazetteer', () => {
  it('indexes by id, ISO code, parent and name key, in the order given', () => {
    const g = createGazetteer([country, region, dashkasan, goygol]);
    expect([...g.byId.keys()]).toEqual(['AZ', 'az-er-ganja-dashkasan', 'AZ-DAS', 'AZ-GYG']);
    expect(g.byId.get('AZ-DAS')).toBe(dashkasan);
    expect([...g.byIsoCode.keys()]).toEqual(['AZ-DAS', 'AZ-GYG']);
    expect(g.childrenOf.get('az-er-ganja-dashkasan')).toEqual([dashkasan, goygol]);
    expect(g.childrenOf.get('AZ')).toEqual([region]);
    expect(g.childrenOf.has('AZ-DAS')).toBe(false);
    expect(g.byNameKey.get('daskasan')).toEqual([
      { location: dashkasan, name: 'Daşkəsən', official: true },
      { location: dashkasan, name: 'Dashkasan', official: false },
    ]);
    expect(g.byNameKey.get(normalizePlaceName('Dəstəfur'))).toEqual([
      { location: dashkasan, name: 'Dəstəfur', official: false },
    ]);
    // 'Gəncə-Daşkəsən' → 'ganca daskasan'
    expect(g.byNameKey.get('ganca daskasan')?.[0]?.location).toBe(region);
  });

  it('accepts any iterable, children before parents, and a missing parent', () => {
    const g = createGazetteer(new Set([goygol, dashkasan]));
    expect(g.byId.size).toBe(2);
    expect(g.childrenOf.get('az-er-ganja-dashkasan')).toEqual([goygol, dashkasan]);
  });

  it('counts a names entry of kind official as official, and lists a repeated name once', () => {
    const region2 = loc({
      id: 'r',
      kind: 'economicRegion',
      name: 'Gəncə-Daşkəsən',
      names: [
        { value: 'Gəncə–Daşkəsən', lang: 'az', kind: 'official' },
        { value: 'Gəncə-Daşkəsən', lang: 'az', kind: 'variant' },
      ],
    });
    expect(createGazetteer([region2]).byNameKey.get('ganca daskasan')).toEqual([
      { location: region2, name: 'Gəncə-Daşkəsən', official: true },
      { location: region2, name: 'Gəncə–Daşkəsən', official: true },
    ]);
  });

  it('builds an empty gazetteer from no locations', () => {
    const g = createGazetteer([]);
    expect(g.byId.size + g.byIsoCode.size + g.childrenOf.size + g.byNameKey.size).toBe(0);
  });

  it('is frozen and leaves its input unchanged', () => {
    const input = [country, region, dashkasan];
    const before = JSON.parse(JSON.stringify(input));
    const g = createGazetteer(input);
    expect(Object.isFrozen(g)).toBe(true);
    expect(input).toEqual(before);
    expect(Object.isFrozen(dashkasan)).toBe(false);
  });

  it('throws DUPLICATE_LOCATION for a repeated id or ISO 3166-2 code', () => {
    expect(codeOf(() => createGazetteer([dashkasan, dashkasan]))).toBe('DUPLICATE_LOCATION');
    const twin = loc({ id: 'das-2', kind: 'district', name: 'Daşkəsən 2', iso3166_2: 'AZ-DAS' });
    expect(() => createGazetteer([dashkasan, twin])).toThrow(
      '[mining-impact] Two locations of a gazetteer share an id or an ISO 3166-2 code: ISO 3166-2 code AZ-DAS of "das-2" and "AZ-DAS"',
    );
  });

  it('throws INVALID_LOCATION, naming the location and the field, for a malformed location', () => {
    expect(() =>
      createGazetteer([{ id: 'AZ-X', kind: 'district', name: '' } as unknown as Location]),
    ).toThrow('The location does not match the Location schema: location "AZ-X" at name: ');
    expect(codeOf(() => createGazetteer([{ id: 'AZ-X', kind: 'rayon', name: 'X' } as never]))).toBe(
      'INVALID_LOCATION',
    );
    expect(() => createGazetteer([country, null as unknown as Location])).toThrow(
      'location #1 at (root): ',
    );
    expect(codeOf(() => createGazetteer([{ id: 'a b', kind: 'other', name: 'x' } as never]))).toBe(
      'INVALID_LOCATION',
    );
  });

  it('throws INVALID_ARGUMENT when the locations are not iterable', () => {
    for (const value of [null, undefined, 42, 'AZ-DAS', {}]) {
      expect(codeOf(() => createGazetteer(value as unknown as Location[]))).toBe(
        'INVALID_ARGUMENT',
      );
    }
  });

  it('does not pollute prototypes through ids or names', () => {
    const proto = loc({ id: '__proto__', kind: 'other', name: '__proto__' });
    const ctor = loc({
      id: 'constructor',
      kind: 'other',
      name: 'constructor',
      parentId: '__proto__',
    });
    const g = createGazetteer([proto, ctor]);
    expect(g.byId.get('__proto__')).toBe(proto);
    expect(g.childrenOf.get('__proto__')).toEqual([ctor]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });
});

describe('extendGazetteer', () => {
  const village = loc({ id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' });

  it('adds a dataset’s villages after the base locations, leaving the base unchanged', () => {
    const size = azGazetteer.byId.size;
    const g = extendGazetteer(azGazetteer, [village]);
    expect(g.byId.size).toBe(size + 1);
    expect([...g.byId.keys()].at(-1)).toBe('vil-chovdar');
    expect(g.childrenOf.get('AZ-DAS')).toEqual([village]);
    expect(g.byNameKey.get('covdar')?.[0]?.location).toBe(village);
    expect(g.byIsoCode.get('AZ-GYG')).toBe(azGazetteer.byIsoCode.get('AZ-GYG'));
    expect(azGazetteer.byId.size).toBe(size);
    expect(azGazetteer.byId.has('vil-chovdar')).toBe(false);
    expect(azGazetteer.childrenOf.has('AZ-DAS')).toBe(false);
  });

  it('extends an extension', () => {
    const hamlet = loc({ id: 'hamlet', kind: 'other', name: 'Hamlet', parentId: 'vil-chovdar' });
    const g = extendGazetteer(extendGazetteer(azGazetteer, [village]), [hamlet]);
    expect(g.byId.get('hamlet')?.parentId).toBe('vil-chovdar');
  });

  it('throws DUPLICATE_LOCATION for an id or ISO code already in the base, or added twice', () => {
    const rival = loc({ id: 'AZ-DAS', kind: 'village', name: 'Daşkəsən' });
    expect(codeOf(() => extendGazetteer(azGazetteer, [rival]))).toBe('DUPLICATE_LOCATION');
    const coded = loc({ id: 'x', kind: 'district', name: 'X', iso3166_2: 'AZ-GOY' });
    expect(codeOf(() => extendGazetteer(azGazetteer, [coded]))).toBe('DUPLICATE_LOCATION');
    expect(codeOf(() => extendGazetteer(azGazetteer, [village, village]))).toBe(
      'DUPLICATE_LOCATION',
    );
  });

  it('checks the added locations and the base', () => {
    expect(codeOf(() => extendGazetteer(azGazetteer, [{ id: 'v' } as never]))).toBe(
      'INVALID_LOCATION',
    );
    expect(codeOf(() => extendGazetteer({} as never, [village]))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => extendGazetteer(null as never, [village]))).toBe('INVALID_ARGUMENT');
  });
});
