import { describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { foldEmployees } from '../../../test/fixtures/foldEmployees.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { thrown } from '../../../test/fixtures/thrown.js';
import { asOf2025 } from '../../../test/fixtures/workforceOrigins2025.js';
import type { Employee } from '../../model/employee.js';
import { ageBand } from './ageBand.js';
import {
  type DiversityCompositionOptions,
  diversityComposition,
  diversityCompositionFold,
} from './diversityComposition.js';
import { isActiveOn } from './isActiveOn.js';

describe('diversityCompositionFold', () => {
  const records = foldEmployees(405, 400);

  it('is fed a seeded set covering every branch: the generated records have them all', () => {
    const active = records.filter((e) => isActiveOn(e, asOf2025));
    expect(new Set(active.map((e) => e.engagement)).size).toBe(2);
    expect(records.some((e) => !isActiveOn(e, asOf2025))).toBe(true);
    expect(new Set(active.map((e) => e.category)).size).toBe(4);
    expect(new Set(active.map((e) => e.gender)).size).toBe(4);
    expect(new Set(active.map((e) => ageBand(e.birthYear, asOf2025)))).toEqual(
      new Set(['<30', '30-50', '>50', 'unknown']),
    );
  });

  it('fed one record at a time, gives what diversityComposition gives on the array', () => {
    const variants: readonly DiversityCompositionOptions[] = [
      { asOf: asOf2025 },
      { asOf: asOf2025, includeContractors: true },
      { asOf: '2023-03-31', includeContractors: false },
      // Nobody is hired yet on 2021-12-31 (the records are hired from 2022): ZERO_DENOMINATOR.
      { asOf: '2021-12-31' },
    ];
    for (const options of variants) {
      expect(foldOneByOne(diversityCompositionFold(options), records)).toStrictEqual(
        diversityComposition(records, options),
      );
    }
  });

  it('GRI 405-1 b: counts a small set by hand', () => {
    // On 2025-06-30 (ages in 2025): workers w1 female 1990 (35: 30-50), w2 male 2000 (25: <30),
    // w3 female 1990 (30-50); senior manager s1 male without birth year (unknown). c1, a
    // contractor's worker (male, 1960: 65, >50), counts only with includeContractors; x1 left on
    // 2025-01-01 and is not counted.
    const small: readonly Employee[] = [
      makeEmployee({ id: 'w1', gender: 'female', birthYear: 1990 }),
      makeEmployee({ id: 'w2', birthYear: 2000 }),
      makeEmployee({ id: 'w3', gender: 'female', birthYear: 1990 }),
      makeEmployee({ id: 's1', category: 'seniorManagement' }),
      makeEmployee({ id: 'c1', birthYear: 1960, engagement: 'contractor' }),
      makeEmployee({ id: 'x1', gender: 'female', terminationDate: '2025-01-01' }),
    ];
    const fold = diversityCompositionFold({ asOf: asOf2025 });
    for (const record of small) fold.add(record);
    const result = fold.finish();
    // w1 w2 w3 s1.
    expect(result.detail.headcount).toBe(4);
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BREAKDOWN_ONLY');
    // Workers (3): genders, age bands, then gender × age band; then senior management (1).
    expect(result.breakdown?.map((row) => [row.keys, row.count, row.value])).toEqual([
      [{ category: 'worker', gender: 'female' }, 2, 2 / 3], // w1 w3
      [{ category: 'worker', gender: 'male' }, 1, 1 / 3], // w2
      [{ category: 'worker', ageBand: '30-50' }, 2, 2 / 3], // w1 w3
      [{ category: 'worker', ageBand: '<30' }, 1, 1 / 3], // w2
      [{ category: 'worker', gender: 'female', ageBand: '30-50' }, 2, 2 / 3],
      [{ category: 'worker', gender: 'male', ageBand: '<30' }, 1, 1 / 3],
      [{ category: 'seniorManagement', gender: 'male' }, 1, 1], // s1
      [{ category: 'seniorManagement', ageBand: 'unknown' }, 1, 1],
      [{ category: 'seniorManagement', gender: 'male', ageBand: 'unknown' }, 1, 1],
    ]);
    // With contractors, c1 joins the workers (4): men w2 c1 = 2 / 4, band >50 c1 = 1 / 4.
    const all = diversityCompositionFold({ asOf: asOf2025, includeContractors: true });
    for (const record of small) all.add(record);
    const rows = all.finish().breakdown ?? [];
    expect(
      rows.find((r) => r.keys.gender === 'male' && r.keys.ageBand === undefined)?.ratio,
    ).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(rows.find((r) => r.keys.ageBand === '>50' && r.keys.gender === undefined)?.value).toBe(
      0.25,
    );
  });

  it('checks asOf when it is created, before any record', () => {
    const bad = { asOf: '2025-13-01' } as unknown as DiversityCompositionOptions;
    expect(thrown(() => diversityCompositionFold(bad))).toEqual({
      name: 'ImpactError',
      code: 'INVALID_DATE',
      message: expect.stringContaining('asOf'),
    });
    expect(thrown(() => diversityCompositionFold(bad))).toEqual(
      thrown(() => diversityComposition([], bad)),
    );
  });

  it('refuses records that are not iterable with INVALID_ARGUMENT, after the options', () => {
    const notIterable = null as unknown as Iterable<Employee>;
    expect(thrown(() => diversityComposition(notIterable, { asOf: asOf2025 }))).toMatchObject({
      name: 'ImpactError',
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('employees is not iterable'),
    });
    expect(thrown(() => diversityComposition(notIterable, { asOf: 'x' as never }))?.code).toBe(
      'INVALID_DATE',
    );
  });
});
