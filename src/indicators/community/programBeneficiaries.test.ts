import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { makeProgram } from '../../../test/fixtures/builders.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { programBeneficiaries } from './programBeneficiaries.js';

const hundreds = { min: 200, max: 999, phrase: 'hundreds of community members' };

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
    expect(result.sum).toBe(5);
    expect(result.unique).toBe(4);
    expect(result.mayDoubleCount).toBe(false);
    expect(result.bounds).toEqual({ min: 4, max: 4 });
    expect(result.result.value).toBe(4);
  });

  it('flags possible double counting without ids and bounds the unique count', () => {
    const programs = [
      makeProgram({ id: 'a', beneficiaries: { count: 120, unit: 'person', estimated: false } }),
      makeProgram({ id: 'b', beneficiaries: { count: 80, unit: 'person', estimated: false } }),
    ];
    const result = programBeneficiaries(programs);
    // Unique people: at least the larger program (120), at most everyone distinct (200).
    expect(result.sum).toBe(200);
    expect(result.unique).toBeNull();
    expect(result.mayDoubleCount).toBe(true);
    expect(result.bounds).toEqual({ min: 120, max: 200 });
    expect(result.result.value).toBeNull();
    expect(result.result.reason).toBe('BOUNDED');
    expect(result.result.notes[0]).toMatch(/counted in several programs/);
  });

  it('keeps "hundreds" a bound', () => {
    const result = programBeneficiaries([
      makeProgram({ id: 'a', beneficiaries: { count: hundreds, unit: 'person', estimated: true } }),
    ]);
    expect(result.sum).toBeNull();
    expect(result.bounds).toEqual({ min: 200, max: 999 });
    expect(result.result.value).toBeNull();
    expect(result.result.notes).toContain('Some counts are estimates.');
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
    expect(programBeneficiaries(programs).sum).toBe(40);
    expect(programBeneficiaries(programs).result.value).toBe(40);
    expect(programBeneficiaries(programs, { unit: 'household' }).sum).toBe(12);
    expect(programBeneficiaries(programs, { unit: 'household' }).programIds).toEqual(['b']);
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
    expect(result.byCategory).toEqual([
      { category: 'agriculture', programs: 1, min: 15, max: 15 },
      { category: 'education', programs: 2, min: 240, max: 1039 },
    ]);
    expect(result.result.breakdown?.map((r) => [r.key, r.value])).toEqual([
      ['agriculture', 15],
      ['education', null],
    ]);
    // A category row has no label: the key is the category itself, so the rows carry no
    // `label` key at all (not one set to undefined).
    expect(result.result.breakdown?.map((r) => Object.keys(r))).toEqual([
      ['dimension', 'key', 'value', 'count', 'bounds'],
      ['dimension', 'key', 'value', 'reason', 'count', 'bounds'],
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
    expect(programBeneficiaries(programs).byCategory).toEqual([
      { category: 'sportsAndHealth', programs: 2, min: 60 },
    ]);
  });

  it('is empty without programs reporting beneficiaries', () => {
    const result = programBeneficiaries([makeProgram()]);
    expect(result.sum).toBe(0);
    expect(result.result.value).toBeNull();
    expect(result.result.reason).toBe('MISSING_DATA');
  });

  const withIds = fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'), {
    maxLength: 6,
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
      expect(result.unique).not.toBeNull();
      expect(result.unique ?? 0).toBeLessThanOrEqual(result.sum ?? 0);
      expect(result.bounds.min).toBeLessThanOrEqual(result.bounds.max ?? Number.POSITIVE_INFINITY);
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
      expect(backward.sum).toBe(forward.sum);
      expect(backward.bounds).toEqual(forward.bounds);
      expect(backward.byCategory).toEqual(forward.byCategory);
    },
  );

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
    expect(result.byRegion).toEqual([
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
    expect(result.result.breakdown?.filter((r) => r.dimension === 'economicRegion')).toEqual([
      {
        dimension: 'economicRegion',
        key: 'az-er-eastern-zangazur',
        label: 'Şərqi Zəngəzur',
        value: 15,
        count: 1,
        bounds: { min: 15, max: 15 },
      },
      {
        dimension: 'economicRegion',
        key: 'az-er-ganja-dashkasan',
        label: 'Gəncə-Daşkəsən',
        value: null,
        reason: 'BOUNDED',
        count: 2,
        bounds: { min: 215, max: 1014 },
      },
      {
        dimension: 'economicRegion',
        key: 'unknown',
        label: 'unknown',
        value: null,
        reason: 'BOUNDED',
        count: 2,
        bounds: { min: 12 },
      },
    ]);
    // Without a gazetteer there is no breakdown by region, as before.
    const plain = programBeneficiaries(programs);
    expect(plain.byRegion).toBeUndefined();
    expect(plain.result.breakdown?.every((r) => r.dimension === 'category')).toBe(true);
  });

  it('rejects a gazetteer that is not one', () => {
    expect(() => programBeneficiaries([], { gazetteer: {} as typeof azGazetteer })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('programBeneficiaries: the AzerGold reference case', () => {
  it('bounds the seven areas between 0 and 7 × 999, all in Gəncə-Daşkəsən', () => {
    const result = programBeneficiaries(azergoldDataset.programs, { gazetteer: azGazetteer });
    // Seven programs count persons, each { max: 999 }: no minimum, at most 7 × 999 = 6,993.
    expect(result.programIds).toHaveLength(7);
    expect(result.bounds).toEqual({ min: 0, max: 6993 });
    expect(result.mayDoubleCount).toBe(true);
    expect(result.byRegion).toEqual([
      {
        regionId: 'az-er-ganja-dashkasan',
        label: 'Gəncə-Daşkəsən',
        programs: 7,
        min: 0,
        max: 6993,
      },
    ]);
  });
});
