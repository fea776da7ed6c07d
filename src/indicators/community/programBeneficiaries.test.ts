import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { indicatorContextOf as contextOf } from '../../../test/fixtures/indicatorContext.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { communityIndicators } from './communityIndicators.js';
import { programBeneficiaries, programBeneficiariesIndicator } from './programBeneficiaries.js';

const hundreds = { min: 200, max: 999, phrase: 'hundreds of community members' };

describe('programBeneficiaries: the catalog entry', () => {
  it('is community.programBeneficiaries, unit count, rows by category and region', () => {
    expect(IndicatorCatalogEntrySchema.parse(programBeneficiariesIndicator.entry)).toMatchObject({
      id: 'community.programBeneficiaries',
      family: 'community',
      functionName: 'programBeneficiaries',
      unit: 'count',
      results: 'one',
      dimensions: ['category', 'economicRegion'],
    });
    expect(programBeneficiariesIndicator.compute).toBe(programBeneficiaries);
    expect(communityIndicators).toContain(programBeneficiariesIndicator);
  });
});

const withIds = fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), {
  maxLength: 6,
});

describe('programBeneficiaries', () => {
  it('counts unique people across programs when ids are given', () => {
    const programs = [
      makeProgram({
        id: 'a',
        category: 'education',
        beneficiaries: { count: 3, unit: 'person', ids: ['p1', 'p2', 'p3'], estimated: false },
      }),
      makeProgram({
        id: 'b',
        category: 'sportsAndHealth',
        beneficiaries: { count: 2, unit: 'person', ids: ['p3', 'p4'], estimated: false },
      }),
    ];
    const result = programBeneficiaries(programs);
    // Sum 3 + 2 = 5; unique {p1, p2, p3, p4} = 4 (p3 is in both).
    expect(result.detail.sum).toBe(5);
    expect(result.detail.unique).toBe(4);
    expect(result.detail.mayDoubleCount).toBe(false);
    expect(result.bounds).toEqual({ min: 4, max: 4 });
    expect(result.unit).toBe('count');
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(result.value).toBe(4);
  });

  it('flags possible double counting without ids and bounds the unique count', () => {
    const programs = [
      makeProgram({ id: 'a', beneficiaries: { count: 120, unit: 'person', estimated: false } }),
      makeProgram({ id: 'b', beneficiaries: { count: 80, unit: 'person', estimated: false } }),
    ];
    const result = programBeneficiaries(programs);
    // Unique people: at least the larger program (120), at most everyone distinct (200).
    expect(result.detail.sum).toBe(200);
    expect(result.detail.unique).toBeNull();
    expect(result.detail.mayDoubleCount).toBe(true);
    expect(result.bounds).toEqual({ min: 120, max: 200 });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.notes[0]).toMatch(/counted in several programs/);
  });

  it('keeps "hundreds" a bound', () => {
    const result = programBeneficiaries([
      makeProgram({ id: 'a', beneficiaries: { count: hundreds, unit: 'person', estimated: true } }),
    ]);
    expect(result.detail.sum).toBeNull();
    expect(result.bounds).toEqual({ min: 200, max: 999 });
    expect(result.value).toBeNull();
    expect(result.notes).toContain('Some counts are estimates.');
  });

  it('leaves the maximum open when a count has no upper bound', () => {
    const result = programBeneficiaries([
      makeProgram({
        id: 'a',
        beneficiaries: { count: { min: 50 }, unit: 'person', estimated: true },
      }),
      makeProgram({ id: 'b', beneficiaries: { count: 30, unit: 'person', estimated: false } }),
    ]);
    // At least max(50, 30) = 50; no upper bound.
    expect(result.bounds).toEqual({ min: 50 });
  });
});

describe('programBeneficiaries: units and categories', () => {
  it('never adds households to persons', () => {
    const programs = [
      makeProgram({
        id: 'a',
        category: 'education',
        beneficiaries: { count: 40, unit: 'person', estimated: false },
      }),
      makeProgram({
        id: 'b',
        category: 'infrastructure',
        beneficiaries: { count: 12, unit: 'household', estimated: false },
      }),
      makeProgram({ id: 'c' }),
    ];
    expect(programBeneficiaries(programs).detail.sum).toBe(40);
    expect(programBeneficiaries(programs).value).toBe(40);
    expect(programBeneficiaries(programs, { unit: 'household' }).detail.sum).toBe(12);
    expect(programBeneficiaries(programs, { unit: 'household' }).detail.programIds).toEqual(['b']);
  });

  it('breaks the counts down by category', () => {
    const programs = [
      makeProgram({
        id: 'a',
        category: 'education',
        beneficiaries: { count: 40, unit: 'person', estimated: false },
      }),
      makeProgram({
        id: 'b',
        category: 'education',
        beneficiaries: { count: hundreds, unit: 'person', estimated: true },
      }),
      makeProgram({
        id: 'c',
        category: 'agriculture',
        beneficiaries: { count: 15, unit: 'person', estimated: false },
      }),
    ];
    const result = programBeneficiaries(programs);
    // education: 40 + [200, 999] = [240, 1039]; agriculture: 15.
    expect(result.detail.byCategory).toEqual([
      { category: 'agriculture', programs: 1, min: 15, max: 15 },
      { category: 'education', programs: 2, min: 240, max: 1039 },
    ]);
    expect(result.breakdown?.map((r) => [r.keys.category, r.value])).toEqual([
      ['agriculture', 15],
      ['education', null],
    ]);
    // A category row has no label: the key is the category itself, so the rows carry no
    // `label` key at all (not one set to undefined).
    expect(result.breakdown?.map((r) => Object.keys(r))).toEqual([
      ['keys', 'value', 'count', 'bounds'],
      ['keys', 'value', 'reason', 'count', 'bounds'],
    ]);
  });

  it('leaves a category open above once one of its counts has no upper bound', () => {
    const programs = [
      makeProgram({
        id: 'a',
        category: 'sportsAndHealth',
        beneficiaries: { count: { min: 50 }, unit: 'person', estimated: true },
      }),
      makeProgram({
        id: 'b',
        category: 'sportsAndHealth',
        beneficiaries: { count: 10, unit: 'person', estimated: false },
      }),
    ];
    // sportsAndHealth: [50, no maximum] + 10 = at least 60, still no maximum (the later exact
    // count does not close it).
    expect(programBeneficiaries(programs).detail.byCategory).toEqual([
      { category: 'sportsAndHealth', programs: 2, min: 60 },
    ]);
  });
});

describe('programBeneficiaries: nothing, and properties', () => {
  it('is empty without programs reporting beneficiaries', () => {
    const result = programBeneficiaries([makeProgram()]);
    expect(result.detail.sum).toBe(0);
    expect(result.value).toBeNull();
    expect(result.reason).toBe('MISSING_DATA');
  });

  test.prop([fc.array(withIds, { minLength: 1, maxLength: 6 })])(
    'never has more unique beneficiaries than the sum',
    (lists) => {
      const programs = lists.map((ids, i) =>
        makeProgram({
          id: `p${i}`,
          beneficiaries: { count: ids.length, unit: 'person', ids, estimated: false },
        }),
      );
      const result = programBeneficiaries(programs);
      expect(result.detail.unique).not.toBeNull();
      expect(result.detail.unique ?? 0).toBeLessThanOrEqual(result.detail.sum ?? 0);
      expect(result.bounds?.min ?? 0).toBeLessThanOrEqual(
        result.bounds?.max ?? Number.POSITIVE_INFINITY,
      );
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 })])(
    'does not depend on the order of programs',
    (counts) => {
      const programs = counts.map((count, i) =>
        makeProgram({ id: `p${i}`, beneficiaries: { count, unit: 'person', estimated: false } }),
      );
      const forward = programBeneficiaries(programs);
      const backward = programBeneficiaries([...programs].reverse());
      expect(backward.detail.sum).toBe(forward.detail.sum);
      expect(backward.bounds).toEqual(forward.bounds);
      expect(backward.detail.byCategory).toEqual(forward.detail.byCategory);
    },
  );
});

describe('programBeneficiaries: economic regions', () => {
  it('breaks the counts down by economic region with a gazetteer', () => {
    const programs = [
      makeProgram({
        id: 'a',
        locations: [{ locationId: 'AZ-DAS' }, { locationId: 'AZ-GYG' }],
        beneficiaries: { count: hundreds, unit: 'person', estimated: true },
      }),
      makeProgram({
        id: 'b',
        locations: [{ locationId: 'AZ-GYG' }, { locationId: 'AZ-KAL' }],
        beneficiaries: { count: 15, unit: 'person', estimated: false },
      }),
      makeProgram({
        id: 'c',
        locations: [{ locationId: 'AZ-NOWHERE' }],
        beneficiaries: { count: { min: 5 }, unit: 'person', estimated: true },
      }),
      makeProgram({
        id: 'd',
        locations: [],
        beneficiaries: { count: 7, unit: 'person', estimated: false },
      }),
    ];
    const result = programBeneficiaries(programs, { gazetteer: azGazetteer });
    // Gəncə-Daşkəsən: a (Daşkəsən and Göygöl, counted once) [200, 999] + b 15 = [215, 1014].
    // Eastern Zangazur (Kəlbəcər): b, 15. Unknown: c (not in the gazetteer) >= 5 and d (no
    // location) 7: [12, no maximum].
    expect(result.detail.byRegion).toEqual([
      {
        regionId: 'az-er-eastern-zangazur',
        label: 'Şərqi Zəngəzur',
        programs: 1,
        min: 15,
        max: 15,
      },
      {
        regionId: 'az-er-ganja-dashkasan',
        label: 'Gəncə-Daşkəsən',
        programs: 2,
        min: 215,
        max: 1014,
      },
      { regionId: 'unknown', label: 'unknown', programs: 2, min: 12 },
    ]);
    expect(result.breakdown?.filter((r) => 'economicRegion' in r.keys)).toEqual([
      {
        keys: { economicRegion: 'az-er-eastern-zangazur' },
        label: 'Şərqi Zəngəzur',
        value: 15,
        count: 1,
        bounds: { min: 15, max: 15 },
      },
      {
        keys: { economicRegion: 'az-er-ganja-dashkasan' },
        label: 'Gəncə-Daşkəsən',
        value: null,
        reason: 'BOUNDED',
        count: 2,
        bounds: { min: 215, max: 1014 },
      },
      {
        keys: { economicRegion: 'unknown' },
        label: 'unknown',
        value: null,
        reason: 'BOUNDED',
        count: 2,
        bounds: { min: 12 },
      },
    ]);
    // Without a gazetteer there is no breakdown by region, as before.
    const plain = programBeneficiaries(programs);
    expect(plain.detail.byRegion).toBeUndefined();
    expect(plain.breakdown?.every((r) => Object.keys(r.keys).join() === 'category')).toBe(true);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('programBeneficiaries: bad input', () => {
  it('rejects a gazetteer that is not one', () => {
    expect(() => programBeneficiaries([], { gazetteer: {} as typeof azGazetteer })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('programBeneficiaries: the AzerGold reference case', () => {
  it('takes the one "hundreds" the seven areas share once: between 200 and 999, all in Gəncə-Daşkəsən', () => {
    const result = programBeneficiaries(azergoldDataset.programs, { gazetteer: azGazetteer });
    // The company says "hundreds of community members" benefit from the seven areas together:
    // one count of { min: 200, max: 999 } shared by seven programs (jointWith), taken once.
    // Before, each area carried { max: 999 } and the bounds were 0 to 7 × 999 = 6,993.
    expect(result.detail.programIds).toHaveLength(7);
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds).toEqual({ min: 200, max: 999 });
    // One group of counts: nobody can be counted twice across groups.
    expect(result.detail.mayDoubleCount).toBe(false);
    expect(result.notes[0]).toBe(
      'One count is published for the programs csr-dg-agriculture, csr-dg-cultural-heritage, csr-dg-education, csr-dg-entrepreneurship, csr-dg-environment, csr-dg-public-awareness, csr-dg-sports-health together; it is counted once.',
    );
    // All seven programs lie in Daşkəsən and Göygöl, both in Gəncə-Daşkəsən: the whole count.
    expect(result.detail.byRegion).toEqual([
      {
        regionId: 'az-er-ganja-dashkasan',
        label: 'Gəncə-Daşkəsən',
        programs: 7,
        min: 200,
        max: 999,
      },
    ]);
    // The seven programs are in seven categories: each category holds between 0 and 999.
    expect(result.detail.byCategory).toHaveLength(7);
    for (const category of result.detail.byCategory)
      expect([category.programs, category.min, category.max]).toEqual([1, 0, 999]);
  });
});

describe('programBeneficiaries on a dataset', () => {
  const choices = { asOf: '2024-12-31' as const };

  it('counts the persons reached by every program', () => {
    const dataset = baseDataset();
    const programs = (dataset.programs ?? []).map((p) => ({
      ...p,
      beneficiaries: { count: 240, unit: 'person' as const, estimated: false },
    }));
    const outcome = programBeneficiariesIndicator.fromDataset(
      contextOf({ ...dataset, programs }, choices),
    );
    // One program of 240 persons: exactly 240.
    expect(outcome).toMatchObject([{ value: 240, detail: { programIds: ['prog-school'] } }]);
  });

  it('is dataAbsent when no program counts persons', () => {
    expect(programBeneficiariesIndicator.fromDataset(contextOf(baseDataset(), choices))).toEqual({
      status: 'dataAbsent',
      detail: 'No program reports beneficiaries in persons.',
    });
  });
});

describe('programBeneficiaries with an approximate count', () => {
  it('takes "about 20,000 people" as the value and quotes the phrase', () => {
    const visitors = makeProgram({
      id: 'festival',
      beneficiaries: {
        count: { approximately: 20_000, phrase: 'about 20,000 people' },
        unit: 'person',
        estimated: true,
      },
    });
    const reached = programBeneficiaries([visitors]);
    expect([reached.value, reached.reason]).toEqual([20_000, undefined]);
    expect(reached.notes).toContain(
      'approximate: beneficiaries of festival published as "about 20,000 people" (the figure is taken as the value).',
    );
  });
});
