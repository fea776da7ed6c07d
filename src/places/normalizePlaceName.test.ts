import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { azLocations } from '../data/az/azLocations.js';
import { normalizePlaceName } from './normalizePlaceName.js';

describe('normalizePlaceName', () => {
  it.each([
    // 1. marks dropped, case folded
    ['Şəki', 'saki'],
    ['ŞƏKİ', 'saki'],
    ['Göygöl', 'goigol'],
    ['Füzuli', 'fuzuli'],
    ['İmişli', 'imisli'],
    ['Ağdam', 'agdam'],
    // 2. letters with one English rendering
    ['Kǝngǝrli', 'kangarli'], // U+01DD as in ISO 3166-2
    ['Kəngərli', 'kangarli'], // U+0259
    ['Terter', 'tartar'],
    ['Xızı', 'xizi'],
    ['Masally', 'masali'],
    ['Qazax', 'gazax'],
    ['Julfa', 'culfa'],
    // 3. separators
    ['Gəncə–Daşkəsən', 'ganca daskasan'], // en dash, as the decree writes it
    ['Gəncə-Daşkəsən', 'ganca daskasan'],
    ['  Dağlıq   Şirvan ', 'daglig sirvan'],
    ['Əli Bayramlı', 'ali bairamli'],
    // 4. digraphs and repeated letters
    ['Shusha', 'susa'],
    ['Khachmaz', 'xacmaz'],
    ['Aghdam', 'agdam'],
    ['Nakhchivan', 'naxcivan'],
    ['Saatlı', 'satli'],
    ['', ''],
    ['--', ''],
  ])('folds %j to %j', (name, key) => {
    expect(normalizePlaceName(name)).toBe(key);
  });

  it('brings every spelling of Daşkəsən to one key', () => {
    for (const name of [
      'Daşkəsən',
      'Dashkasan',
      'Dashkesan',
      'Dashkesen',
      'Daskasan',
      'DAŞKƏSƏN',
    ]) {
      expect(normalizePlaceName(name)).toBe('daskasan');
    }
  });

  it('brings the spellings of Kəlbəcər, Zəngilan and Gədəbəy together', () => {
    for (const name of ['Kəlbəcər', 'Kalbajar', 'Kelbajar', 'Kalbacar']) {
      expect(normalizePlaceName(name)).toBe('kalbacar');
    }
    for (const name of ['Zəngilan', 'Zangilan']) expect(normalizePlaceName(name)).toBe('zangilan');
    for (const name of ['Gədəbəy', 'Gadabay']) expect(normalizePlaceName(name)).toBe('gadabai');
  });

  it('reads a name in decomposed form (NFD) like the composed one', () => {
    expect(normalizePlaceName('Göyçay'.normalize('NFD'))).toBe(normalizePlaceName('Göyçay'));
  });

  it('never gives Göyçay and Göygöl the same key, in any of their spellings', () => {
    const goychay = ['Göyçay', 'Goychay', 'Goycay', 'GÖYÇAY', 'goychay'];
    const goygol = ['Göygöl', 'Goygol', 'GÖYGÖL', 'goygol', 'Khanlar', 'Xanlar'];
    const goychayKeys = new Set(goychay.map(normalizePlaceName));
    for (const name of goygol) expect(goychayKeys.has(normalizePlaceName(name))).toBe(false);
    expect(goychayKeys).toEqual(new Set(['goicai']));
  });

  it('folds runs of digraph letters in one linear pass', () => {
    expect(normalizePlaceName('sshh')).toBe('s');
    expect(normalizePlaceName('Kkhh')).toBe('kx');
    // 200,000 characters: a quadratic fold would take minutes.
    expect(normalizePlaceName(`${'s'.repeat(100_000)}${'h'.repeat(100_000)}`)).toBe('s');
    expect(normalizePlaceName('sh'.repeat(100_000))).toBe('s');
  });

  it('throws INVALID_ARGUMENT for a value that is not a string', () => {
    expect(() => normalizePlaceName(42 as unknown as string)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    try {
      normalizePlaceName(null as unknown as string);
    } catch (error) {
      expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
    }
  });
});

describe('normalizePlaceName on the names of azLocations', () => {
  // Names that are not spellings of the official name: other words (exonyms, historic and
  // Armenian-usage names), Russian-derived forms, and "City" suffixes. They keep their own keys
  // and are found as aliases by resolvePlace. Pinned so that a new name that fails to fold is
  // noticed.
  const ownKeys = new Set([
    'AZ:Azərbaycan Respublikası',
    'AZ:Republic of Azerbaijan',
    'az-er-baku:Baku',
    'AZ-BA:Baku',
    'az-er-nakhchivan:Nakhchivan Autonomous Republic',
    'AZ-NV:Nakhchivan City',
    'az-er-daghlig-shirvan:Mountainous Shirvan',
    'AZ-DAS:Dastafur',
    'AZ-DAS:Dəstəfur',
    'AZ-GYG:Khanlar',
    'AZ-GYG:Xanlar',
    'az-er-karabakh:Karabakh',
    'AZ-XA:Stepanakert',
    'AZ-FUZ:Fizuli',
    'AZ-SUS:Shushi',
    'az-district-aghdara:Mardakert',
    'az-district-aghdara:Martakert',
    'AZ-GAD:Gedabek',
    'AZ-LA:Lankaran City',
    'az-er-central-aran:Central Aran',
    'az-er-eastern-zangazur:Eastern Zangazur',
    'az-er-eastern-zangazur:East Zangazur',
    'az-er-eastern-zangazur:East Zangezur',
    'AZ-ZAN:Zangelan',
    'AZ-SR:Ali Bayramli',
    'AZ-SR:Əli Bayramlı',
  ]);

  it('folds every other name to the key of the official name', () => {
    const unfolded: string[] = [];
    let folded = 0;
    for (const location of azLocations) {
      for (const { value } of location.names ?? []) {
        if (normalizePlaceName(value) === normalizePlaceName(location.name)) folded++;
        else unfolded.push(`${location.id}:${value}`);
      }
    }
    expect(new Set(unfolded)).toEqual(ownKeys);
    // 149 names: 3 of the country; 28 of the regions (14 English forms, 8 decree spellings with
    // an en dash, 6 other English names); 118 of districts and cities, the English forms and
    // aliases of az-regions.json other than the official name. 149 - 26 standing apart = 123.
    expect(unfolded).toHaveLength(26);
    expect(folded).toBe(123);
  });

  it('gives the historic names of a place one key between their spellings', () => {
    expect(normalizePlaceName('Dastafur')).toBe(normalizePlaceName('Dəstəfur'));
    expect(normalizePlaceName('Khanlar')).toBe(normalizePlaceName('Xanlar'));
    expect(normalizePlaceName('Ali Bayramli')).toBe(normalizePlaceName('Əli Bayramlı'));
  });
});

describe('normalizePlaceName properties', () => {
  const azAlphabet = fc.constantFrom(
    ...'abcçdeəfgğhxıijkqlmnoöprsştuüvyzABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ -–'.split(''),
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })])('is idempotent', (name) => {
    const key = normalizePlaceName(name);
    expect(normalizePlaceName(key)).toBe(key);
  });

  test.prop([fc.string({ unit: fc.constantFrom(...'schkgjqyeəaı '.split('')), maxLength: 40 })])(
    'is idempotent on runs of the folded letters and digraphs',
    (name) => {
      const key = normalizePlaceName(name);
      expect(normalizePlaceName(key)).toBe(key);
      expect(key).not.toMatch(/[scgk]h|(\p{L})\1|[eəıyqj]/u);
    },
  );

  test.prop([fc.string({ unit: 'grapheme', maxLength: 40 })])(
    'gives letters and digits separated by single spaces',
    (name) => {
      expect(normalizePlaceName(name)).toMatch(/^(?:[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*)?$/u);
    },
  );

  test.prop([fc.string({ unit: azAlphabet, maxLength: 30 })])(
    'ignores case and composition in Azerbaijani text',
    (name) => {
      const key = normalizePlaceName(name);
      expect(normalizePlaceName(name.toLocaleUpperCase('az'))).toBe(key);
      expect(normalizePlaceName(name.toLocaleLowerCase('az'))).toBe(key);
      expect(normalizePlaceName(name.normalize('NFD'))).toBe(key);
    },
  );
});
