import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee, makeSite } from '../../../test/fixtures/builders.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import * as workforce from '../../index.js';
import type { Employee } from '../../model/employee.js';
import type { ImpactDatasetInput } from '../../model/impactDataset.js';
import { type BreakdownRow, reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import {
  type SeniorManagementLocalShareOptions,
  seniorManagementLocalShare,
  seniorManagementLocalShareIndicator,
} from './seniorManagementLocalShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';

const options: SeniorManagementLocalShareOptions = {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
};

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

/** Whether a row is of the total split, keyed by locality alone. */
function isTotalRow(row: BreakdownRow): boolean {
  return row.keys.site === undefined && row.keys.locality !== undefined;
}

describe('seniorManagementLocalShare', () => {
  // Senior managers active on 2025-06-30: a6 (from Bakı, at CIRPA in Daşkəsən: non-local),
  // a7 (from Daşkəsən, at CIRPA: local), a10 (from Gədəbəy, at Tulallar in Göygöl: non-local).
  // CIRPA and Tulallar are marked significant; the head office is not.
  it('gives the share per significant site and in total', () => {
    const result = seniorManagementLocalShare(origins2025, options);
    // Total: 1 local of 3 = 0.333…
    expect(result.ratio).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(result.standards).toEqual(['GRI 202-2']);
    expect(result.unit).toBe('share');
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ site: 'site-cirpa' }, 2, 0.5], // a7 local of a6, a7
      [{ site: 'site-cirpa', locality: 'local' }, 1, 0.5],
      [{ site: 'site-cirpa', locality: 'nonLocal' }, 1, 0.5],
      [{ site: 'site-cirpa', locality: 'unknown' }, 0, 0],
      [{ site: 'site-tulallar' }, 1, 0], // a10 is not local
      [{ site: 'site-tulallar', locality: 'local' }, 0, 0],
      [{ site: 'site-tulallar', locality: 'nonLocal' }, 1, 1],
      [{ site: 'site-tulallar', locality: 'unknown' }, 0, 0],
      [{ locality: 'local' }, 1, 1 / 3],
      [{ locality: 'nonLocal' }, 2, 2 / 3],
      [{ locality: 'unknown' }, 0, 0],
    ]);
    expect(result.breakdown?.[0]?.label).toBe('CIRPA');
    expect(result.definitions).toMatchObject({
      asOf: '2025-06-30',
      localityPolicy: { kind: 'sameDistrict' },
      seniorManagement: "employee category 'seniorManagement'",
      population: 'full-time employees',
      workingTime: 'fullTimeOnly',
      significantSites: ['site-cirpa', 'site-tulallar'],
      significantSiteBasis: 'marked',
      significantLocations: 'the sites the reporter marks as significant locations of operation',
      denominator: 'senior managers at significant sites with any; unknown locality included',
    });
    // A site row with a value carries no reason key at all.
    expect('reason' in (result.breakdown?.[0] ?? {})).toBe(false);
    // The three senior managers' records do not state their working time: counted, and said.
    expect(result.notes).toEqual([
      '3 senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.',
    ]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
});

describe('seniorManagementLocalShare of sites and localities', () => {
  it('makes a site without senior managers null and leaves it out of the total', () => {
    const result = seniorManagementLocalShare(origins2025, {
      ...options,
      significantSiteIds: ['site-tulallar', 'site-office', 'site-tulallar'],
    });
    // Tulallar: a10, not local: 0 / 1. The office has no senior manager: null, and the total is
    // Tulallar's alone, 0 / 1 = 0. a6 and a7 work at CIRPA, not significant here.
    expect(result.ratio).toEqual({ numerator: 0, denominator: 1, value: 0 });
    const office = result.breakdown?.filter((r) => r.keys.site === 'site-office');
    // The office's own row, and no locality split under it.
    expect(office).toEqual([
      expect.objectContaining({
        keys: { site: 'site-office' },
        value: null,
        reason: 'ZERO_DENOMINATOR',
        count: 0,
      }),
    ]);
    expect(result.definitions).toMatchObject({
      significantSites: ['site-tulallar', 'site-office'],
      significantSiteBasis: 'given',
    });
    expect(result.notes).toEqual([
      '1 senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.',
      'Sites without senior managers (null, left out of the total): site-office.',
      '2 senior manager(s) work at no significant site (or have no site recorded) and are not counted.',
    ]);
  });

  it('counts unknown locality apart, in the denominator, never as non-local', () => {
    const records = [
      ...origins2025,
      // From a place the gazetteer does not hold, at CIRPA: unknown.
      makeEmployee({
        id: 'u',
        homeLocationId: 'somewhere',
        siteId: 'site-cirpa',
        category: 'seniorManagement',
      }),
    ];
    const result = seniorManagementLocalShare(records, options);
    // 1 local of 4 = 0.25; non-local 2, unknown 1.
    expect(result.value).toBe(0.25);
    const rows = result.breakdown?.filter(isTotalRow);
    expect(rows?.map((r) => [r.keys.locality, r.count])).toEqual([
      ['local', 1],
      ['nonLocal', 2],
      ['unknown', 1],
    ]);
    expect(result.notes).toEqual([
      '4 senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.',
      '1 senior manager(s) have unknown locality: they stay in the denominator and are not counted as non-local.',
    ]);
  });

  it('GRI 202-2 d: takes the sites that are not offices when none is marked, and says so', () => {
    const sites = originSites.map(({ significant: _s, ...site }) => site);
    const result = seniorManagementLocalShare(origins2025, { ...options, sites });
    // CIRPA and Tulallar are taken, the head office (kind office) is not: the total stays 1 / 3
    // and no row stands for the office.
    expect(result.value).toBe(1 / 3);
    expect(result.breakdown?.some((row) => row.keys.site === 'site-office')).toBe(false);
    expect(result.definitions).toMatchObject({
      significantSites: ['site-cirpa', 'site-tulallar'],
      significantSiteBasis: 'nonOfficeSites',
      significantLocations:
        'no site is marked significant: every site that is not an office (mines, plants, camps and other operations)',
    });
    expect(result.notes[0]).toBe(
      'No site is marked significant, so the sites that are not offices are taken as the significant locations of operation: site-cirpa, site-tulallar; offices left out: site-office.',
    );
  });

  it('GRI 202-2 d: takes no site when none is marked and every site is an office', () => {
    const office = originSites.filter((site) => site.id === 'site-office');
    const result = seniorManagementLocalShare(origins2025, { ...options, sites: office });
    // No significant site: no senior manager counts, so the share has no denominator.
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    expect(result.definitions.significantSites).toEqual([]);
    expect(result.notes[0]).toBe(
      'No site is marked significant, so the sites that are not offices are taken as the significant locations of operation: none; offices left out: site-office.',
    );
  });

  it('GRI 202-2 d: takes an office the reporter marks significant', () => {
    const sites = originSites.map((site) =>
      site.id === 'site-office' ? { ...site, significant: true } : site,
    );
    const result = seniorManagementLocalShare(origins2025, { ...options, sites });
    // Marked: CIRPA, Tulallar and the office (which has no senior manager: null, left out).
    expect(result.definitions.significantSites).toEqual([
      'site-cirpa',
      'site-tulallar',
      'site-office',
    ]);
    expect(result.value).toBe(1 / 3);
  });

  it('follows the locality policy', () => {
    // Outside Bakı: a7 and a10 are "local", a6 is not: 2 / 3.
    const result = seniorManagementLocalShare(origins2025, {
      ...options,
      localityPolicy: { kind: 'outsideCapital', capitalIds: [] },
    });
    expect(result.value).toBe(2 / 3);
  });
});

describe('seniorManagementLocalShare and working time (GRI 202-2 a)', () => {
  // At CIRPA: a6 (non-local) and a7 (local); at Tulallar: a10 (non-local). Here a6 works
  // part-time, a7 full-time, and a10's record does not say.
  const timed = origins2025.map((e) =>
    e.id === 'a6'
      ? { ...e, workingTime: 'partTime' as const }
      : e.id === 'a7'
        ? { ...e, workingTime: 'fullTime' as const }
        : e,
  );

  it('GRI 202-2 a: counts full-time senior managers only by default, and those without working time', () => {
    const result = seniorManagementLocalShare(timed, options);
    // a6 is left out: a7 local of a7 and a10 = 1 / 2.
    expect(result.ratio).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(result.breakdown?.[0]).toMatchObject({
      keys: { site: 'site-cirpa' },
      count: 1,
      value: 1,
    });
    expect(result.definitions).toMatchObject({
      workingTime: 'fullTimeOnly',
      population: 'full-time employees',
      workingTimeNotStated: 'counted (as full-time when only full-time employees count)',
    });
    expect(result.notes).toEqual([
      '1 part-time senior manager(s) at significant sites are left out: the share is of full-time senior managers (GRI 202-2).',
      '1 senior manager(s) at significant sites have no working time recorded and are counted as full-time: their records do not say they work part-time.',
    ]);
  });

  it("GRI 202-2 a: counts every senior manager with workingTime 'all'", () => {
    const result = seniorManagementLocalShare(timed, { ...options, workingTime: 'all' });
    // a6, a7 and a10 all count: 1 local of 3.
    expect(result.ratio).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(result.definitions).toMatchObject({
      workingTime: 'all',
      population: 'employees, full-time and part-time',
    });
    expect(result.notes).toEqual([
      '1 senior manager(s) at significant sites have no working time recorded; every senior manager counts, full-time or not.',
    ]);
  });

  it('GRI 202-2 a: does not count part-time managers away from significant sites as left out', () => {
    const away = makeEmployee({
      id: 'p',
      category: 'seniorManagement',
      siteId: 'site-office',
      workingTime: 'partTime',
    });
    const result = seniorManagementLocalShare([...timed, away], options);
    // The office is not significant: p (the only senior manager away from CIRPA and Tulallar)
    // counts among those elsewhere, not among the part-time left out (still a6 alone).
    expect(result.notes).toContain(
      '1 senior manager(s) work at no significant site (or have no site recorded) and are not counted.',
    );
    expect(result.notes[0]).toMatch(/^1 part-time senior manager/);
  });

  it("GRI 202-2 b: echoes the reporter's definition of senior management", () => {
    const seniorManagementDefinition = 'members of the executive committee and site directors';
    const result = seniorManagementLocalShare(timed, { ...options, seniorManagementDefinition });
    expect(result.definitions.seniorManagement).toBe(seniorManagementDefinition);
    // GRI 202-2 c: the definition of local is the policy used.
    expect(result.definitions.localityPolicy).toEqual({ kind: 'sameDistrict' });
  });

  it('checks the working-time option and the definition', () => {
    for (const patch of [
      { workingTime: 'fullTime' },
      { seniorManagementDefinition: ' ' },
      { seniorManagementDefinition: 5 },
    ]) {
      expect(() =>
        seniorManagementLocalShare([], {
          ...options,
          ...patch,
        } as unknown as SeniorManagementLocalShareOptions),
      ).toThrow(invalidArgument);
    }
  });
});

describe('the messages of the working-time option of seniorManagementLocalShare', () => {
  const withWorkingTime = (workingTime: unknown) => () =>
    seniorManagementLocalShare([], {
      ...options,
      workingTime,
    } as unknown as SeniorManagementLocalShareOptions);

  it("takes 'fullTimeOnly' and 'all' as given", () => {
    // No record: the share is null either way, and the option is echoed as given.
    for (const workingTime of ['fullTimeOnly', 'all'])
      expect(withWorkingTime(workingTime)().definitions.workingTime).toBe(workingTime);
  });

  it('names the value given, cut to 40 characters, and a value JSON cannot write', () => {
    // JSON.stringify('fullTime') is "fullTime" with its quotes; 45 x's quoted are 47 characters,
    // cut to the first 40: the quote and 39 x's.
    expect(withWorkingTime('fullTime')).toThrow(
      `workingTime must be 'fullTimeOnly' or 'all', not "fullTime"`,
    );
    expect(withWorkingTime('x'.repeat(45))).toThrow(new RegExp(`, not "${'x'.repeat(39)}$`));
    // A function has no JSON text: JSON.stringify gives undefined, written as such.
    expect(withWorkingTime(() => 'all')).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/, not undefined$/),
      }),
    );
  });
});

describe('seniorManagementLocalShare of other records and options', () => {
  it('counts only employees active on asOf, and is ZERO_DENOMINATOR without senior managers', () => {
    const records = [
      makeEmployee({
        id: 'c',
        category: 'seniorManagement',
        siteId: 'site-cirpa',
        engagement: 'contractor',
      }),
      makeEmployee({
        id: 'gone',
        category: 'seniorManagement',
        siteId: 'site-cirpa',
        terminationDate: '2025-06-30',
      }),
      makeEmployee({ id: 'w', siteId: 'site-cirpa' }),
    ];
    const result = seniorManagementLocalShare(records, options);
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
    expect(seniorManagementLocalShare([], options).reason).toBe('ZERO_DENOMINATOR');
  });

  it('keeps the sites’ sources', () => {
    const sites = [
      makeSite({ id: 'site-cirpa', significant: true, sourceIds: ['src-b', 'src-a'] }),
    ];
    expect(seniorManagementLocalShare(origins2025, { ...options, sites }).sourceIds).toEqual([
      'src-a',
      'src-b',
    ]);
  });

  it('checks its options', () => {
    expect(() => seniorManagementLocalShare([], { ...options, asOf: '30.06.2025' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    const cases: Partial<Record<keyof SeniorManagementLocalShareOptions, unknown>>[] = [
      { significantSiteIds: ['site-nowhere'] },
      { significantSiteIds: 'site-cirpa' },
      { sites: [originSites[0], originSites[0]] },
      { sites: [{ id: 's' }] },
      { sites: undefined },
      { localityPolicy: { kind: 'withinKm', km: -1 } },
      { gazetteer: null },
    ];
    for (const patch of cases) {
      expect(() =>
        seniorManagementLocalShare([], {
          ...options,
          ...patch,
        } as SeniorManagementLocalShareOptions),
      ).toThrow(invalidArgument);
    }
    expect(() => seniorManagementLocalShare(5 as unknown as Employee[], options)).toThrow(
      invalidArgument,
    );
    expect(() =>
      seniorManagementLocalShare([], null as unknown as SeniorManagementLocalShareOptions),
    ).toThrow(invalidArgument);
  });
});

describe('properties of seniorManagementLocalShare', () => {
  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 60 })])(
    'equals the local share of the summary of the senior managers at significant sites',
    (records) => {
      const result = seniorManagementLocalShare(records, options);
      const counted = records.filter(
        (e) =>
          e.category === 'seniorManagement' &&
          (e.siteId === 'site-cirpa' || e.siteId === 'site-tulallar'),
      );
      const summary = summarizeWorkforce(counted, {
        ...options,
        companyId: 'miner',
      });
      const fromSummary = localEmploymentShare(summary);
      expect(result.ratio).toEqual(fromSummary.ratio);
      // The total split has the keys of the local share's rows: { locality }.
      expect(result.breakdown?.filter(isTotalRow)).toEqual(
        summary.headcount === 0 ? [] : fromSummary.breakdown,
      );
      expect(result.breakdown?.every(reasonIffNull)).toBe(true);
      if (result.value !== null) {
        expect(result.value).toBeGreaterThanOrEqual(0);
        expect(result.value).toBeLessThanOrEqual(1);
      }
    },
  );

  test.prop([
    fc
      .array(sitedEmployeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('does not depend on the order of the records', ([records, shuffled]) => {
    expect(seniorManagementLocalShare(shuffled, options)).toEqual(
      seniorManagementLocalShare(records, options),
    );
  });
});

/** The base dataset (site-hill is the one site, none marked) with two senior managers there. */
function datasetWithManagers(): ImpactDatasetInput {
  const dataset = baseDataset();
  const manager = {
    companyId: 'miner',
    siteId: 'site-hill',
    gender: 'female',
    hireDate: '2020-01-01',
    category: 'seniorManagement',
    contract: 'permanent',
    engagement: 'employee',
  } as const;
  return {
    ...dataset,
    employees: [
      ...(dataset.employees ?? []),
      { ...manager, id: 'm-1', homeLocationId: 'v-hill' },
      { ...manager, id: 'm-2', homeLocationId: 'XX-CAP' },
    ],
  };
}

describe('seniorManagementLocalShareIndicator', () => {
  it('is catalogued as workforce.seniorManagementLocalShare, a share under GRI 202-2', () => {
    const { entry } = seniorManagementLocalShareIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.seniorManagementLocalShare',
      functionName: 'seniorManagementLocalShare',
      family: 'workforce',
      unit: 'share',
      results: 'one',
      dimensions: ['site', 'locality'],
      standards: ['GRI 202-2'],
    });
    expect(seniorManagementLocalShareIndicator.compute).toBe(workforce.seniorManagementLocalShare);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the records at the dataset sites, under the report policy', () => {
    const context = indicatorContextOf(datasetWithManagers(), {
      asOf: '2024-12-31',
      localityPolicy: { kind: 'sameDistrict' },
    });
    // No site is marked significant, so the Hill mine is. m-1 lives in Hill Village, in Hill
    // District like the mine (local); m-2 in the capital (not local): 1 / 2.
    expect(seniorManagementLocalShareIndicator.fromDataset(context)).toEqual([
      expect.objectContaining({ value: 0.5, ratio: { numerator: 1, denominator: 2, value: 0.5 } }),
    ]);
  });

  it('says that the data is absent without a locality policy or without records', () => {
    const noPolicy = indicatorContextOf(datasetWithManagers(), { asOf: '2024-12-31' });
    expect(seniorManagementLocalShareIndicator.fromDataset(noPolicy)).toEqual({
      status: 'dataAbsent',
      detail: 'It needs a definition of "local": the report was built without a locality policy.',
    });
    const noRecords = indicatorContextOf(
      { ...baseDataset(), employees: [] },
      { localityPolicy: { kind: 'sameDistrict' } },
    );
    expect(seniorManagementLocalShareIndicator.fromDataset(noRecords)).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no employee records.',
    });
  });
});
