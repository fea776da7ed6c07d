import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { LocationSchema } from '../../model/location.js';
import { createGazetteer } from '../../places/createGazetteer.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { categoryCoverage, categoryCoverageIndicator } from './categoryCoverage.js';
import { communityIndicators } from './communityIndicators.js';

const g = extendGazetteer(azGazetteer, [
  LocationSchema.parse({ id: 'vil-chovdar', kind: 'village', name: 'Çovdar', parentId: 'AZ-DAS' }),
]);

const programs = [
  makeProgram({
    id: 'sports',
    category: 'sportsAndHealth',
    locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }],
    sourceIds: ['src-a'],
  }),
  makeProgram({
    id: 'water',
    category: 'infrastructure',
    locations: [{ locationId: 'vil-chovdar' }],
    sourceIds: ['src-b'],
  }),
  makeProgram({
    id: 'school',
    category: 'education',
    locations: [{ locationId: 'AZ-DAS' }],
    status: 'closed',
    period: { start: '2020-01-01', end: '2020-12-31' },
    sourceIds: ['src-c'],
  }),
  makeProgram({
    id: 'planned',
    category: 'agriculture',
    locations: [{ locationId: 'AZ-DAS' }],
    status: 'pipeline',
  }),
  makeProgram({
    id: 'regional',
    category: 'culturalHeritage',
    locations: [{ locationId: 'az-er-karabakh' }],
  }),
  makeProgram({ id: 'fund', category: 'sportsAndHealth', locations: [] }),
];

describe('categoryCoverage: the catalog entry', () => {
  it('is community.categoryCoverage, a table of counts by district and category', () => {
    expect(IndicatorCatalogEntrySchema.parse(categoryCoverageIndicator.entry)).toMatchObject({
      id: 'community.categoryCoverage',
      family: 'community',
      functionName: 'categoryCoverage',
      unit: 'count',
      results: 'one',
      dimensions: ['district', 'category'],
    });
    expect(categoryCoverageIndicator.compute).toBe(categoryCoverage);
    expect(communityIndicators).toContain(categoryCoverageIndicator);
  });
});

describe('categoryCoverage', () => {
  it('lists the active categories of every district where programs are located', () => {
    const coverage = categoryCoverage(programs, { gazetteer: g });
    // Daşkəsən: sports (the district), infrastructure (Çovdar village), education (closed, but it
    // ran); agriculture is only in the pipeline. Göygöl: sports. Karabakh is a region: unknown.
    expect(coverage.detail.districts.map((d) => [d.districtId, d.label, d.active])).toEqual([
      [
        'AZ-DAS',
        'Daşkəsən',
        [
          { category: 'sportsAndHealth', programIds: ['sports'] },
          { category: 'education', programIds: ['school'] },
          { category: 'infrastructure', programIds: ['water'] },
        ],
      ],
      ['AZ-GYG', 'Göygöl', [{ category: 'sportsAndHealth', programIds: ['sports'] }]],
      [
        'unknown',
        'unknown',
        [
          { category: 'sportsAndHealth', programIds: ['fund'] },
          { category: 'culturalHeritage', programIds: ['regional'] },
        ],
      ],
    ]);
    // 9 categories, 3 active in Daşkəsən: 6 inactive.
    expect(coverage.detail.districts[0]?.inactive).toEqual([
      'environment',
      'agriculture',
      'publicAwareness',
      'entrepreneurship',
      'culturalHeritage',
      'other',
    ]);
    expect(coverage.notes).toEqual([
      'Programs in the pipeline or cancelled do not count: planned.',
      'Locations above the district level or not in the gazetteer are reported as district unknown: az-er-karabakh.',
      'Programs without a location are reported as district unknown: fund.',
    ]);
  });
});

describe('categoryCoverage: the table and the listed districts', () => {
  it('gives a full district × category table in the result', () => {
    const result = categoryCoverage(programs, { gazetteer: g });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    // A table of counts: no headline figure, the figures are the rows.
    expect(result).toMatchObject({
      indicatorId: 'community.categoryCoverage',
      unit: 'count',
      value: null,
      reason: 'BREAKDOWN_ONLY',
    });
    // 3 districts × (1 district row + 9 category rows) = 30 rows.
    expect(result.breakdown).toHaveLength(30);
    // Daşkəsən: 3 active categories, 3 programs (sports, school, water).
    expect(result.breakdown?.[0]).toEqual({
      keys: { district: 'AZ-DAS' },
      label: 'Daşkəsən',
      value: 3,
      count: 3,
    });
    expect(
      result.breakdown?.find(
        (r) => r.keys.district === 'AZ-DAS' && r.keys.category === 'agriculture',
      ),
    ).toEqual({
      keys: { district: 'AZ-DAS', category: 'agriculture' },
      label: 'Daşkəsən: agriculture',
      value: 0,
      count: 0,
    });
    // Sports and health in Daşkəsən: the sports program.
    expect(
      result.breakdown?.find(
        (r) => r.keys.district === 'AZ-DAS' && r.keys.category === 'sportsAndHealth',
      )?.value,
    ).toBe(1);
    expect(result.sourceIds).toEqual(['src-1', 'src-a', 'src-b', 'src-c']);
  });

  it('reports the listed districts, in order, also where nothing is active', () => {
    const coverage = categoryCoverage(programs, {
      gazetteer: g,
      locationIds: ['AZ-GOR', 'AZ-DAS', 'AZ-DAS'],
    });
    expect(
      coverage.detail.districts.map((d) => [d.districtId, d.active.length, d.inactive.length]),
    ).toEqual([
      ['AZ-GOR', 0, 9],
      ['AZ-DAS', 3, 6],
    ]);
    expect(coverage.definitions.districtIds).toEqual(['AZ-GOR', 'AZ-DAS']);
    expect(coverage.notes).toEqual(
      expect.arrayContaining([
        'Locations above the district level or not in the gazetteer are not attributed to the listed districts: az-er-karabakh.',
        'Programs without a location are not attributed to the listed districts: fund.',
      ]),
    );
  });
});

describe('categoryCoverage: regions and periods', () => {
  it('expands a region into its districts and cities', () => {
    const coverage = categoryCoverage(programs, {
      gazetteer: g,
      locationIds: ['az-er-ganja-dashkasan'],
    });
    // The Gəncə-Daşkəsən region, in the gazetteer's order: the cities Gəncə and Naftalan, then
    // the districts Daşkəsən, Goranboy, Göygöl and Samux.
    expect(coverage.detail.districts.map((d) => d.districtId)).toEqual([
      'AZ-GA',
      'AZ-NA',
      'AZ-DAS',
      'AZ-GOR',
      'AZ-GYG',
      'AZ-SMX',
    ]);
    expect(
      coverage.detail.districts.filter((d) => d.active.length > 0).map((d) => d.districtId),
    ).toEqual(['AZ-DAS', 'AZ-GYG']);
  });

  it('keeps only programs overlapping the period', () => {
    const coverage = categoryCoverage(programs, {
      gazetteer: g,
      locationIds: ['AZ-DAS'],
      period: { start: '2024-01-01', end: '2024-12-31' },
    });
    // The school program ran in 2020 only.
    expect(coverage.detail.districts[0]?.active.map((a) => a.category)).toEqual([
      'sportsAndHealth',
      'infrastructure',
    ]);
    expect(coverage.definitions.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('stops at a parent cycle and reads an open-ended period', () => {
    const cyclic = createGazetteer([
      LocationSchema.parse({ id: 'r1', kind: 'economicRegion', name: 'R1', parentId: 'r2' }),
      LocationSchema.parse({ id: 'r2', kind: 'economicRegion', name: 'R2', parentId: 'r1' }),
      LocationSchema.parse({ id: 'd1', kind: 'district', name: 'D1', parentId: 'r2' }),
      LocationSchema.parse({ id: 'r3', kind: 'other', name: 'R3', parentId: 'r1' }),
      LocationSchema.parse({ id: 'r4', kind: 'economicRegion', name: 'R4' }),
    ]);
    const coverage = categoryCoverage(
      [makeProgram({ locations: [{ locationId: 'd1' }], period: { start: '2023-01-01' } })],
      { gazetteer: cyclic, locationIds: ['r1', 'r4'], period: { start: '2024-01-01' } },
    );
    // r1 → r2 and r3 (no children) → d1 (and r1 again, where the walk stops); r4 has no
    // district under it. The program runs on from 2023.
    expect(coverage.detail.districts.map((d) => [d.districtId, d.active.length])).toEqual([
      ['d1', 1],
    ]);
    expect(coverage.definitions.period).toEqual({ start: '2024-01-01', end: null });
  });
});

describe('categoryCoverage: bad input, notes and nothing', () => {
  it('rejects unknown ids, settlements and bad periods', () => {
    expect(() =>
      categoryCoverage(programs, { gazetteer: g, locationIds: [42 as unknown as string] }),
    ).toThrow('"42" is not in the gazetteer');
    expect(() => categoryCoverage(programs, { gazetteer: g, locationIds: ['AZ-XYZ'] })).toThrow(
      '"AZ-XYZ" is not in the gazetteer',
    );
    expect(() =>
      categoryCoverage(programs, { gazetteer: g, locationIds: ['vil-chovdar'] }),
    ).toThrow('location vil-chovdar lies within the district AZ-DAS: list the district');
    expect(() =>
      categoryCoverage(programs, {
        gazetteer: g,
        period: { start: '2024-12-31', end: '2024-01-01' },
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });

  it('names the programs not run and the locations above the district level in id order', () => {
    const coverage = categoryCoverage(
      [
        makeProgram({ id: 'zeta', locations: [{ locationId: 'AZ-DAS' }], status: 'cancelled' }),
        makeProgram({ id: 'alpha', locations: [{ locationId: 'AZ-DAS' }], status: 'pipeline' }),
        makeProgram({ id: 'west', locations: [{ locationId: 'az-er-karabakh' }] }),
        makeProgram({ id: 'east', locations: [{ locationId: 'az-er-ganja-dashkasan' }] }),
      ],
      { gazetteer: g },
    );
    // Given as zeta, alpha and az-er-karabakh, az-er-ganja-dashkasan; named in sorted order
    // ('alpha' < 'zeta'; 'az-er-g…' < 'az-er-k…').
    expect(coverage.notes).toEqual([
      'Programs in the pipeline or cancelled do not count: alpha, zeta.',
      'Locations above the district level or not in the gazetteer are reported as district unknown: az-er-ganja-dashkasan, az-er-karabakh.',
    ]);
  });

  it('is empty without programs', () => {
    const coverage = categoryCoverage([], { gazetteer: g });
    expect(coverage.detail.districts).toEqual([]);
    expect(coverage.breakdown).toEqual([]);
    expect(coverage.notes).toEqual([]);
  });
});

describe('categoryCoverage: the AzerGold reference case', () => {
  it('finds every category in Daşkəsən, the seven areas in Göygöl, health in Gəncə', () => {
    const coverage = categoryCoverage(azergoldDataset.programs, {
      gazetteer: azGazetteer,
      locationIds: ['AZ-DAS', 'AZ-GYG', 'AZ-GA'],
    });
    // Daşkəsən: the seven areas + infrastructure (water) + other (the 2024 campaigns) = 9.
    // Göygöl: the seven areas. Gəncə: the Autism Centre (sports and health).
    expect(coverage.detail.districts.map((d) => [d.districtId, d.active.length])).toEqual([
      ['AZ-DAS', 9],
      ['AZ-GYG', 7],
      ['AZ-GA', 1],
    ]);
    expect(coverage.detail.districts[1]?.inactive).toEqual(['infrastructure', 'other']);
    expect(coverage.detail.districts[2]?.active).toEqual([
      { category: 'sportsAndHealth', programIds: ['csr-ganja-autism-centre'] },
    ]);
  });
});

describe('categoryCoverage on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('lists the categories active in each district within the report period', () => {
    const outcome = categoryCoverageIndicator.fromDataset(contextOf(baseDataset(), choices));
    // The school program (education, from 2023 on) is located in Hill District and in a village
    // of it: one district, one active category.
    expect(outcome).toMatchObject([
      {
        reason: 'BREAKDOWN_ONLY',
        detail: {
          districts: [
            {
              districtId: 'XX-D1',
              active: [{ category: 'education', programIds: ['prog-school'] }],
            },
          ],
        },
      },
    ]);
  });

  it('is dataAbsent without programs', () => {
    const dataset = { ...baseDataset(), programs: [] };
    expect(categoryCoverageIndicator.fromDataset(contextOf(dataset, choices))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no social programs.',
    });
  });
});

describe('categoryCoverage: further categories', () => {
  it('counts a program in its primary and each further category, and says so', () => {
    const school = makeProgram({
      id: 'school',
      category: 'education',
      categories: ['infrastructure', 'education'],
      locations: [{ locationId: 'AZ-DAS' }],
    });
    const coverage = categoryCoverage([school], { gazetteer: azGazetteer });
    // Education and infrastructure are active in Daşkəsən; the repeated education counts once.
    expect(
      coverage.detail.districts.map((d) => [d.districtId, d.active.map((a) => a.category)]),
    ).toEqual([['AZ-DAS', ['education', 'infrastructure']]]);
    expect(
      coverage.breakdown
        ?.filter((r) => !('category' in r.keys))
        .map((r) => [r.keys, r.value, r.count]),
    ).toEqual([[{ district: 'AZ-DAS' }, 2, 1]]);
    expect(coverage.notes).toEqual([
      "Programs with further categories count in each of their categories, so the programs of a district's categories may add up to more than its programs: school.",
    ]);
  });
});
