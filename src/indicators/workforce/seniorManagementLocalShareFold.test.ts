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
import { isActiveOn } from './isActiveOn.js';
import {
  type SeniorManagementLocalShareOptions,
  seniorManagementLocalShare,
  seniorManagementLocalShareFold,
} from './seniorManagementLocalShare.js';

const options: SeniorManagementLocalShareOptions = {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
};

describe('seniorManagementLocalShareFold', () => {
  const records = foldEmployees(202, 400);

  it('is fed a seeded set covering every branch: the generated records have them all', () => {
    const seniors = records.filter(
      (e) =>
        e.category === 'seniorManagement' && e.engagement === 'employee' && isActiveOn(e, asOf2025),
    );
    // Skipped: other categories, contractors, senior managers not active on the day.
    expect(records.some((e) => e.category !== 'seniorManagement')).toBe(true);
    expect(
      records.some((e) => e.category === 'seniorManagement' && e.engagement === 'contractor'),
    ).toBe(true);
    expect(records.some((e) => e.category === 'seniorManagement' && !isActiveOn(e, asOf2025))).toBe(
      true,
    );
    // At each significant site, elsewhere and without a site; every working time.
    expect(new Set(seniors.map((e) => e.siteId))).toEqual(
      new Set(['site-cirpa', 'site-tulallar', 'site-office', 'site-unlisted', undefined]),
    );
    expect(new Set(seniors.map((e) => e.workingTime))).toEqual(
      new Set(['fullTime', 'partTime', undefined]),
    );
    // Homes local, not local and not placed (not held, or above district level).
    expect(new Set(seniors.map((e) => e.homeLocationId)).size).toBe(7);
  });

  it('fed one record at a time, gives what seniorManagementLocalShare gives on the array', () => {
    const noneMarked = originSites.map((site) => ({ ...site, significant: false }));
    const variants: readonly SeniorManagementLocalShareOptions[] = [
      options,
      { ...options, workingTime: 'all', seniorManagementDefinition: 'The executive committee' },
      { ...options, localityPolicy: { kind: 'sameEconomicRegion' } },
      // The office given as significant: the senior managers there count, CIRPA's do not.
      { ...options, significantSiteIds: ['site-office', 'site-tulallar'] },
      // None marked: the sites that are not offices, with a note.
      { ...options, sites: noneMarked },
      // No senior manager is hired yet on 2021-12-31: every site null, ZERO_DENOMINATOR.
      { ...options, asOf: '2021-12-31' },
    ];
    for (const variant of variants) {
      expect(foldOneByOne(seniorManagementLocalShareFold(variant), records)).toStrictEqual(
        seniorManagementLocalShare(records, variant),
      );
    }
  });

  it('GRI 202-2: counts a small set by hand', () => {
    // On 2025-06-30, sameDistrict; CIRPA (Daşkəsən) and Tulallar (Göygöl) are significant.
    const small: readonly Employee[] = [
      // m1 from Daşkəsən at CIRPA, full time: local.
      senior('m1', 'AZ-DAS', 'site-cirpa', { workingTime: 'fullTime' }),
      // m2 from Bakı at CIRPA, no working time (counted as full time): not local.
      senior('m2', 'AZ-BA', 'site-cirpa'),
      // m3 from Hacıkənd (a village of Göygöl) at Tulallar, full time: local.
      senior('m3', 'vil-hajikend', 'site-tulallar', { workingTime: 'fullTime' }),
      // m4 from Gədəbəy at Tulallar, part time: left out (full-time only by default).
      senior('m4', 'AZ-GAD', 'site-tulallar', { workingTime: 'partTime' }),
      // m5 at the office (not significant) and m6 without a site: not counted.
      senior('m5', 'AZ-BA', 'site-office', { workingTime: 'fullTime' }),
      senior('m6', 'AZ-DAS', undefined, { workingTime: 'fullTime' }),
      // m7 from a place the gazetteer does not hold, at Tulallar, full time: unknown locality.
      senior('m7', 'vil-not-in-gazetteer', 'site-tulallar', { workingTime: 'fullTime' }),
      // Skipped: a worker, a contractor's senior manager, a senior manager hired on 2025-07-01.
      makeEmployee({ id: 'w1', siteId: 'site-cirpa' }),
      senior('c1', 'AZ-DAS', 'site-cirpa', { engagement: 'contractor' }),
      senior('m8', 'AZ-DAS', 'site-cirpa', { hireDate: '2025-07-01' }),
    ];
    const fold = seniorManagementLocalShareFold(options);
    for (const record of small) fold.add(record);
    const result = fold.finish();
    // CIRPA: m1 local, m2 not: 1 / 2. Tulallar: m3 local, m7 unknown: 1 / 2. Total 2 / 4.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(result.breakdown?.map((row) => [row.keys, row.count, row.value])).toEqual([
      [{ site: 'site-cirpa' }, 2, 0.5],
      [{ site: 'site-cirpa', locality: 'local' }, 1, 0.5],
      [{ site: 'site-cirpa', locality: 'nonLocal' }, 1, 0.5],
      [{ site: 'site-cirpa', locality: 'unknown' }, 0, 0],
      [{ site: 'site-tulallar' }, 2, 0.5],
      [{ site: 'site-tulallar', locality: 'local' }, 1, 0.5],
      [{ site: 'site-tulallar', locality: 'nonLocal' }, 0, 0],
      [{ site: 'site-tulallar', locality: 'unknown' }, 1, 0.5],
      [{ locality: 'local' }, 2, 0.5],
      [{ locality: 'nonLocal' }, 1, 0.25],
      [{ locality: 'unknown' }, 1, 0.25],
    ]);
    expect(result.notes).toEqual([
      '1 part-time senior manager(s) at significant sites are left out: the share is of full-time senior managers (GRI 202-2).', // m4
      '1 senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.', // m2
      '1 senior manager(s) have unknown locality: they stay in the denominator and are not counted as non-local.', // m7
      '2 senior manager(s) work at no significant site (or have no site recorded) and are not counted.', // m5 m6
    ]);
    // Every working time: m4 (from Gədəbəy, not Göygöl) joins Tulallar as not local: 2 / 5.
    const all = seniorManagementLocalShareFold({ ...options, workingTime: 'all' });
    for (const record of small) all.add(record);
    expect(all.finish().ratio).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
  });

  it('checks its options when it is created, before any record', () => {
    const cases: readonly [unknown, string][] = [
      [{ ...options, asOf: '2025-06-31' }, 'INVALID_DATE'],
      [{ ...options, workingTime: 'most' }, 'INVALID_ARGUMENT'],
      [{ ...options, seniorManagementDefinition: ' ' }, 'INVALID_ARGUMENT'],
      [{ ...options, significantSiteIds: ['site-nowhere'] }, 'INVALID_ARGUMENT'],
      [{ ...options, localityPolicy: { kind: 'sameGalaxy' } }, 'INVALID_ARGUMENT'],
      [null, 'INVALID_ARGUMENT'],
    ];
    for (const [bad, code] of cases) {
      const opts = bad as SeniorManagementLocalShareOptions;
      expect(thrown(() => seniorManagementLocalShareFold(opts))?.code).toBe(code);
      expect(thrown(() => seniorManagementLocalShareFold(opts))).toEqual(
        thrown(() => seniorManagementLocalShare(7 as never, opts)),
      );
    }
    // Valid options, records not iterable: the records' error.
    expect(thrown(() => seniorManagementLocalShare(7 as never, options))).toEqual({
      name: 'ImpactError',
      code: 'INVALID_ARGUMENT',
      message: expect.stringContaining('employees is not iterable'),
    });
  });
});

/** A senior manager of the company, active since 2020, from `home`, at `siteId`. */
function senior(
  id: string,
  home: string,
  siteId: string | undefined,
  more: Partial<Employee> = {},
): Employee {
  return makeEmployee({
    id,
    homeLocationId: home,
    category: 'seniorManagement',
    ...(siteId === undefined ? {} : { siteId }),
    ...more,
  });
}
