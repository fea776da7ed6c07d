import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { sitedEmployeeRecord } from '../../../test/fixtures/arbitraries.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
import {
  asOf2025,
  originGazetteer,
  originSites,
  origins2025,
} from '../../../test/fixtures/workforceOrigins2025.js';
import { azGazetteer } from '../../data/az/index.js';
import type { Employee } from '../../model/employee.js';
import { LocationSchema } from '../../model/location.js';
import { WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { ageBand } from './ageBand.js';
import { isActiveOn } from './isActiveOn.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import { seniorManagementLocalShare } from './seniorManagementLocalShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import type { WorkforceSummaryOptions } from './workforceSummaryOptions.js';

const options: WorkforceSummaryOptions = {
  asOf: asOf2025,
  gazetteer: originGazetteer,
  sites: originSites,
  localityPolicy: { kind: 'sameDistrict' },
};

const invalidArgument = expect.objectContaining({ code: 'INVALID_ARGUMENT' });

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('summarizeWorkforce', () => {
  it('counts the people active on asOf by origin, locality, gender, category and age', () => {
    // The derivation of every figure is at the end of test/fixtures/workforceOrigins2025.ts.
    expect(summarizeWorkforce(origins2025, options)).toEqual({
      companyId: 'miner',
      asOf: '2025-06-30',
      // a1–a10, a14, a15; not the contractor a11, not a12 (left on asOf), not a13 (hired later).
      headcount: 12,
      scope: 'employees',
      local: 5, // a1 a2 a4 a5 a7
      nonLocal: 3, // a3 a6 a10
      localityUnknown: 4, // a8 (home not held), a9 (no site), a14 (the country), a15 (site not listed)
      fromRegions: 8, // 12 − 2 − 2
      fromCapital: 2, // a5 a6 from Bakı
      originUnknown: 2, // a8, a14
      fromRemoteVillages: 2, // a1 Çovdar, a4 Hacıkənd
      byOrigin: { 'AZ-BA': 2, 'AZ-DAS': 4, 'AZ-GA': 1, 'AZ-GAD': 1, 'AZ-GYG': 2 }, // Σ 10, 2 unknown
      byEconomicRegion: {
        'az-er-baku': 2,
        'az-er-ganja-dashkasan': 7, // a1 a2 a3 a4 a7 a9 a15
        'az-er-gazakh-tovuz': 1,
      },
      byGender: { female: 4, male: 8, other: 0, undisclosed: 0 },
      byCategory: { worker: 7, specialist: 1, manager: 1, seniorManagement: 3 },
      byAgeBand: { '<30': 2, '30-50': 7, '>50': 2, unknown: 1 },
      localityPolicy: { kind: 'sameDistrict' },
      sourceIds: [],
    });
  });

  it('reads any iterable as it reads an array', () => {
    // Arrays are read by index, other iterables through the iterator protocol: same summary.
    function* records(): Generator<Employee> {
      yield* origins2025;
    }
    expect(summarizeWorkforce(records(), options)).toEqual(
      summarizeWorkforce(origins2025, options),
    );
    expect(summarizeWorkforce(new Set(origins2025), options).headcount).toBe(12);
  });

  it('returns a summary the schema accepts, with sorted keys', () => {
    const summary = summarizeWorkforce(origins2025, options);
    expect(WorkforceSummarySchema.parse(summary)).toEqual(summary);
    expect(Object.keys(summary.byOrigin ?? {})).toEqual([
      'AZ-BA',
      'AZ-DAS',
      'AZ-GA',
      'AZ-GAD',
      'AZ-GYG',
    ]);
  });
});

describe('summarizeWorkforce of contractors, capitals and regions', () => {
  it('counts contractors only when asked, with the engagement breakdown', () => {
    const summary = summarizeWorkforce(origins2025, { ...options, includeContractors: true });
    // + a11, a contractor's worker from Şəmkir (Gazakh-Tovuz) at CIRPA (Daşkəsən): non-local.
    expect(summary).toMatchObject({
      headcount: 13,
      scope: 'employeesAndContractors',
      byEngagement: { employee: 12, contractor: 1 },
      nonLocal: 4,
      fromRegions: 9,
      byEconomicRegion: { 'az-er-gazakh-tovuz': 2 },
    });
    expect(summarizeWorkforce(origins2025, options).byEngagement).toBeUndefined();
  });

  it('takes the capital from capitalIds when given', () => {
    // Bakı and Gəncə as "the capital": fromCapital a5 a6 a9 = 3; fromRegions 12 − 3 − 2 = 7.
    const summary = summarizeWorkforce(origins2025, { ...options, capitalIds: ['AZ-BA', 'AZ-GA'] });
    expect([summary.fromCapital, summary.fromRegions, summary.originUnknown]).toEqual([3, 7, 2]);
  });

  it('counts a home recorded as an economic region in the region only', () => {
    const summary = summarizeWorkforce(
      [makeEmployee({ id: 'r', homeLocationId: 'az-er-ganja-dashkasan', siteId: 'site-cirpa' })],
      options,
    );
    // No district; region Ganja-Dashkasan; outside Bakı; above the district level: unknown locality.
    expect(summary).toMatchObject({
      byOrigin: {},
      byEconomicRegion: { 'az-er-ganja-dashkasan': 1 },
      fromRegions: 1,
      localityUnknown: 1,
    });
  });
});

describe('summarizeWorkforce of particular records', () => {
  it('leaves out the locality counts without a policy, and puts everyone without a site apart', () => {
    const { localityPolicy: _policy, ...rest } = options;
    const summary = summarizeWorkforce(origins2025, rest);
    expect(summary.local).toBeUndefined();
    expect(summary.localityUnknown).toBeUndefined();
    expect(summary.localityPolicy).toBeUndefined();
    expect(summary.headcount).toBe(12);
    // Without sites every person's locality is unknown.
    const noSites = summarizeWorkforce(origins2025, { ...options, sites: undefined });
    expect([noSites.local, noSites.nonLocal, noSites.localityUnknown]).toEqual([0, 0, 12]);
  });

  it('counts a record whose home is not a location id as of unknown origin', () => {
    const odd = { ...makeEmployee({ id: 'odd', siteId: 'site-cirpa' }), homeLocationId: 42 };
    const summary = summarizeWorkforce([odd as unknown as Employee], options);
    expect(summary).toMatchObject({ headcount: 1, originUnknown: 1, localityUnknown: 1 });
    expect(summary.byOrigin).toEqual({});
  });

  it('does not count a termination on the asOf day, and counts a hire on it', () => {
    const records = [
      makeEmployee({ id: 'left', hireDate: '2020-01-01', terminationDate: '2025-06-30' }),
      makeEmployee({ id: 'joined', hireDate: '2025-06-30' }),
    ];
    expect(summarizeWorkforce(records, options).headcount).toBe(1);
  });

  it('gives a zero summary when everyone has left, and with no records when a company is named', () => {
    const gone = origins2025.map((e) => ({ ...e, terminationDate: '2025-01-01' }));
    const summary = summarizeWorkforce(gone, options);
    expect(summary).toMatchObject({ companyId: 'miner', headcount: 0, local: 0, fromRegions: 0 });
    expect(summary.byOrigin).toEqual({});
    // Nobody is left to divide by: the shares are null, never 0 or NaN.
    expect(localEmploymentShare(summary)).toMatchObject({
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
    expect(
      seniorManagementLocalShare(gone, {
        asOf: asOf2025,
        gazetteer: originGazetteer,
        sites: originSites,
        localityPolicy: { kind: 'sameDistrict' },
      }).reason,
    ).toBe('ZERO_DENOMINATOR');
    expect(summarizeWorkforce([], { ...options, companyId: 'miner' }).headcount).toBe(0);
  });
});

describe('summarizeWorkforce of input that is not valid', () => {
  it('needs a company for an empty summary and one company for all records', () => {
    expect(() => summarizeWorkforce([], options)).toThrow(invalidArgument);
    const other = makeEmployee({ id: 'x', companyId: 'other' });
    expect(() => summarizeWorkforce([...origins2025, other], options)).toThrow(/company/);
    expect(() => summarizeWorkforce(origins2025, { ...options, companyId: 'other' })).toThrow(
      invalidArgument,
    );
  });

  it('refuses records that are not valid instead of dropping them', () => {
    const bad = (patch: Record<string, unknown>): Employee[] => [
      { ...makeEmployee({ id: 'bad' }), ...patch } as Employee,
    ];
    expect(() => summarizeWorkforce([null as unknown as Employee], options)).toThrow(
      invalidArgument,
    );
    expect(() => summarizeWorkforce(bad({ gender: 'unknown' }), options)).toThrow(/gender/);
    expect(() => summarizeWorkforce(bad({ category: 'boss' }), options)).toThrow(/category/);
    expect(() => summarizeWorkforce(bad({ engagement: 'agency' }), options)).toThrow(/engagement/);
    expect(() => summarizeWorkforce(bad({ hireDate: undefined }), options)).toThrow(/hire date/);
    expect(() => summarizeWorkforce(bad({ companyId: undefined }), options)).toThrow(
      /no company id/,
    );
    expect(() => summarizeWorkforce(42 as unknown as Employee[], options)).toThrow(invalidArgument);
  });

  it('checks its options', () => {
    expect(() => summarizeWorkforce([], { ...options, asOf: '2025-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    const cases: Partial<Record<keyof WorkforceSummaryOptions, unknown>>[] = [
      { gazetteer: {} },
      { localityPolicy: { kind: 'nearby' } },
      { sites: [originSites[0], originSites[0]] },
      { sites: [{ id: 'no-location' }] },
      { sites: [null] },
      { sites: 7 },
      { capitalIds: 'AZ-BA' },
      { companyId: 'a b' },
    ];
    for (const patch of cases) {
      expect(() =>
        summarizeWorkforce([], { ...options, ...patch } as WorkforceSummaryOptions),
      ).toThrow(invalidArgument);
    }
    expect(() => summarizeWorkforce([], null as unknown as WorkforceSummaryOptions)).toThrow(
      invalidArgument,
    );
  });

  it('names missing options and a site whose id is not a string', () => {
    expect(() => summarizeWorkforce([], null as unknown as WorkforceSummaryOptions)).toThrow(
      '[mining-impact] The argument is not valid for this function: options are required',
    );
    // The location is a string, the id is a number: the site is still refused.
    const sites = [{ id: 7, locationId: 'AZ-DAS' }];
    expect(() =>
      summarizeWorkforce([], { ...options, sites } as unknown as WorkforceSummaryOptions),
    ).toThrow(
      '[mining-impact] The argument is not valid for this function: a site needs a string id and locationId',
    );
  });

  it('names capital ids that are not an array of ids, even with a company to fall back on', () => {
    const named = { ...options, companyId: 'miner' };
    for (const capitalIds of ['AZ-BA', [42], {}]) {
      expect(() =>
        summarizeWorkforce([], { ...named, capitalIds } as unknown as WorkforceSummaryOptions),
      ).toThrow(
        '[mining-impact] The argument is not valid for this function: capitalIds must be an array of location ids',
      );
    }
  });
});

describe('properties of summarizeWorkforce', () => {
  it('changes neither the records nor the options, and copies the policy', () => {
    const records = deepFreeze(origins2025.map((e) => ({ ...e })));
    const frozen = deepFreeze({
      ...options,
      sites: originSites.map((s) => ({ ...s })),
      localityPolicy: { kind: 'listedLocations' as const, locationIds: ['AZ-DAS' as never] },
      capitalIds: ['AZ-BA'],
    });
    const summary = summarizeWorkforce(records, frozen);
    expect(summary.localityPolicy).toEqual(frozen.localityPolicy);
    expect(summary.localityPolicy).not.toBe(frozen.localityPolicy);
  });

  it('keeps a location id that names an object prototype key as plain data', () => {
    const gazetteer = extendGazetteer(azGazetteer, [
      LocationSchema.parse({
        id: '__proto__',
        kind: 'district',
        name: 'Odd',
        parentId: 'az-er-baku',
      }),
    ]);
    const summary = summarizeWorkforce([makeEmployee({ homeLocationId: '__proto__' })], {
      asOf: asOf2025,
      gazetteer,
    });
    expect(Object.keys(summary.byOrigin ?? {})).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(summary.byOrigin)).toBe(Object.prototype);
  });

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 60 })])(
    'counts age bands, genders and categories as ageBand and isActiveOn do, record by record',
    (records) => {
      const summary = summarizeWorkforce(records, { ...options, companyId: 'miner' });
      const active = records.filter((e) => e.engagement === 'employee' && isActiveOn(e, asOf2025));
      const count = (key: (e: Employee) => string, value: string): number =>
        active.filter((e) => key(e) === value).length;
      expect(summary.headcount).toBe(active.length);
      for (const band of ['<30', '30-50', '>50', 'unknown'] as const) {
        expect(summary.byAgeBand?.[band]).toBe(count((e) => ageBand(e.birthYear, asOf2025), band));
      }
      expect(summary.byGender?.female).toBe(count((e) => e.gender, 'female'));
      expect(summary.byCategory?.seniorManagement).toBe(
        count((e) => e.category, 'seniorManagement'),
      );
    },
  );

  test.prop([fc.array(sitedEmployeeRecord, { maxLength: 60 })])(
    'partitions the headcount by locality and by capital, and never counts more than it',
    (records) => {
      const s = summarizeWorkforce(records, { ...options, companyId: 'miner' });
      const n = (c: unknown): number => c as number;
      expect(n(s.local) + n(s.nonLocal) + n(s.localityUnknown)).toBe(s.headcount);
      expect(n(s.fromRegions) + n(s.fromCapital) + n(s.originUnknown)).toBe(s.headcount);
      const sum = (r: object | undefined): number =>
        Object.values(r ?? {}).reduce((a: number, b) => a + n(b), 0);
      expect(sum(s.byOrigin)).toBeLessThanOrEqual(n(s.headcount));
      expect(sum(s.byEconomicRegion)).toBeLessThanOrEqual(n(s.headcount));
      expect(sum(s.byGender)).toBe(s.headcount);
      expect(sum(s.byAgeBand)).toBe(s.headcount);
      expect(WorkforceSummarySchema.safeParse(s).success).toBe(true);
    },
  );
});
