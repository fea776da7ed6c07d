#!/usr/bin/env node
// Generates src/data/az/azLocationRecords.ts, the Azerbaijani gazetteer of the subpath
// `mining-impact/data/az`, from az-regions.json: the 14 economic regions of Decree No. 1386 of
// 7 July 2021 with their member districts and cities, ISO 3166-2 codes, Azerbaijani and English
// names and spelling variants. The output is committed; tests and the build read only it.
//
//   node scripts/generate-az-locations.mjs path/to/az-regions.json
//
// Facts that az-regions.json does not carry are written below with the source id they come
// from (the sources themselves are in src/data/az/azSources.ts). Nothing else is added.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const input = process.argv[2];
if (input === undefined) {
  console.error('usage: node scripts/generate-az-locations.mjs path/to/az-regions.json');
  process.exit(2);
}
const output = resolve(root, 'src/data/az/azLocationRecords.ts');
const regions = JSON.parse(readFileSync(input, 'utf8'));

const DECREE = 'src-az-decree-1386';
const ISO = 'src-iso-codes-4.15';
const SSC_2024 = 'src-ssc-classification-2024';
/** The day Decree No. 1386 created the 14 economic regions. */
const DECREE_DATE = '2021-07-07';
const COUNTRY = 'AZ';
const CAPITAL = 'AZ-BA';
const regionId = (code) => `az-er-${code}`;

/** Former names: Dəstəfur until 1956 (Daşkəsən), Xanlar until 2008 (Göygöl), Əli Bayramlı (Şirvan). */
const HISTORIC = new Map([
  ['Dastafur', 'en'],
  ['Dəstəfur', 'az'],
  ['Khanlar', 'en'],
  ['Xanlar', 'az'],
  ['Ali Bayramli', 'en'],
  ['Əli Bayramlı', 'az'],
]);
/** Names in Armenian usage, written in Latin letters. */
const ARMENIAN = new Set(['Stepanakert', 'Shushi', 'Mardakert', 'Martakert']);

/** Other English names of regions found in reports of the decree (Gratanet, Trend, Jam-news). */
const REGION_NAMES = {
  'daghlig-shirvan': [{ value: 'Mountainous Shirvan', lang: 'en', kind: 'exonym' }],
  'ganja-dashkasan': [{ value: 'Ganja-Dashkesan', lang: 'en', kind: 'transliteration' }],
  'shaki-zagatala': [{ value: 'Sheki-Zagatala', lang: 'en', kind: 'transliteration' }],
  'eastern-zangazur': [
    { value: 'East Zangazur', lang: 'en', kind: 'exonym' },
    { value: 'East Zangezur', lang: 'en', kind: 'exonym' },
  ],
  // The State Statistical Committee labels the region by the autonomous republic (AZ-NX), whose
  // territory it is.
  nakhchivan: [{ value: 'Nakhchivan Autonomous Republic', lang: 'en', kind: 'exonym' }],
};

/** Units without an ISO 3166-2 code: their id, the day they exist from and their sources. */
const WITHOUT_ISO = {
  Ağdərə: {
    id: 'az-district-aghdara',
    validFrom: '2023-12-05',
    sourceIds: ['src-az-law-1043-viq', 'src-unikal-412979'],
  },
};

/** Lənkəran, Şəki and Yevlax have a city code and a rayon code in ISO 3166-2. */
const CITY_AND_RAYON = new Set(['AZ-LA', 'AZ-LAN', 'AZ-SA', 'AZ-SAK', 'AZ-YE', 'AZ-YEV']);

/** Populations stated by an official source. */
const POPULATION = {
  'AZ-GYG': { count: 65252, asOf: '2021-12-31', sourceId: 'src-goygol-ih' },
};

function aliasName(alias, unit) {
  if (HISTORIC.has(alias)) return { value: alias, lang: HISTORIC.get(alias), kind: 'historic' };
  if (ARMENIAN.has(alias)) return { value: alias, lang: 'hy-Latn', kind: 'exonym' };
  if (alias.includes('ǝ')) return { value: alias, lang: 'az', kind: 'variant' };
  if (/ City$/.test(alias)) return { value: alias, lang: 'en', kind: 'exonym' };
  if (/[əışçğöüİƏŞÇĞÖÜ]/u.test(alias)) {
    throw new Error(`unclassified Azerbaijani alias ${alias} of ${unit.nameAz}`);
  }
  return { value: alias, lang: 'en', kind: 'transliteration' };
}

function namesOf(unit) {
  const names = [];
  const seen = new Set([unit.nameAz]);
  const push = (name) => {
    if (seen.has(name.value)) return;
    seen.add(name.value);
    names.push(name);
  };
  push({ value: unit.nameEn, lang: 'en', kind: 'exonym' });
  for (const alias of unit.aliases) if (!seen.has(alias)) push(aliasName(alias, unit));
  return names;
}

const records = [
  {
    id: COUNTRY,
    kind: 'country',
    name: 'Azərbaycan',
    names: [
      { value: 'Azərbaycan Respublikası', lang: 'az', kind: 'official' },
      { value: 'Azerbaijan', lang: 'en', kind: 'exonym' },
      { value: 'Republic of Azerbaijan', lang: 'en', kind: 'exonym' },
    ],
    capitalId: CAPITAL,
  },
];
const isoCodes = new Set();
for (const region of regions) {
  const names = [{ value: region.nameEn, lang: 'en', kind: 'exonym' }];
  // The decree writes the two-part names with an en dash: Gəncə–Daşkəsən.
  if (region.nameAz.includes('-')) {
    names.unshift({ value: region.nameAz.replace('-', '–'), lang: 'az', kind: 'official' });
  }
  names.push(...(REGION_NAMES[region.code] ?? []));
  records.push({
    id: regionId(region.code),
    kind: 'economicRegion',
    name: region.nameAz,
    names,
    parentId: COUNTRY,
    validFrom: DECREE_DATE,
    sourceIds: [DECREE],
  });
  for (const unit of region.districts) {
    const iso = unit.iso3166_2;
    const extra = iso === null ? WITHOUT_ISO[unit.nameAz] : undefined;
    if (iso === null && extra === undefined) throw new Error(`no id for ${unit.nameAz}`);
    if (iso !== null && isoCodes.has(iso)) throw new Error(`duplicate ISO code ${iso}`);
    if (iso !== null) isoCodes.add(iso);
    const record = {
      id: iso ?? extra.id,
      kind: unit.kind,
      name: unit.nameAz,
      names: namesOf(unit),
      parentId: regionId(region.code),
    };
    if (iso !== null) record.iso3166_2 = iso;
    if (POPULATION[iso] !== undefined) record.population = POPULATION[iso];
    if (extra !== undefined) record.validFrom = extra.validFrom;
    record.sourceIds =
      extra !== undefined
        ? [...extra.sourceIds]
        : [
            DECREE,
            ISO,
            ...(CITY_AND_RAYON.has(iso) ? [SSC_2024] : []),
            ...(POPULATION[iso] !== undefined ? [POPULATION[iso].sourceId] : []),
          ];
    records.push(record);
  }
}
if (regions.length !== 14) throw new Error(`expected 14 economic regions, got ${regions.length}`);
if (isoCodes.size !== 77) throw new Error(`expected 77 ISO 3166-2 codes, got ${isoCodes.size}`);
if (!isoCodes.has(CAPITAL)) throw new Error(`the capital ${CAPITAL} is missing`);

const source = `// Generated by scripts/generate-az-locations.mjs from az-regions.json: do not edit by hand.
import type * as z from 'zod';
import type { LocationSchema } from '../../model/location.js';

/**
 * The locations of Azerbaijan as written, before they are parsed into \`azLocations\`.
 *
 * @internal
 */
export const azLocationRecords: readonly z.input<typeof LocationSchema>[] = ${JSON.stringify(records)};
`;
writeFileSync(output, source);
execFileSync(
  process.execPath,
  [resolve(root, 'node_modules/@biomejs/biome/bin/biome'), 'format', '--write', output],
  { stdio: 'inherit' },
);
console.log(`wrote ${records.length} locations to ${output}`);
