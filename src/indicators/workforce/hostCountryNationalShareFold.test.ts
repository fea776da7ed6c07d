import { describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { foldEmployees } from '../../../test/fixtures/foldEmployees.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { thrown } from '../../../test/fixtures/thrown.js';
import { asOf2025 } from '../../../test/fixtures/workforceOrigins2025.js';
import type { Employee } from '../../model/employee.js';
import {
  type HostCountryNationalShareOptions,
  hostCountryNationalShare,
  hostCountryNationalShareFold,
} from './hostCountryNationalShare.js';
import { isActiveOn } from './isActiveOn.js';

describe('hostCountryNationalShareFold', () => {
  const records = foldEmployees(4051, 400);

  it('is fed a seeded set covering every branch: the generated records have them all', () => {
    const active = records.filter((e) => isActiveOn(e, asOf2025));
    expect(new Set(active.map((e) => e.engagement)).size).toBe(2);
    expect(records.some((e) => !isActiveOn(e, asOf2025))).toBe(true);
    expect(new Set(active.map((e) => e.nationality))).toEqual(
      new Set(['hostCountry', 'expatriate', 'notStated', undefined]),
    );
    expect(active.some((e) => e.category === 'seniorManagement')).toBe(true);
  });

  it('fed one record at a time, gives what hostCountryNationalShare gives on the array', () => {
    const withoutNationality = records.map(({ nationality: _, ...rest }) => rest as Employee);
    const withoutSeniors = records.filter((e) => e.category !== 'seniorManagement');
    const cases: readonly [readonly Employee[], HostCountryNationalShareOptions][] = [
      [records, { asOf: asOf2025 }],
      [records, { asOf: asOf2025, includeContractors: true }],
      [records, { asOf: '2023-03-31', includeContractors: false }],
      // Nobody is hired yet on 2021-12-31 (the records are hired from 2022): ZERO_DENOMINATOR.
      [records, { asOf: '2021-12-31' }],
      // No record states a nationality: MISSING_DATA.
      [withoutNationality, { asOf: asOf2025 }],
      // No senior manager: no senior management rows, and a note.
      [withoutSeniors, { asOf: asOf2025 }],
    ];
    for (const [input, options] of cases) {
      expect(foldOneByOne(hostCountryNationalShareFold(options), input)).toStrictEqual(
        hostCountryNationalShare(input, options),
      );
    }
  });

  it('GRI 405-1 b: counts a small set by hand', () => {
    // On 2025-06-30: h1 a host-country national and h2 an expatriate (workers), h3 a host-country
    // national and h4 without nationality (senior managers). h5, an expatriate contractor's
    // worker, counts only with includeContractors; h6 left on 2025-06-30.
    const small: readonly Employee[] = [
      makeEmployee({ id: 'h1', nationality: 'hostCountry' }),
      makeEmployee({ id: 'h2', nationality: 'expatriate' }),
      makeEmployee({ id: 'h3', nationality: 'hostCountry', category: 'seniorManagement' }),
      makeEmployee({ id: 'h4', category: 'seniorManagement' }),
      makeEmployee({ id: 'h5', nationality: 'expatriate', engagement: 'contractor' }),
      makeEmployee({ id: 'h6', nationality: 'hostCountry', terminationDate: asOf2025 }),
    ];
    const fold = hostCountryNationalShareFold({ asOf: asOf2025 });
    for (const record of small) fold.add(record);
    const result = fold.finish();
    // h1 h3 of h1 h2 h3 h4: 2 / 4.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(result.breakdown?.map((row) => [row.keys, row.count, row.value])).toEqual([
      [{ nationality: 'hostCountry' }, 2, 0.5], // h1 h3
      [{ nationality: 'expatriate' }, 1, 0.25], // h2
      [{ nationality: 'notStated' }, 1, 0.25], // h4
      [{ category: 'seniorManagement', nationality: 'hostCountry' }, 1, 0.5], // h3 of h3 h4
      [{ category: 'seniorManagement', nationality: 'expatriate' }, 0, 0],
      [{ category: 'seniorManagement', nationality: 'notStated' }, 1, 0.5], // h4
    ]);
    expect(result.notes).toEqual([
      '1 person(s) have no stated nationality: they stay in the denominator and are not counted as expatriates.',
    ]);
    // With contractors, h5 joins the expatriates: 2 / 5.
    const all = hostCountryNationalShareFold({ asOf: asOf2025, includeContractors: true });
    for (const record of small) all.add(record);
    expect(all.finish().ratio).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
  });

  it('checks asOf when it is created, and a counted record when it is added', () => {
    for (const [bad, code] of [
      [{}, 'INVALID_ARGUMENT'],
      [{ asOf: '2025-00-10' }, 'INVALID_DATE'],
    ] as const) {
      const options = bad as HostCountryNationalShareOptions;
      expect(thrown(() => hostCountryNationalShareFold(options))?.code).toBe(code);
      expect(thrown(() => hostCountryNationalShareFold(options))).toEqual(
        thrown(() => hostCountryNationalShare(7 as never, options)),
      );
    }
    const odd = { ...makeEmployee({ id: 'odd' }), nationality: 'martian' } as unknown as Employee;
    const fold = hostCountryNationalShareFold({ asOf: asOf2025 });
    // A record not counted (gone by the day) is not read further.
    fold.add({ ...odd, terminationDate: '2025-01-01' } as Employee);
    expect(thrown(() => fold.add(odd))).toEqual({
      name: 'ImpactError',
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('employee "odd": nationality is not one of the model'),
    });
    expect(thrown(() => fold.add(odd))).toEqual(
      thrown(() => hostCountryNationalShare([odd], { asOf: asOf2025 })),
    );
  });
});
