import { describe, expect, it } from 'vitest';
import { ISO_3166_2_PATTERN, LocationSchema } from '../../model/location.js';
import { capitalOf } from '../../places/capitalOf.js';
import { azGazetteer } from './azGazetteer.js';
import { azLocations } from './azLocations.js';
import { azSources } from './azSources.js';

const membersOf = (regionId: string): string[] =>
  (azGazetteer.childrenOf.get(regionId) ?? []).map((location) => location.id);
const byId = (id: string) => azGazetteer.byId.get(id);

// Decree No. 1386 of 7 July 2021, paragraph 1, with ISO 3166-2 codes (data-standards §6) and
// Ağdərə (Law No. 1043-VIQ of 5 December 2023, placed in Karabakh by a later decree).
const DECREE: Record<string, string[]> = {
  'az-er-baku': ['AZ-BA'],
  'az-er-nakhchivan': [
    'AZ-NV',
    'AZ-BAB',
    'AZ-CUL',
    'AZ-KAN',
    'AZ-ORD',
    'AZ-SAD',
    'AZ-SAH',
    'AZ-SAR',
  ],
  'az-er-absheron-khizi': ['AZ-SM', 'AZ-ABS', 'AZ-XIZ'],
  'az-er-daghlig-shirvan': ['AZ-AGU', 'AZ-ISM', 'AZ-QOB', 'AZ-SMI'],
  'az-er-ganja-dashkasan': ['AZ-GA', 'AZ-NA', 'AZ-DAS', 'AZ-GOR', 'AZ-GYG', 'AZ-SMX'],
  'az-er-karabakh': [
    'AZ-XA',
    'AZ-AGC',
    'AZ-AGM',
    'AZ-BAR',
    'AZ-FUZ',
    'AZ-XCI',
    'AZ-XVD',
    'AZ-SUS',
    'AZ-TAR',
    'az-district-aghdara',
  ],
  'az-er-gazakh-tovuz': ['AZ-AGA', 'AZ-GAD', 'AZ-QAZ', 'AZ-SKR', 'AZ-TOV'],
  'az-er-guba-khachmaz': ['AZ-XAC', 'AZ-QBA', 'AZ-QUS', 'AZ-SIY', 'AZ-SBN'],
  'az-er-lankaran-astara': ['AZ-AST', 'AZ-CAL', 'AZ-LER', 'AZ-LAN', 'AZ-LA', 'AZ-MAS', 'AZ-YAR'],
  'az-er-central-aran': [
    'AZ-MI',
    'AZ-AGS',
    'AZ-GOY',
    'AZ-KUR',
    'AZ-UCA',
    'AZ-YEV',
    'AZ-YE',
    'AZ-ZAR',
  ],
  'az-er-mil-mughan': ['AZ-BEY', 'AZ-IMI', 'AZ-SAT', 'AZ-SAB'],
  'az-er-shaki-zagatala': ['AZ-BAL', 'AZ-QAX', 'AZ-QAB', 'AZ-OGU', 'AZ-SAK', 'AZ-SA', 'AZ-ZAQ'],
  'az-er-eastern-zangazur': ['AZ-CAB', 'AZ-KAL', 'AZ-QBI', 'AZ-LAC', 'AZ-ZAN'],
  'az-er-shirvan-salyan': ['AZ-SR', 'AZ-BIL', 'AZ-HAC', 'AZ-NEF', 'AZ-SAL'],
};

// ISO 3166-2:AZ in Debian iso-codes 4.15: 11 municipalities and 66 rayons (AZ-NX left out).
const MUNICIPALITIES = ['BA', 'GA', 'LA', 'MI', 'NA', 'NV', 'SA', 'SM', 'SR', 'XA', 'YE'];

describe('azLocations', () => {
  it('holds the country, 14 economic regions and 78 districts and cities', () => {
    const count = (kind: string): number => azLocations.filter((l) => l.kind === kind).length;
    expect(count('country')).toBe(1);
    expect(count('economicRegion')).toBe(14);
    expect(count('city')).toBe(11);
    // 66 rayons of ISO 3166-2 + Ağdərə = 67
    expect(count('district')).toBe(67);
    // 1 + 14 + 11 + 67 = 93
    expect(azLocations).toHaveLength(93);
  });

  it('has the 14 economic regions of the decree with their members', () => {
    expect(Object.keys(DECREE)).toHaveLength(14);
    const regions = azLocations.filter((l) => l.kind === 'economicRegion').map((l) => l.id);
    expect(regions.sort()).toEqual(Object.keys(DECREE).sort());
    for (const [regionId, members] of Object.entries(DECREE)) {
      expect(membersOf(regionId).sort(), regionId).toEqual([...members].sort());
      expect(byId(regionId)?.parentId).toBe('AZ');
    }
  });

  it('pins Ganja-Dashkasan: Gəncə, Naftalan, Daşkəsən, Goranboy, Göygöl, Samux', () => {
    expect(membersOf('az-er-ganja-dashkasan').map((id) => byId(id)?.name)).toEqual([
      'Gəncə',
      'Naftalan',
      'Daşkəsən',
      'Goranboy',
      'Göygöl',
      'Samux',
    ]);
    expect(byId('az-er-ganja-dashkasan')?.names?.map((n) => n.value)).toContain('Ganja-Dashkasan');
  });

  it('pins Karabakh and East Zangezur', () => {
    expect(membersOf('az-er-karabakh').map((id) => byId(id)?.name)).toEqual([
      'Xankəndi',
      'Ağcabədi',
      'Ağdam',
      'Bərdə',
      'Füzuli',
      'Xocalı',
      'Xocavənd',
      'Şuşa',
      'Tərtər',
      'Ağdərə',
    ]);
    expect(membersOf('az-er-eastern-zangazur').map((id) => byId(id)?.name)).toEqual([
      'Cəbrayıl',
      'Kəlbəcər',
      'Qubadlı',
      'Laçın',
      'Zəngilan',
    ]);
    expect(byId('az-er-eastern-zangazur')?.name).toBe('Şərqi Zəngəzur');
  });

  it('has every ISO 3166-2 code exactly once, as the id of its unit', () => {
    const codes = azLocations.flatMap((l) => (l.iso3166_2 === undefined ? [] : [l.iso3166_2]));
    expect(codes).toHaveLength(77);
    expect(new Set(codes).size).toBe(77);
    for (const location of azLocations) {
      if (location.iso3166_2 === undefined) continue;
      expect(location.id).toBe(location.iso3166_2);
      expect(location.iso3166_2).toMatch(ISO_3166_2_PATTERN);
    }
    const cities = azLocations.filter((l) => l.kind === 'city').map((l) => l.iso3166_2);
    expect(cities.sort()).toEqual(MUNICIPALITIES.map((code) => `AZ-${code}`));
    expect(codes).not.toContain('AZ-NX');
  });

  it('keeps the ISO traps apart', () => {
    expect(byId('AZ-GOY')?.name).toBe('Göyçay');
    expect(byId('AZ-GYG')?.name).toBe('Göygöl');
    for (const [city, district, name] of [
      ['AZ-LA', 'AZ-LAN', 'Lənkəran'],
      ['AZ-SA', 'AZ-SAK', 'Şəki'],
      ['AZ-YE', 'AZ-YEV', 'Yevlax'],
    ] as const) {
      expect([byId(city)?.kind, byId(city)?.name]).toEqual(['city', name]);
      expect([byId(district)?.kind, byId(district)?.name]).toEqual(['district', name]);
      expect(byId(city)?.sourceIds).toContain('src-ssc-classification-2024');
    }
    const kangarli = byId('AZ-KAN');
    expect(kangarli?.name).toBe('Kəngərli');
    expect(kangarli?.names).toContainEqual({ value: 'Kǝngǝrli', lang: 'az', kind: 'variant' });
  });

  it('gives Ağdərə a stable id of its own, with the law that created it', () => {
    const aghdara = byId('az-district-aghdara');
    expect(aghdara?.iso3166_2).toBeUndefined();
    expect(aghdara?.validFrom).toBe('2023-12-05');
    expect(aghdara?.sourceIds).toEqual(['src-az-law-1043-viq', 'src-unikal-412979']);
  });

  it('dates the regions from the decree and records Bakı as the capital', () => {
    for (const region of azLocations.filter((l) => l.kind === 'economicRegion')) {
      expect(region.validFrom).toBe('2021-07-07');
      expect(region.sourceIds).toEqual(['src-az-decree-1386']);
    }
    expect(byId('AZ')?.capitalId).toBe('AZ-BA');
    expect(capitalOf(azGazetteer)?.name).toBe('Bakı');
  });

  it('records English forms, historic and Armenian-usage names with their kinds', () => {
    expect(byId('AZ-GYG')?.names).toEqual([
      { value: 'Goygol', lang: 'en', kind: 'exonym' },
      { value: 'Khanlar', lang: 'en', kind: 'historic' },
      { value: 'Xanlar', lang: 'az', kind: 'historic' },
    ]);
    expect(byId('AZ-XA')?.names).toContainEqual({
      value: 'Stepanakert',
      lang: 'hy-Latn',
      kind: 'exonym',
    });
    // The English name is the official one for eight units (Naftalan, Ordubad, Goranboy,
    // Tovuz, Astara, Lerik, Sabirabad, Salyan); every other unit records its English form.
    const withoutExonym = azLocations
      .filter((l) => l.kind !== 'country')
      .filter((l) => !l.names?.some((n) => n.lang === 'en' && n.kind === 'exonym'))
      .map((l) => l.id);
    expect(withoutExonym.sort()).toEqual(
      ['AZ-NA', 'AZ-ORD', 'AZ-GOR', 'AZ-TOV', 'AZ-AST', 'AZ-LER', 'AZ-SAB', 'AZ-SAL'].sort(),
    );
  });

  it('states Göygöl’s population with its official source', () => {
    expect(byId('AZ-GYG')?.population).toEqual({
      count: 65252,
      asOf: '2021-12-31',
      sourceId: 'src-goygol-ih',
    });
  });

  it('is valid, unique, tree-shaped, frozen and fully sourced', () => {
    const sourceIds = new Set(azSources.map((s) => s.id));
    const ids = new Set<string>();
    for (const location of azLocations) {
      expect(LocationSchema.parse(location)).toEqual(location);
      expect(ids.has(location.id)).toBe(false);
      ids.add(location.id);
      expect(Object.isFrozen(location)).toBe(true);
      if (location.kind !== 'country')
        expect(azGazetteer.byId.has(location.parentId ?? '')).toBe(true);
      for (const id of location.sourceIds ?? []) expect(sourceIds.has(id), id).toBe(true);
      if (location.population !== undefined) {
        expect(sourceIds.has(location.population.sourceId)).toBe(true);
      }
      expect(location.point).toBeUndefined();
    }
    expect(Object.isFrozen(azLocations)).toBe(true);
    expect(() => (azLocations as Location[]).push(azLocations[0] as Location)).toThrow(TypeError);
  });
});

type Location = (typeof azLocations)[number];
