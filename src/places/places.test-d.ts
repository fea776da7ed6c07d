import { expectTypeOf, test } from 'vitest';
import type { Location } from '../model/location.js';
import { classifyLocality } from './classifyLocality.js';
import { createGazetteer } from './createGazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { Locality } from './locality.js';
import type { PlaceMatch } from './placeMatch.js';
import { resolvePlace } from './resolvePlace.js';

declare const gazetteer: Gazetteer;
declare const locations: Set<Location>;

test('a gazetteer exposes read-only maps, byId first', () => {
  expectTypeOf(gazetteer.byId).toEqualTypeOf<ReadonlyMap<string, Location>>();
  expectTypeOf(createGazetteer(locations)).toEqualTypeOf<Gazetteer>();
  // The structural view dataset validation relies on.
  expectTypeOf(gazetteer).toExtend<{ readonly byId: ReadonlyMap<string, Location> }>();
  // @ts-expect-error [ts2339] - the maps are read-only
  gazetteer.byId.set('x', {} as Location);
});

test('localities and place matches are closed unions', () => {
  expectTypeOf<Locality>().toEqualTypeOf<'local' | 'nonLocal' | 'unknown'>();
  expectTypeOf(
    classifyLocality({ home: 'a', site: 'b' }, { gazetteer, policy: { kind: 'sameDistrict' } }),
  ).toEqualTypeOf<Locality>();
  expectTypeOf<PlaceMatch['kind']>().toEqualTypeOf<'official' | 'alias' | 'normalized'>();
  expectTypeOf(resolvePlace(gazetteer, 'Bakı')).toEqualTypeOf<PlaceMatch[]>();
});

test('a locality policy is checked at compile time', () => {
  classifyLocality(
    { home: 'a', site: 'b' },
    // @ts-expect-error [ts2322] - km is a number
    { gazetteer, policy: { kind: 'withinKm', km: '50' } },
  );
  // @ts-expect-error [ts2322] - no such policy
  classifyLocality({ home: 'a', site: 'b' }, { gazetteer, policy: { kind: 'nearby' } });
});
