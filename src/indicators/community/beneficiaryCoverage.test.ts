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
import { beneficiaryCoverage, beneficiaryCoverageIndicator } from './beneficiaryCoverage.js';
import { communityIndicators } from './communityIndicators.js';

// Göygöl (AZ-GYG) has a population of 65,252 on 2021-12-31 in the Azerbaijan gazetteer;
// Daşkəsən (AZ-DAS) has none.
const g = extendGazetteer(azGazetteer, [
  LocationSchema.parse({ id: 'vil-gyg', kind: 'village', name: 'Kənd', parentId: 'AZ-GYG' }),
]);

describe('beneficiaryCoverage: the catalog entry', () => {
  it('is community.beneficiaryCoverage, unit ratio, one result per location, rows by program', () => {
    expect(IndicatorCatalogEntrySchema.parse(beneficiaryCoverageIndicator.entry)).toMatchObject({
      id: 'community.beneficiaryCoverage',
      family: 'community',
      functionName: 'beneficiaryCoverage',
      unit: 'ratio',
      results: 'many',
      resultKeys: ['location'],
      dimensions: ['program'],
    });
    expect(beneficiaryCoverageIndicator.compute).toBe(beneficiaryCoverage);
    expect(communityIndicators).toContain(beneficiaryCoverageIndicator);
  });
});

describe('beneficiaryCoverage', () => {
  it('divides the people reached in the district by its population', () => {
    const result = beneficiaryCoverage(
      [
        makeProgram({
          id: 'a',
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: { count: 6525, unit: 'person', estimated: false },
          sourceIds: ['src-a'],
        }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    // 6,525 / 65,252 = 0.09999693…
    expect(result.value).toBe(6525 / 65252);
    expect(result.ratio).toEqual({ numerator: 6525, denominator: 65252, value: 6525 / 65252 });
    expect(result.reason).toBeUndefined();
    expect(result.indicatorId).toBe('community.beneficiaryCoverage');
    expect(result.standards).toEqual(['IRIS+ PI4060', 'IRIS+ PI6686']);
    expect(result.definitions).toEqual({
      locationId: 'AZ-GYG',
      unit: 'person',
      population: { count: 65252, asOf: '2021-12-31', sourceId: 'src-goygol-ih' },
      deduplication: 'none',
    });
    expect(result.sourceIds).toEqual(['src-a', 'src-goygol-ih']);
    expect(result.notes[0]).toBe(
      'Population of Göygöl: 65252 on 2021-12-31 (source src-goygol-ih).',
    );
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });

  it('counts programs in a village of the district and de-duplicates by ids', () => {
    const programs = [
      makeProgram({
        id: 'a',
        locations: [{ locationId: 'vil-gyg' }],
        beneficiaries: { count: 3, unit: 'person', ids: ['p1', 'p2', 'p3'], estimated: false },
      }),
      makeProgram({
        id: 'b',
        locations: [{ locationId: 'AZ-GYG' }],
        beneficiaries: { count: 2, unit: 'person', ids: ['p3', 'p4'], estimated: false },
      }),
    ];
    const result = beneficiaryCoverage(programs, { gazetteer: g, locationId: 'AZ-GYG' });
    // Unique {p1, p2, p3, p4} = 4 people; 4 / 65,252.
    expect(result.ratio?.numerator).toBe(4);
    expect(result.value).toBe(4 / 65252);
    expect(result.definitions.deduplication).toBe('ids');
    // Each program's persons over the population: 3 / 65,252 and 2 / 65,252.
    expect(result.breakdown?.map((r) => [r.keys.program, r.count, r.value, r.label])).toEqual([
      ['a', 3, 3 / 65252, 'wholly in the area'],
      ['b', 2, 2 / 65252, 'wholly in the area'],
    ]);
  });
});

describe('beneficiaryCoverage: bounds', () => {
  it('gives bounds when the count is "hundreds"', () => {
    const result = beneficiaryCoverage(
      [
        makeProgram({
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: {
            count: { min: 200, max: 999, phrase: 'hundreds of community members' },
            unit: 'person',
            estimated: true,
          },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    // 200 / 65,252 = 0.00306…; 999 / 65,252 = 0.01531…
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 200 / 65252, max: 999 / 65252 });
    expect(result.ratio).toBeUndefined();
    expect(result.notes).toContain('Some counts are estimates.');
  });

  it('adds between 0 and the count of a program also located outside the area', () => {
    const programs = [
      makeProgram({
        id: 'both',
        locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }],
        beneficiaries: { count: 100, unit: 'person', estimated: false },
      }),
      makeProgram({
        id: 'inside',
        locations: [{ locationId: 'AZ-GYG' }],
        beneficiaries: { count: 50, unit: 'person', estimated: false },
      }),
      makeProgram({ id: 'no-count', locations: [{ locationId: 'AZ-GYG' }] }),
      makeProgram({
        id: 'elsewhere',
        locations: [{ locationId: 'AZ-DAS' }],
        beneficiaries: { count: 1000, unit: 'person', estimated: false },
      }),
    ];
    const result = beneficiaryCoverage(programs, { gazetteer: g, locationId: 'AZ-GYG' });
    // At least the 50 of the program wholly in Göygöl; at most 50 + 100 = 150. Daşkəsən only: out.
    expect(result.bounds).toEqual({ min: 50 / 65252, max: 150 / 65252 });
    // Rows over the population: 'both' 0 to 100 / 65,252; 'inside' exactly 50 / 65,252.
    expect(result.breakdown).toEqual([
      {
        keys: { program: 'both' },
        label: 'partly outside the area',
        value: null,
        reason: 'BOUNDED',
        bounds: { min: 0, max: 100 / 65252 },
      },
      {
        keys: { program: 'inside' },
        label: 'wholly in the area',
        value: 50 / 65252,
        ratio: { numerator: 50, denominator: 65252, value: 50 / 65252 },
        count: 50,
      },
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.notes).toContain(
      'Programs also located outside Göygöl add between 0 and their count: both.',
    );
  });
});

describe('beneficiaryCoverage: open bounds and programs partly outside', () => {
  it('has no upper bound when a count has none', () => {
    const result = beneficiaryCoverage(
      [
        makeProgram({
          id: 'a',
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: { count: { min: 50 }, unit: 'person', estimated: true },
        }),
        makeProgram({
          id: 'b',
          locations: [{ locationId: 'AZ-GYG' }, { locationId: 'AZ-DAS' }],
          beneficiaries: { count: { min: 10 }, unit: 'person', estimated: true },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    // At least 50 (program a); no maximum.
    expect(result.bounds).toEqual({ min: 50 / 65252 });
    // Each row without a maximum has no `max` key: a is at least 50 / 65,252, b (partly
    // outside) at least 0.
    expect(result.breakdown?.map((r) => [r.keys.program, r.bounds])).toEqual([
      ['a', { min: 50 / 65252 }],
      ['b', { min: 0 }],
    ]);
    expect(result.breakdown?.every((r) => r.bounds !== undefined && !('max' in r.bounds))).toBe(
      true,
    );
  });

  it('keeps the upper bound open when a partial program has one but the wholly-in count has none', () => {
    const result = beneficiaryCoverage(
      [
        makeProgram({
          id: 'a',
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: { count: { min: 50 }, unit: 'person', estimated: true },
        }),
        makeProgram({
          id: 'b',
          locations: [{ locationId: 'AZ-GYG' }, { locationId: 'AZ-DAS' }],
          beneficiaries: { count: 10, unit: 'person', estimated: false },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    // At least 50 (program a, wholly in Göygöl); a has no maximum, so adding b's 0 to 10 leaves
    // the maximum open: bounds { min: 50 / 65,252 }, no max.
    expect(result.bounds).toEqual({ min: 50 / 65252 });
  });

  it('names the programs partly outside the area in id order', () => {
    const partly = (id: string) =>
      makeProgram({
        id,
        locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }],
        beneficiaries: { count: 10, unit: 'person', estimated: false },
      });
    const result = beneficiaryCoverage([partly('zeta'), partly('alpha')], {
      gazetteer: g,
      locationId: 'AZ-GYG',
    });
    // Given as zeta, alpha; named as alpha, zeta.
    expect(result.notes).toContain(
      'Programs also located outside Göygöl add between 0 and their count: alpha, zeta.',
    );
  });
});

describe('beneficiaryCoverage: shared ids and unknown populations', () => {
  it('keeps a row for each of two programs sharing an id, the one wholly in the area first', () => {
    const result = beneficiaryCoverage(
      [
        makeProgram({
          id: 'same',
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: { count: 5, unit: 'person', estimated: false },
        }),
        makeProgram({
          id: 'same',
          locations: [{ locationId: 'AZ-GYG' }, { locationId: 'AZ-DAS' }],
          beneficiaries: { count: 10, unit: 'person', estimated: false },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    // Equal ids keep their order (wholly in the area, then partly outside): 5 exactly, then
    // between 0 and 10.
    expect(result.breakdown?.map((r) => [r.keys.program, r.label, r.value, r.bounds])).toEqual([
      ['same', 'wholly in the area', 5 / 65252, undefined],
      ['same', 'partly outside the area', null, { min: 0, max: 10 / 65252 }],
    ]);
  });

  it('is null with MISSING_DATA when the population is unknown', () => {
    const exact = beneficiaryCoverage(
      [
        makeProgram({
          locations: [{ locationId: 'AZ-DAS' }],
          beneficiaries: { count: 120, unit: 'person', estimated: false },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-DAS' },
    );
    expect(exact.value).toBeNull();
    expect(exact.reason).toBe('MISSING_DATA');
    expect(exact.ratio).toEqual({
      numerator: 120,
      denominator: null,
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(exact.definitions.population).toBeNull();
    // The row keeps the persons, with no population to divide by.
    expect(exact.breakdown?.map((r) => [r.value, r.reason, r.count, r.ratio?.numerator])).toEqual([
      [null, 'MISSING_DATA', 120, 120],
    ]);
    expect(IndicatorResultSchema.safeParse(exact).success).toBe(true);
    expect(exact.notes[0]).toBe('The population of Daşkəsən (AZ-DAS) is not known.');
    const bounded = beneficiaryCoverage(
      [
        makeProgram({
          locations: [{ locationId: 'AZ-DAS' }],
          beneficiaries: { count: { max: 999 }, unit: 'person', estimated: true },
        }),
      ],
      { gazetteer: g, locationId: 'AZ-DAS' },
    );
    expect(bounded).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(bounded.bounds).toBeUndefined();
  });
});

describe('beneficiaryCoverage: empty populations and regions', () => {
  it('is null with ZERO_DENOMINATOR for a population of 0', () => {
    const empty = createGazetteer([
      LocationSchema.parse({
        id: 'ghost',
        kind: 'village',
        name: 'Ghost',
        population: { count: 0, asOf: '2024-01-01', sourceId: 'src-census' },
      }),
    ]);
    const program = (count: number | { min: number }) =>
      makeProgram({
        locations: [{ locationId: 'ghost' }],
        beneficiaries: { count, unit: 'person', estimated: false },
      });
    expect(
      beneficiaryCoverage([program(5)], { gazetteer: empty, locationId: 'ghost' }),
    ).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    const bounded = beneficiaryCoverage([program({ min: 5 })], {
      gazetteer: empty,
      locationId: 'ghost',
    });
    expect(bounded).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
    expect(bounded.bounds).toBeUndefined();
  });

  it('covers a region through the districts under it', () => {
    const region = createGazetteer([
      LocationSchema.parse({
        id: 'region',
        kind: 'economicRegion',
        name: 'Region',
        population: { count: 1000, asOf: '2024-01-01', sourceId: 'src-census' },
      }),
      LocationSchema.parse({ id: 'd1', kind: 'district', name: 'D1', parentId: 'region' }),
      LocationSchema.parse({ id: 'd2', kind: 'district', name: 'D2', parentId: 'region' }),
      LocationSchema.parse({ id: 'other', kind: 'district', name: 'Other' }),
    ]);
    const programs = [
      makeProgram({
        id: 'a',
        locations: [{ locationId: 'd1' }, { locationId: 'd2' }],
        beneficiaries: { count: 120, unit: 'person', estimated: false },
      }),
      makeProgram({
        id: 'b',
        locations: [{ locationId: 'd2' }],
        beneficiaries: { count: 30, unit: 'household', estimated: false },
      }),
    ];
    const result = beneficiaryCoverage(programs, { gazetteer: region, locationId: 'region' });
    // Program a lies wholly in the region: 120 / 1,000 = 0.12; b counts households and is out.
    expect(result.value).toBe(0.12);
    expect(result.notes).toContain(
      '1 program(s) count households, organizations or communities, not persons, and are left out.',
    );
  });
});

describe('beneficiaryCoverage: nothing reached and unknown locations', () => {
  it('is 0 when no program reaches the area', () => {
    const result = beneficiaryCoverage([makeProgram({ locations: [] })], {
      gazetteer: g,
      locationId: 'AZ-GYG',
    });
    // 0 people / 65,252 = 0: a real zero.
    expect(result.value).toBe(0);
    expect(result.breakdown).toEqual([]);
  });

  it('rejects a location the gazetteer does not hold', () => {
    expect(() => beneficiaryCoverage([], { gazetteer: g, locationId: 'AZ-XYZ' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('"AZ-XYZ" is not in the gazetteer'),
      }),
    );
    expect(() =>
      beneficiaryCoverage([], { gazetteer: g, locationId: 42 as unknown as string }),
    ).toThrow(/"42" is not in the gazetteer/);
  });
});

describe('beneficiaryCoverage: the AzerGold reference case', () => {
  it('is bounded in Göygöl and unknown in Daşkəsən', () => {
    const goygol = beneficiaryCoverage(azergoldDataset.programs, {
      gazetteer: azGazetteer,
      locationId: 'AZ-GYG',
    });
    // The seven area programs share one count of 200 to 999 persons and are all also located
    // in Daşkəsən, so the group adds 0 to 999 once (not 7 × 999 = 6,993 as when each area
    // carried the bound): between 0 and 999 of 65,252 residents, at most 0.01531.
    expect(goygol).toMatchObject({ value: null, reason: 'BOUNDED' });
    expect(goygol.bounds).toEqual({ min: 0, max: 999 / 65252 });
    const dashkasan = beneficiaryCoverage(azergoldDataset.programs, {
      gazetteer: azGazetteer,
      locationId: 'AZ-DAS',
    });
    expect(dashkasan).toMatchObject({ value: null, reason: 'MISSING_DATA' });
  });
});

describe('beneficiaryCoverage on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('gives one result per district where programs counting persons are located', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({
      ...p,
      beneficiaries: { count: 240, unit: 'person' as const, estimated: false },
    }));
    const outcome = beneficiaryCoverageIndicator.fromDataset(
      contextOf({ ...dataset, programs }, choices),
    );
    // The school program is located in Hill District and in Hill Village, which lies in Hill
    // District: one district, XX-D1, which has no population (the village's 1,200 are not
    // the district's).
    expect(outcome).toMatchObject([
      { definitions: { locationId: 'XX-D1' }, value: null, reason: 'MISSING_DATA' },
    ]);
    // With a population of 2,400 for the district: 240 / 2,400 = 0.1.
    const locations = (dataset.locations ?? []).map((l) =>
      l.id === 'XX-D1'
        ? { ...l, population: { count: 2400, asOf: '2024-01-01', sourceId: 'src-census' } }
        : l,
    );
    expect(
      beneficiaryCoverageIndicator.fromDataset(
        contextOf({ ...dataset, locations, programs }, choices),
      ),
    ).toMatchObject([{ definitions: { locationId: 'XX-D1' }, value: 0.1 }]);
  });

  it('is dataAbsent when no program counting persons has a location', () => {
    expect(beneficiaryCoverageIndicator.fromDataset(contextOf(baseDataset(), choices))).toEqual({
      status: 'dataAbsent',
      detail: 'No program with beneficiaries in persons has a location.',
    });
  });
});

describe('beneficiaryCoverage: programs that state no beneficiaries', () => {
  it('leaves them out without calling them programs of other units', () => {
    // Göygöl: 6,525 persons of one program over 65,252; the second program states no
    // beneficiaries, so it is neither counted nor named among programs counting households.
    const result = beneficiaryCoverage(
      [
        makeProgram({
          id: 'p-persons',
          locations: [{ locationId: 'AZ-GYG' }],
          beneficiaries: { count: 6525, unit: 'person', estimated: false },
        }),
        makeProgram({ id: 'p-silent', locations: [{ locationId: 'AZ-GYG' }] }),
      ],
      { gazetteer: g, locationId: 'AZ-GYG' },
    );
    expect(result.ratio).toEqual({ numerator: 6525, denominator: 65252, value: 6525 / 65252 });
    expect(result.notes.some((n) => n.includes('households'))).toBe(false);
  });
});

describe('beneficiaryCoverage on a dataset: programs indexed by area', () => {
  it('gives, for every district, the result of the function called on that district alone', () => {
    // Villages directly under an economic region (their own "district"), a village in Göygöl,
    // and programs wholly in one place, spread over two places, or counting households.
    const villages = [0, 1, 2].map((i) =>
      LocationSchema.parse({
        id: `vil-er-${i}`,
        kind: 'village',
        name: `Kənd ${i}`,
        parentId: 'az-er-ganja-dashkasan',
        population: { count: 1000 * (i + 1), asOf: '2024-01-01', sourceId: 'src-1' },
      }),
    );
    const gazetteer = extendGazetteer(g, villages);
    const persons = (count: number) => ({ count, unit: 'person' as const, estimated: false });
    const programs = [
      makeProgram({
        id: 'p-a',
        locations: [{ locationId: 'vil-er-0' }],
        beneficiaries: persons(100),
      }),
      makeProgram({
        id: 'p-b',
        locations: [{ locationId: 'vil-er-1' }, { locationId: 'vil-gyg' }],
        beneficiaries: persons(300),
      }),
      makeProgram({
        id: 'p-c',
        locations: [{ locationId: 'vil-er-2' }],
        beneficiaries: { count: 40, unit: 'household', estimated: false },
      }),
      makeProgram({ id: 'p-d', locations: [{ locationId: 'AZ-GYG' }], beneficiaries: persons(65) }),
    ];
    const context = { ...contextOf(baseDataset(), { asOf: '2024-12-31' }), gazetteer };
    const outcome = beneficiaryCoverageIndicator.fromDataset({
      ...context,
      data: { ...context.data, programs },
    });
    if (!Array.isArray(outcome)) throw new Error('expected results');
    // Districts reached by programs counting persons: AZ-GYG (p-b through vil-gyg, p-d) and
    // the villages vil-er-0 (p-a) and vil-er-1 (p-b); vil-er-2 has only a household count.
    const ids = outcome.map((r) => r.keys?.location);
    expect(ids).toEqual(['AZ-GYG', 'vil-er-0', 'vil-er-1']);
    for (const result of outcome) {
      const alone = beneficiaryCoverage(
        programs.filter((p) => p.beneficiaries?.unit === 'person'),
        { gazetteer, locationId: result.keys?.location as string },
      );
      expect(result).toEqual(alone);
    }
    // vil-er-0: 100 / 1,000 = 0.1. vil-er-1: p-b is also in Göygöl, so between 0 and 300 of
    // 2,000: bounds [0, 0.15].
    expect(outcome[1]?.value).toBe(0.1);
    expect(outcome[2]?.bounds).toEqual({ min: 0, max: 0.15 });
  });
});
