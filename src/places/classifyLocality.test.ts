import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../data/az/azGazetteer.js';
import { greatReturnRegionIds } from '../data/az/greatReturnRegionIds.js';
import { liberatedTerritoryIds } from '../data/az/liberatedTerritoryIds.js';
import type { GeoPoint } from '../model/geoPoint.js';
import type { LocalityPolicy } from '../model/localityPolicy.js';
import { type Location, LocationSchema } from '../model/location.js';
import { classifyLocality } from './classifyLocality.js';
import { createGazetteer } from './createGazetteer.js';
import { distanceKm } from './distanceKm.js';
import { extendGazetteer } from './extendGazetteer.js';

const loc = (input: Record<string, unknown>): Location => LocationSchema.parse(input);

// The dataset's own places: two villages of Daşkəsən named in the reference company's CSR
// reports, a settlement of Bakı, and two fixture places with points 0.45° of latitude apart.
const g = extendGazetteer(azGazetteer, [
  loc({ id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' }),
  loc({ id: 'vil-yukhari', kind: 'village', name: 'Yuxarı Daşkəsən', parentId: 'AZ-DAS' }),
  loc({ id: 'set-baku', kind: 'town', name: 'Bakı settlement (fixture)', parentId: 'AZ-BA' }),
  loc({
    id: 'fixture-home',
    kind: 'village',
    name: 'Home (fixture)',
    parentId: 'AZ-DAS',
    point: { type: 'Point', coordinates: [46, 40.5] },
  }),
  loc({
    id: 'fixture-site',
    kind: 'other',
    name: 'Site (fixture)',
    parentId: 'AZ-GYG',
    point: { type: 'Point', coordinates: [46, 40.95] },
  }),
  loc({
    id: 'fixture-site-2',
    kind: 'other',
    name: 'Second site (fixture)',
    parentId: 'AZ-DAS',
    point: { type: 'Point', coordinates: [46, 40.5] },
  }),
]);

const sameDistrict: LocalityPolicy = { kind: 'sameDistrict' };
const sameRegion: LocalityPolicy = { kind: 'sameEconomicRegion' };
const fromTheRegions = { kind: 'outsideCapital', capitalIds: [] } as unknown as LocalityPolicy;
const listed = (...ids: string[]): LocalityPolicy =>
  ({ kind: 'listedLocations', locationIds: ids }) as unknown as LocalityPolicy;
const withinKm = (km: number): LocalityPolicy => ({ kind: 'withinKm', km });

describe('classifyLocality: sameDistrict', () => {
  it('counts a village in Daşkəsən as local to a site in Daşkəsən', () => {
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-DAS' },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('local');
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'vil-yukhari' },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('local');
  });

  it('counts Göygöl as non-local to a site in Göyçay, and Göygöl to Daşkəsən', () => {
    expect(
      classifyLocality({ home: 'AZ-GYG', site: 'AZ-GOY' }, { gazetteer: g, policy: sameDistrict }),
    ).toBe('nonLocal');
    expect(
      classifyLocality(
        { home: 'AZ-GYG', site: 'vil-chovdar' },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('nonLocal');
  });

  it('keeps the city of Şəki apart from the district of Şəki', () => {
    expect(
      classifyLocality({ home: 'AZ-SA', site: 'AZ-SAK' }, { gazetteer: g, policy: sameDistrict }),
    ).toBe('nonLocal');
  });

  it('is unknown for a home above the district level or an id the gazetteer lacks', () => {
    expect(
      classifyLocality(
        { home: 'az-er-ganja-dashkasan', site: 'AZ-DAS' },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('unknown');
    expect(
      classifyLocality({ home: 'vil-chovdar', site: 'AZ' }, { gazetteer: g, policy: sameDistrict }),
    ).toBe('unknown');
    expect(
      classifyLocality(
        { home: 'vil-nowhere', site: 'AZ-DAS' },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('unknown');
  });
});

describe('classifyLocality: sameEconomicRegion', () => {
  it('counts Göygöl as local to Daşkəsən (Ganja-Dashkasan) and not to Göyçay (Central Aran)', () => {
    expect(
      classifyLocality(
        { home: 'AZ-GYG', site: 'vil-chovdar' },
        { gazetteer: g, policy: sameRegion },
      ),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-GYG', site: 'AZ-GOY' }, { gazetteer: g, policy: sameRegion }),
    ).toBe('nonLocal');
  });

  it('counts Gədəbəy as non-local to Daşkəsən since the 2021 reform', () => {
    expect(
      classifyLocality({ home: 'AZ-GAD', site: 'AZ-DAS' }, { gazetteer: g, policy: sameRegion }),
    ).toBe('nonLocal');
    expect(
      classifyLocality(
        { home: 'AZ-GA', site: 'vil-chovdar' },
        { gazetteer: g, policy: sameRegion },
      ),
    ).toBe('local');
  });

  it('is unknown for a home recorded only as the country', () => {
    expect(
      classifyLocality({ home: 'AZ', site: 'AZ-DAS' }, { gazetteer: g, policy: sameRegion }),
    ).toBe('unknown');
  });
});

describe('classifyLocality: withinKm', () => {
  // fixture-home [46, 40.5] to fixture-site [46, 40.95]: 0.45° along a meridian,
  // 6371.0088 × 0.45 × π / 180 = 50.038 km.
  it('compares the great-circle distance with the limit', () => {
    expect(
      classifyLocality(
        { home: 'fixture-home', site: 'fixture-site' },
        { gazetteer: g, policy: withinKm(51) },
      ),
    ).toBe('local');
    expect(
      classifyLocality(
        { home: 'fixture-home', site: 'fixture-site' },
        { gazetteer: g, policy: withinKm(50) },
      ),
    ).toBe('nonLocal');
  });

  it('counts a distance equal to the limit as local', () => {
    const home = g.byId.get('fixture-home')?.point;
    const site = g.byId.get('fixture-site')?.point;
    const exact = distanceKm(home as GeoPoint, site as GeoPoint);
    expect(
      classifyLocality(
        { home: 'fixture-home', site: 'fixture-site' },
        { gazetteer: g, policy: withinKm(exact) },
      ),
    ).toBe('local');
    // A site at the home's own point: 0 km.
    expect(
      classifyLocality(
        { home: 'fixture-home', site: 'fixture-site-2' },
        { gazetteer: g, policy: withinKm(0.001) },
      ),
    ).toBe('local');
  });

  it('is unknown, never non-local, when a point is missing', () => {
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'fixture-site' },
        { gazetteer: g, policy: withinKm(50) },
      ),
    ).toBe('unknown');
    expect(
      classifyLocality(
        { home: 'fixture-home', site: 'AZ-DAS' },
        { gazetteer: g, policy: withinKm(50) },
      ),
    ).toBe('unknown');
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-DAS' },
        { gazetteer: g, policy: withinKm(10_000) },
      ),
    ).toBe('unknown');
  });
});

describe('classifyLocality: listedLocations', () => {
  const csrDistricts = listed('AZ-DAS', 'AZ-GYG');

  it('counts homes in or under a listed location as local', () => {
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-DAS' },
        { gazetteer: g, policy: csrDistricts },
      ),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-GYG', site: 'AZ-DAS' }, { gazetteer: g, policy: csrDistricts }),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-GOY', site: 'AZ-DAS' }, { gazetteer: g, policy: csrDistricts }),
    ).toBe('nonLocal');
  });

  it('is unknown for a home that encloses a listed location', () => {
    expect(
      classifyLocality(
        { home: 'az-er-ganja-dashkasan', site: 'AZ-DAS' },
        { gazetteer: g, policy: csrDistricts },
      ),
    ).toBe('unknown');
    expect(
      classifyLocality({ home: 'AZ', site: 'AZ-DAS' }, { gazetteer: g, policy: csrDistricts }),
    ).toBe('unknown');
  });

  it('is unknown outside the known listed locations when one is not in the gazetteer', () => {
    const withTypo = listed('AZ-DAS', 'AZ-DASH');
    expect(
      classifyLocality({ home: 'vil-chovdar', site: 'AZ-DAS' }, { gazetteer: g, policy: withTypo }),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-GOY', site: 'AZ-DAS' }, { gazetteer: g, policy: withTypo }),
    ).toBe('unknown');
  });

  it('tells the Great Return regions from the liberated territories', () => {
    const greatReturn = listed(...greatReturnRegionIds);
    const liberated = listed(...liberatedTerritoryIds);
    expect(
      classifyLocality({ home: 'AZ-KAL', site: 'AZ-KAL' }, { gazetteer: g, policy: greatReturn }),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-KAL', site: 'AZ-KAL' }, { gazetteer: g, policy: liberated }),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-BAR', site: 'AZ-KAL' }, { gazetteer: g, policy: greatReturn }),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-BAR', site: 'AZ-KAL' }, { gazetteer: g, policy: liberated }),
    ).toBe('nonLocal');
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-KAL' },
        { gazetteer: g, policy: greatReturn },
      ),
    ).toBe('nonLocal');
  });
});

describe('classifyLocality: outsideCapital', () => {
  it('counts a Baku employee as non-local ("not from the regions")', () => {
    expect(
      classifyLocality({ home: 'AZ-BA', site: 'AZ-DAS' }, { gazetteer: g, policy: fromTheRegions }),
    ).toBe('nonLocal');
    expect(
      classifyLocality(
        { home: 'set-baku', site: 'AZ-DAS' },
        { gazetteer: g, policy: fromTheRegions },
      ),
    ).toBe('nonLocal');
  });

  it('counts homes outside Bakı as local, Sumqayıt and Abşeron included', () => {
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-DAS' },
        { gazetteer: g, policy: fromTheRegions },
      ),
    ).toBe('local');
    expect(
      classifyLocality({ home: 'AZ-SM', site: 'AZ-DAS' }, { gazetteer: g, policy: fromTheRegions }),
    ).toBe('local');
    expect(
      classifyLocality(
        { home: 'AZ-ABS', site: 'AZ-DAS' },
        { gazetteer: g, policy: fromTheRegions },
      ),
    ).toBe('local');
  });

  it('takes explicit capital locations instead of the gazetteer capital', () => {
    const capitalArea = {
      kind: 'outsideCapital',
      capitalIds: ['AZ-BA', 'AZ-SM', 'AZ-ABS'],
    } as unknown as LocalityPolicy;
    expect(
      classifyLocality({ home: 'AZ-SM', site: 'AZ-DAS' }, { gazetteer: g, policy: capitalArea }),
    ).toBe('nonLocal');
    expect(
      classifyLocality({ home: 'AZ-ABS', site: 'AZ-DAS' }, { gazetteer: g, policy: capitalArea }),
    ).toBe('nonLocal');
    expect(
      classifyLocality({ home: 'AZ-DAS', site: 'AZ-DAS' }, { gazetteer: g, policy: capitalArea }),
    ).toBe('local');
  });

  it('is unknown for a home that contains the capital, or without a capital', () => {
    // The Baku economic region and the country both contain Bakı: the home may or may not be in it.
    expect(
      classifyLocality(
        { home: 'az-er-baku', site: 'AZ-DAS' },
        { gazetteer: g, policy: fromTheRegions },
      ),
    ).toBe('unknown');
    expect(
      classifyLocality({ home: 'AZ', site: 'AZ-DAS' }, { gazetteer: g, policy: fromTheRegions }),
    ).toBe('unknown');
    const noCapital = createGazetteer([
      loc({ id: 'd', kind: 'district', name: 'D' }),
      loc({ id: 'v', kind: 'village', name: 'V', parentId: 'd' }),
    ]);
    expect(
      classifyLocality({ home: 'v', site: 'd' }, { gazetteer: noCapital, policy: fromTheRegions }),
    ).toBe('unknown');
  });

  it('is unknown when the site is not in the gazetteer', () => {
    expect(
      classifyLocality(
        { home: 'vil-chovdar', site: 'site-nowhere' },
        { gazetteer: g, policy: fromTheRegions },
      ),
    ).toBe('unknown');
  });
});

describe('classifyLocality: contract', () => {
  it.each([
    [{ kind: 'nearby' }],
    [{ kind: 'withinKm', km: 0 }],
    [{ kind: 'withinKm', km: -5 }],
    [{ kind: 'withinKm', km: Number.NaN }],
    [{ kind: 'withinKm', km: '50' }],
    [{ kind: 'withinKm' }],
    [{ kind: 'listedLocations', locationIds: [] }],
    [{ kind: 'listedLocations', locationIds: 'AZ-DAS' }],
    [{ kind: 'outsideCapital' }],
    [null],
    ['sameDistrict'],
  ])('throws INVALID_ARGUMENT for the policy %j', (policy) => {
    expect(() =>
      classifyLocality(
        { home: 'vil-chovdar', site: 'AZ-DAS' },
        { gazetteer: g, policy: policy as unknown as LocalityPolicy },
      ),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('answers unknown for a site id that is not a string', () => {
    expect(
      classifyLocality(
        { home: 'AZ-DAS', site: 42 as unknown as string },
        { gazetteer: g, policy: sameDistrict },
      ),
    ).toBe('unknown');
  });

  it('throws INVALID_ARGUMENT for a value that is not a gazetteer', () => {
    expect(() =>
      classifyLocality({ home: 'a', site: 'b' }, { gazetteer: [] as never, policy: sameDistrict }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('classifyLocality properties', () => {
  const policies = fc.constantFrom<LocalityPolicy>(
    sameDistrict,
    sameRegion,
    withinKm(50),
    listed('AZ-DAS'),
    fromTheRegions,
  );
  const knownIds = fc.constantFrom(...g.byId.keys());

  test.prop([fc.string(), fc.string(), policies])(
    'never throws for unknown ids, and answers unknown for them',
    (home, site, policy) => {
      const answer = classifyLocality({ home: home, site: site }, { gazetteer: g, policy: policy });
      if (!g.byId.has(home) || !g.byId.has(site)) expect(answer).toBe('unknown');
    },
  );

  test.prop([fc.anything(), knownIds, policies])(
    'never throws for ids that are not strings',
    (home, site, policy) => {
      expect(
        classifyLocality({ home: home as string, site: site }, { gazetteer: g, policy: policy }),
      ).toBe(
        typeof home === 'string' && g.byId.has(home)
          ? classifyLocality({ home: home, site: site }, { gazetteer: g, policy: policy })
          : 'unknown',
      );
    },
  );

  test.prop([
    knownIds,
    knownIds,
    fc.constantFrom<LocalityPolicy>(sameDistrict, sameRegion, withinKm(50)),
  ])('is symmetric for the policies that compare home and site alike', (a, b, policy) => {
    expect(classifyLocality({ home: a, site: b }, { gazetteer: g, policy: policy })).toBe(
      classifyLocality({ home: b, site: a }, { gazetteer: g, policy: policy }),
    );
  });

  test.prop([knownIds])('classifies a village like its district under sameDistrict', (site) => {
    expect(
      classifyLocality({ home: 'vil-chovdar', site: site }, { gazetteer: g, policy: sameDistrict }),
    ).toBe(
      classifyLocality({ home: 'AZ-DAS', site: site }, { gazetteer: g, policy: sameDistrict }),
    );
  });
});
