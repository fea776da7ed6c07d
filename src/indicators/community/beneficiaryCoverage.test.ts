import { describe, expect, it } from 'vitest';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { LocationSchema } from '../../model/location.js';
import { createGazetteer } from '../../places/createGazetteer.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import { beneficiaryCoverage } from './beneficiaryCoverage.js';

// Göygöl (AZ-GYG) has a population of 65,252 on 2021-12-31 in the Azerbaijan gazetteer;
// Daşkəsən (AZ-DAS) has none.
const g = extendGazetteer(azGazetteer, [
  LocationSchema.parse({ id: 'vil-gyg', kind: 'village', name: 'Kənd', parentId: 'AZ-GYG' }),
]);

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
      g,
      'AZ-GYG',
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
    const result = beneficiaryCoverage(programs, g, 'AZ-GYG');
    // Unique {p1, p2, p3, p4} = 4 people; 4 / 65,252.
    expect(result.ratio?.numerator).toBe(4);
    expect(result.value).toBe(4 / 65252);
    expect(result.definitions.deduplication).toBe('ids');
    expect(result.breakdown?.map((r) => [r.key, r.value, r.label])).toEqual([
      ['a', 3, 'wholly in the area'],
      ['b', 2, 'wholly in the area'],
    ]);
  });

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
      g,
      'AZ-GYG',
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
    const result = beneficiaryCoverage(programs, g, 'AZ-GYG');
    // At least the 50 of the program wholly in Göygöl; at most 50 + 100 = 150. Daşkəsən only: out.
    expect(result.bounds).toEqual({ min: 50 / 65252, max: 150 / 65252 });
    expect(result.breakdown).toEqual([
      {
        dimension: 'program',
        key: 'both',
        label: 'partly outside the area',
        value: null,
        reason: 'BOUNDED',
        bounds: { min: 0, max: 100 },
      },
      {
        dimension: 'program',
        key: 'inside',
        label: 'wholly in the area',
        value: 50,
        bounds: { min: 50, max: 50 },
      },
    ]);
    expect(result.notes).toContain(
      'Programs also located outside Göygöl add between 0 and their count: both.',
    );
  });

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
      g,
      'AZ-GYG',
    );
    // At least 50 (program a); no maximum.
    expect(result.bounds).toEqual({ min: 50 / 65252 });
    // Each row without a maximum has no `max` key: a is at least 50, b (partly outside) at least 0.
    expect(result.breakdown?.map((r) => [r.key, r.bounds])).toEqual([
      ['a', { min: 50 }],
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
      g,
      'AZ-GYG',
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
    const result = beneficiaryCoverage([partly('zeta'), partly('alpha')], g, 'AZ-GYG');
    // Given as zeta, alpha; named as alpha, zeta.
    expect(result.notes).toContain(
      'Programs also located outside Göygöl add between 0 and their count: alpha, zeta.',
    );
  });

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
      g,
      'AZ-GYG',
    );
    // Equal ids keep their order (wholly in the area, then partly outside): 5 exactly, then
    // between 0 and 10.
    expect(result.breakdown?.map((r) => [r.key, r.label, r.value, r.bounds])).toEqual([
      ['same', 'wholly in the area', 5, { min: 5, max: 5 }],
      ['same', 'partly outside the area', null, { min: 0, max: 10 }],
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
      g,
      'AZ-DAS',
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
    expect(exact.notes[0]).toBe('The population of Daşkəsən (AZ-DAS) is not known.');
    const bounded = beneficiaryCoverage(
      [
        makeProgram({
          locations: [{ locationId: 'AZ-DAS' }],
          beneficiaries: { count: { max: 999 }, unit: 'person', estimated: true },
        }),
      ],
      g,
      'AZ-DAS',
    );
    expect(bounded).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(bounded.bounds).toBeUndefined();
  });

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
    expect(beneficiaryCoverage([program(5)], empty, 'ghost')).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    const bounded = beneficiaryCoverage([program({ min: 5 })], empty, 'ghost');
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
    const result = beneficiaryCoverage(programs, region, 'region');
    // Program a lies wholly in the region: 120 / 1,000 = 0.12; b counts households and is out.
    expect(result.value).toBe(0.12);
    expect(result.notes).toContain(
      '1 program(s) count households or organizations, not persons, and are left out.',
    );
  });

  it('is 0 when no program reaches the area', () => {
    const result = beneficiaryCoverage([makeProgram({ locations: [] })], g, 'AZ-GYG');
    // 0 people / 65,252 = 0: a real zero.
    expect(result.value).toBe(0);
    expect(result.breakdown).toEqual([]);
  });

  it('rejects a location the gazetteer does not hold', () => {
    expect(() => beneficiaryCoverage([], g, 'AZ-XYZ')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('"AZ-XYZ" is not in the gazetteer'),
      }),
    );
    expect(() => beneficiaryCoverage([], g, 42 as unknown as string)).toThrow(
      /"42" is not in the gazetteer/,
    );
  });
});

describe('beneficiaryCoverage: the AzerGold reference case', () => {
  it('is bounded in Göygöl and unknown in Daşkəsən', () => {
    const goygol = beneficiaryCoverage(azergoldDataset.programs, azGazetteer, 'AZ-GYG');
    // The seven area programs (at most 999 persons each) are all also located in Daşkəsən, so
    // each adds 0 to 999: between 0 and 7 × 999 = 6,993 of 65,252 residents.
    expect(goygol).toMatchObject({ value: null, reason: 'BOUNDED' });
    expect(goygol.bounds).toEqual({ min: 0, max: 6993 / 65252 });
    const dashkasan = beneficiaryCoverage(azergoldDataset.programs, azGazetteer, 'AZ-DAS');
    expect(dashkasan).toMatchObject({ value: null, reason: 'MISSING_DATA' });
  });
});
