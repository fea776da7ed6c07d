import { describe, expect, it } from 'vitest';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import { foldEmployees } from '../../../test/fixtures/foldEmployees.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { thrown } from '../../../test/fixtures/thrown.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
} from '../../../test/fixtures/workforceOrigins2025.js';
import type { Employee } from '../../model/employee.js';
import {
  type EmployeeBreakdownOptions,
  employeeBreakdown,
  employeeBreakdownFold,
} from './employeeBreakdown.js';
import { isActiveOn } from './isActiveOn.js';

const placed: EmployeeBreakdownOptions = {
  asOf: asOf2025,
  sites: originSites,
  gazetteer: originGazetteer,
};

describe('employeeBreakdownFold', () => {
  const records = foldEmployees(2027, 400);

  it('is fed a seeded set covering every branch: the generated records have them all', () => {
    const active = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
    // Skipped records: contractors, and employees hired after or gone by 2025-06-30.
    expect(records.some((e) => e.engagement === 'contractor')).toBe(true);
    expect(records.some((e) => e.engagement === 'employee' && !isActiveOn(e, asOf2025))).toBe(true);
    expect(new Set(active.map((e) => e.gender)).size).toBe(4);
    expect(new Set(active.map((e) => e.contract)).size).toBe(2);
    expect(new Set(active.map((e) => e.workingTime))).toEqual(
      new Set(['fullTime', 'partTime', undefined]),
    );
    expect(new Set(active.map((e) => e.nonGuaranteedHours))).toEqual(
      new Set([true, false, undefined]),
    );
    // Sites in two regions, a site not listed and no site (both not placed).
    expect(new Set(active.map((e) => e.siteId))).toEqual(
      new Set(['site-cirpa', 'site-tulallar', 'site-office', 'site-unlisted', undefined]),
    );
  });

  it('fed one record at a time, gives what employeeBreakdown gives on the array', () => {
    const variants: readonly EmployeeBreakdownOptions[] = [
      placed,
      { asOf: asOf2025 },
      { asOf: asOf2025, gazetteer: originGazetteer },
      { asOf: '2023-03-31', sites: originSites, gazetteer: originGazetteer },
      // Nobody is hired yet on 2021-12-31 (the records are hired from 2022).
      { asOf: '2021-12-31', sites: originSites, gazetteer: originGazetteer },
    ];
    for (const options of variants) {
      expect(foldOneByOne(employeeBreakdownFold(options), records)).toStrictEqual(
        employeeBreakdown(records, options),
      );
    }
    // A term no record states: only its notStated row.
    const unstated = records.map(({ workingTime: _, ...rest }) => rest as Employee);
    expect(foldOneByOne(employeeBreakdownFold(placed), unstated)).toStrictEqual(
      employeeBreakdown(unstated, placed),
    );
  });

  it('GRI 2-7 a-b: counts a small set by hand', () => {
    // On 2025-06-30, with CIRPA and Tulallar in Ganja-Dashkasan (az-er-ganja-dashkasan) and the
    // office in Bakı (az-er-baku):
    // r1 female, CIRPA, permanent, full time, hours guaranteed;
    // r2 male, office, temporary, part time, non-guaranteed hours;
    // r3 female, no site (region notStated), permanent, working time and hours not stated;
    // r4 a contractor's worker and r5 (gone on 2025-06-30) are not counted. Head count 3.
    const small: readonly Employee[] = [
      makeEmployee({
        id: 'r1',
        gender: 'female',
        siteId: 'site-cirpa',
        workingTime: 'fullTime',
        nonGuaranteedHours: false,
      }),
      makeEmployee({
        id: 'r2',
        siteId: 'site-office',
        contract: 'temporary',
        workingTime: 'partTime',
        nonGuaranteedHours: true,
      }),
      makeEmployee({ id: 'r3', gender: 'female' }),
      makeEmployee({ id: 'r4', gender: 'female', siteId: 'site-cirpa', engagement: 'contractor' }),
      makeEmployee({ id: 'r5', siteId: 'site-cirpa', terminationDate: '2025-06-30' }),
    ];
    const fold = employeeBreakdownFold(placed);
    for (const record of small) fold.add(record);
    const result = fold.finish();
    expect(result.value).toBe(3);
    const [gd, baku, none] = ['az-er-ganja-dashkasan', 'az-er-baku', 'notStated'];
    expect(result.breakdown?.map((row) => [row.keys, row.value])).toEqual([
      // Genders in the model's order: female r1 r3, male r2.
      [{ gender: 'female' }, 2],
      [{ gender: 'male' }, 1],
      // Regions sorted, notStated last: Bakı r2, Ganja-Dashkasan r1, not stated r3.
      [{ region: baku }, 1],
      [{ region: gd }, 1],
      [{ region: none }, 1],
      // Contract: permanent r1 r3 (both female; r1 GD, r3 not stated), temporary r2 (male, Bakı).
      [{ contract: 'permanent' }, 2],
      [{ contract: 'permanent', gender: 'female' }, 2],
      [{ contract: 'permanent', region: gd }, 1],
      [{ contract: 'permanent', region: none }, 1],
      [{ contract: 'temporary' }, 1],
      [{ contract: 'temporary', gender: 'male' }, 1],
      [{ contract: 'temporary', region: baku }, 1],
      // Hours: non-guaranteed r2, guaranteed r1, not stated r3.
      [{ hours: 'nonGuaranteed' }, 1],
      [{ hours: 'nonGuaranteed', gender: 'male' }, 1],
      [{ hours: 'nonGuaranteed', region: baku }, 1],
      [{ hours: 'guaranteed' }, 1],
      [{ hours: 'guaranteed', gender: 'female' }, 1],
      [{ hours: 'guaranteed', region: gd }, 1],
      [{ hours: none }, 1],
      [{ hours: none, gender: 'female' }, 1],
      [{ hours: none, region: none }, 1],
      // Working time: full time r1, part time r2, not stated r3.
      [{ workingTime: 'fullTime' }, 1],
      [{ workingTime: 'fullTime', gender: 'female' }, 1],
      [{ workingTime: 'fullTime', region: gd }, 1],
      [{ workingTime: 'partTime' }, 1],
      [{ workingTime: 'partTime', gender: 'male' }, 1],
      [{ workingTime: 'partTime', region: baku }, 1],
      [{ workingTime: none }, 1],
      [{ workingTime: none, gender: 'female' }, 1],
      [{ workingTime: none, region: none }, 1],
    ]);
    // One record of three (r3) states neither a placed site, nor hours, nor working time.
    expect(result.notes).toEqual([
      "1 of 3 employees' records do not state a work site placed in an economic region; they are counted under 'notStated', never guessed.",
      "1 of 3 employees' records do not state whether their hours are guaranteed (nonGuaranteedHours); they are counted under 'notStated', never guessed.",
      "1 of 3 employees' records do not state full-time or part-time working time (workingTime); they are counted under 'notStated', never guessed.",
    ]);
  });

  it('checks its options when it is created, before any record', () => {
    const bad = { asOf: '2025-02-30' } as unknown as EmployeeBreakdownOptions;
    expect(thrown(() => employeeBreakdownFold(bad))).toEqual({
      name: 'ImpactError',
      code: 'INVALID_DATE',
      message: expect.stringContaining('asOf'),
    });
    expect(thrown(() => employeeBreakdownFold(bad))).toEqual(
      thrown(() => employeeBreakdown([], bad)),
    );
    const twice = {
      ...placed,
      sites: [originSites[0], originSites[0]],
    } as EmployeeBreakdownOptions;
    expect(thrown(() => employeeBreakdownFold(twice))?.code).toBe('INVALID_ARGUMENT');
    expect(thrown(() => employeeBreakdownFold(twice))).toEqual(
      thrown(() => employeeBreakdown([], twice)),
    );
  });

  it('refuses records that are not iterable with INVALID_ARGUMENT, after the options', () => {
    const notIterable = 42 as unknown as Iterable<Employee>;
    expect(thrown(() => employeeBreakdown(notIterable, placed))).toMatchObject({
      name: 'ImpactError',
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('employees is not iterable'),
    });
    expect(thrown(() => employeeBreakdown(notIterable, { asOf: 'x' as never }))?.code).toBe(
      'INVALID_DATE',
    );
  });
});
