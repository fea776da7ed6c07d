import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee, makeSite } from '../../../test/fixtures/builders.js';
import { ENGINE_SITES } from '../../../test/fixtures/engineWorkforce.js';
import { foldOneByOne } from '../../../test/fixtures/foldOneByOne.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import {
  employedOn,
  FOLD_PERIOD,
  missingCases,
  streamedWorkforce,
  withinFoldPeriod,
} from '../../../test/fixtures/streamedWorkforce.js';
import { workforce2024, year2024 } from '../../../test/fixtures/workforce2024.js';
import { azGazetteer } from '../../data/az/index.js';
import * as workforce from '../../index.js';
import type { ImpactDatasetInput } from '../../model/impactDataset.js';
import type { Site } from '../../model/site.js';
import { reasonIffNull } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type IndicatorResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import {
  type NewHireRateOptions,
  newHireRate,
  newHireRateFold,
  newHireRateIndicator,
} from './newHireRate.js';

describe('newHireRate', () => {
  it('divides hires by the headcount at the period end', () => {
    // Hires e3, e4, e9 = 3; at end e1, e3, e5, e6, e9 = 5; 3 / 5 = 0.6.
    const result = newHireRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.6);
    expect(result.ratio).toEqual({ numerator: 3, denominator: 5, value: 0.6 });
    expect(result.unit).toBe('ratio');
    expect(result.standards).toEqual(['GRI 401-1']);
    expect(result.definitions).toMatchObject({
      denominator: 'periodEnd',
      headcountAtStart: 7,
      headcountAtEnd: 5,
    });
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('counts a hire on the last day of the period', () => {
    // e9 alone, hired 2024-12-31: a period ending that day has 1 hire.
    const result = newHireRate(workforce2024, {
      period: { start: '2024-12-31', end: '2024-12-31' },
    });
    expect(result.ratio?.numerator).toBe(1);
  });
  it('names the period, the denominators and a population with contractors', () => {
    // With e10 (a contractor active all year): at start 7 + 1 = 8, at end 5 + 1 = 6. Hires are
    // still e3, e4, e9 = 3 (e10 was hired in 2021): 3 / 6 = 0.5.
    const result = newHireRate(workforce2024, { period: year2024, includeContractors: true });
    expect(result.value).toBe(0.5);
    expect(result.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
      denominator: 'periodEnd',
      groupDenominator: 'total',
      population: 'employeesAndContractors',
      headcountAtStart: 8,
      headcountAtEnd: 6,
      rehires: 0,
      rehireTreatment: 'exclude',
    });
  });
  it('can divide by the average headcount', () => {
    // (7 + 5) / 2 = 6; 3 / 6 = 0.5.
    expect(newHireRate(workforce2024, { period: year2024, denominator: 'average' }).value).toBe(
      0.5,
    );
  });
  it('includes contractors only when asked', () => {
    // e10 adds 1 to the end headcount: 3 / 6 = 0.5.
    expect(newHireRate(workforce2024, { period: year2024, includeContractors: true }).value).toBe(
      0.5,
    );
  });
  it('is null with ZERO_DENOMINATOR without employees', () => {
    const result = newHireRate([], { period: year2024 });
    expect(result.value).toBeNull();
    expect(result.reason).toBe('ZERO_DENOMINATOR');
  });
  it('is null when everyone has left by the period end', () => {
    const gone = workforce2024.filter((e) => e.terminationDate !== undefined);
    // Hires among them: e4 = 1; at end: nobody.
    const result = newHireRate(gone, { period: year2024 });
    expect(result.ratio).toEqual({
      numerator: 1,
      denominator: 0,
      value: null,
      reason: 'ZERO_DENOMINATOR',
    });
  });
  it('throws INVALID_ARGUMENT for an open period', () => {
    expect(() => newHireRate(workforce2024, { period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('the breakdowns of newHireRate', () => {
  it('breaks down by gender and age band over the total headcount', () => {
    const result = newHireRate(workforce2024, {
      period: year2024,
      breakdown: ['gender', 'ageBand'],
    });
    // Female hires e4, e9 = 2 → 2/5 = 0.4; male e3 = 1 → 0.2 (the rows add up to 0.6).
    // Age at the end of 2024: e3 24 and e4 26 (<30) = 2 → 0.4; e9 44 (30-50) = 1 → 0.2.
    expect(result.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ gender: 'female' }, 0.4],
      [{ gender: 'male' }, 0.2],
      [{ ageBand: '30-50' }, 0.2],
      [{ ageBand: '<30' }, 0.4],
      [{ ageBand: '>50' }, 0],
      [{ ageBand: 'unknown' }, 0],
    ]);
    expect(result.breakdown?.every(reasonIffNull)).toBe(true);
  });
  it('can divide each group by its own headcount', () => {
    // Female at end: e1, e9 = 2 → 2/2 = 1; male at end: e3, e5, e6 = 3 → 1/3.
    const result = newHireRate(workforce2024, {
      period: year2024,
      breakdown: ['gender'],
      groupDenominator: 'group',
    });
    expect(result.breakdown?.map((r) => r.value)).toEqual([1, 1 / 3]);
  });
  it('groups by site (unknown when absent) and by contract', () => {
    const records = [
      makeEmployee({ id: 'a', hireDate: '2024-03-01', siteId: 'mine-1', contract: 'temporary' }),
      makeEmployee({ id: 'b', hireDate: '2020-03-01', siteId: 'mine-1' }),
      makeEmployee({ id: 'c', hireDate: '2024-04-01' }),
    ];
    const result = newHireRate(records, {
      period: year2024,
      breakdown: ['site', 'contract'],
    });
    // Hires a, c over 3 at end: site mine-1 1/3, unknown 1/3; temporary 1/3, permanent 1/3.
    expect(result.breakdown?.map((r) => [r.keys, r.count])).toEqual([
      [{ site: 'mine-1' }, 1],
      [{ site: 'unknown' }, 1],
      [{ contract: 'permanent' }, 1],
      [{ contract: 'temporary' }, 1],
    ]);
  });
});

// GRI 401-1 "by region": the economic region of each person's home.
function regionRecords() {
  return [
    // h1: from Daşkəsən (Ganja-Dashkasan), hired in 2024.
    makeEmployee({ id: 'h1', homeLocationId: 'AZ-DAS', hireDate: '2024-03-01' }),
    // h2: from Bakı, hired before 2024.
    makeEmployee({ id: 'h2', homeLocationId: 'AZ-BA', hireDate: '2020-01-01' }),
    // h3: from Gədəbəy (Gazakh-Tovuz), hired in 2024.
    makeEmployee({ id: 'h3', homeLocationId: 'AZ-GAD', hireDate: '2024-05-01' }),
    // h4: from a place the gazetteer does not hold; left voluntarily in 2024.
    makeEmployee({
      id: 'h4',
      homeLocationId: 'nowhere',
      hireDate: '2019-01-01',
      terminationDate: '2024-08-01',
      terminationReason: 'voluntary',
    }),
    // h5: from Göygöl (Ganja-Dashkasan), hired before 2024.
    makeEmployee({ id: 'h5', homeLocationId: 'AZ-GYG', hireDate: '2018-01-01' }),
    // h6: from Daşkəsən like h1, hired before 2024.
    makeEmployee({ id: 'h6', homeLocationId: 'AZ-DAS', hireDate: '2017-01-01' }),
  ];
}
// At the end of 2024: h1 h2 h3 h5 h6 = 5. Hires: h1 h3 = 2.

describe("the 'originRegion' breakdown of newHireRate", () => {
  it('breaks new hires down by economic region of origin over the total headcount', () => {
    const result = newHireRate(regionRecords(), {
      period: year2024,
      breakdown: ['originRegion'],
      gazetteer: azGazetteer,
    });
    // 2 / 5 = 0.4 in total; Ganja-Dashkasan h1 → 1/5; Gazakh-Tovuz h3 → 1/5; Bakı and unknown 0.
    expect(result.value).toBe(0.4);
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ originRegion: 'az-er-baku' }, 0, 0],
      [{ originRegion: 'az-er-ganja-dashkasan' }, 1, 0.2],
      [{ originRegion: 'az-er-gazakh-tovuz' }, 1, 0.2],
      [{ originRegion: 'unknown' }, 0, 0],
    ]);
  });

  it('can divide by each region’s own headcount', () => {
    const result = newHireRate(regionRecords(), {
      period: year2024,
      breakdown: ['originRegion'],
      groupDenominator: 'group',
      gazetteer: azGazetteer,
    });
    // Ganja-Dashkasan: 1 hire (h1) of 3 at the end (h1, h5, h6); Gazakh-Tovuz 1 of 1 = 1.
    const rows = Object.fromEntries(result.breakdown?.map((r) => [r.keys.originRegion, r]) ?? []);
    expect(rows['az-er-ganja-dashkasan']?.value).toBe(1 / 3);
    expect(rows['az-er-gazakh-tovuz']?.value).toBe(1);
    // Nobody from the unknown place is employed at the end: 0 / 0, null with its reason.
    expect(rows.unknown).toMatchObject({ value: null, reason: 'ZERO_DENOMINATOR' });
  });

  it('needs a gazetteer for the region, and only for it', () => {
    const records = regionRecords();
    expect(() =>
      newHireRate(records, { period: year2024, breakdown: ['gender', 'originRegion'] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      newHireRate(records, {
        period: year2024,
        breakdown: ['originRegion'],
        gazetteer: {} as typeof azGazetteer,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    // 2 / 5 without any breakdown; the gazetteer is not needed.
    expect(newHireRate(records, { period: year2024 }).value).toBe(0.4);
  });
});

describe('properties of newHireRate', () => {
  test.prop([
    fc
      .array(employeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('does not depend on the order of records', ([records, shuffled]) => {
    const options = { period: year2024, breakdown: ['gender', 'ageBand', 'category'] as const };
    expect(newHireRate(shuffled, options)).toEqual(newHireRate(records, options));
  });

  test.prop([fc.array(employeeRecord, { maxLength: 40 })])(
    'gives total-denominator rows that add up to the total rate',
    (records) => {
      const result = newHireRate(records, { period: year2024, breakdown: ['gender'] });
      expect(result.breakdown?.every(reasonIffNull) ?? true).toBe(true);
      if (result.value === null) return;
      const sum = (result.breakdown ?? []).reduce((s, r) => s + (r.value ?? 0), 0);
      expect(sum).toBeCloseTo(result.value, 9);
    },
  );

  // Compared as strings, an inverted or malformed period used to select no hires and return a
  // rate anyway (regressions).
  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    expect(() =>
      newHireRate(workforce2024, { period: { start: '2024-12-31', end: '2024-01-01' } }),
    ).toThrow('[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01');
  });

  it('throws INVALID_DATE for a period end that is not a calendar date', () => {
    expect(() =>
      newHireRate(workforce2024, { period: { start: '2024-1-1', end: '2024-12-31' } }),
    ).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-1-1"',
    );
  });
});

/** The base dataset (e-1, an employee since 2019; e-2, a contractor) and e-3, hired in 2024. */
function datasetWithHire(): ImpactDatasetInput {
  const dataset = baseDataset();
  const hire = {
    id: 'e-3',
    companyId: 'miner',
    siteId: 'site-hill',
    homeLocationId: 'XX-CAP',
    gender: 'male',
    birthYear: 1999,
    hireDate: '2024-03-01',
    category: 'worker',
    contract: 'permanent',
    engagement: 'employee',
  } as const;
  return { ...dataset, employees: [...(dataset.employees ?? []), hire] };
}

describe('newHireRateIndicator', () => {
  it('is catalogued as workforce.newHireRate, a ratio under GRI 401-1', () => {
    const { entry } = newHireRateIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.newHireRate',
      functionName: 'newHireRate',
      family: 'workforce',
      unit: 'ratio',
      results: 'one',
      standards: ['GRI 401-1'],
    });
    expect(newHireRateIndicator.compute).toBe(workforce.newHireRate);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('GRI 401-1 a: runs on the records over the report period, by age band, gender and work region', () => {
    const outcome = newHireRateIndicator.fromDataset(
      indicatorContextOf(datasetWithHire(), { asOf: '2024-12-31' }),
    );
    // Employees (e-2 is a contractor): e-1 and e-3, both there at the end of 2024; e-3 was
    // hired in 2024: 1 / 2 = 0.5. e-3 was 25 (<30) when hired and is male; e-1 is 34 (30-50)
    // at the end and female. Both work at site-hill, in district XX-D1 of economic region
    // XX-R1: the work-region row is 1 / 2 = 0.5.
    expect(outcome).toHaveLength(1);
    const [result] = outcome as readonly IndicatorResult[];
    expect(result?.value).toBe(0.5);
    expect(result?.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ ageBand: '30-50' }, 0],
      [{ ageBand: '<30' }, 0.5],
      [{ gender: 'female' }, 0],
      [{ gender: 'male' }, 0.5],
      [{ workRegion: 'XX-R1' }, 0.5],
    ]);
    expect(result?.definitions.region).toBe('workLocation');
    expect(result?.notes).toEqual([]);
  });

  it('GRI 401-1 a: without sites, gives no region rows and says why (no home region instead)', () => {
    const dataset = { ...datasetWithHire(), sites: [] };
    const [result] = newHireRateIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2024-12-31' }),
    ) as readonly IndicatorResult[];
    // The same 1 / 2 = 0.5, by age band and gender only.
    expect(result?.value).toBe(0.5);
    expect(result?.breakdown?.some((r) => 'workRegion' in r.keys || 'originRegion' in r.keys)).toBe(
      false,
    );
    expect(result?.definitions.region).toBeUndefined();
    expect(result?.notes).toEqual([
      'No breakdown by region (GRI 401-1): the dataset has no sites with a location, so the region where the employees work is not known. The region of their homes is not used in its place.',
    ]);
  });

  it('says that the data is absent without employee records', () => {
    const dataset = { ...baseDataset(), employees: [] };
    expect(newHireRateIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no employee records.',
    });
  });
});

// GRI 401-1 a counts new employee hires: employees joining the organisation for the first time.
function rehireRecords() {
  return [
    // a: hired for the first time in 2024.
    makeEmployee({ id: 'a', hireDate: '2024-03-01' }),
    // b: worked for the company before, hired again in 2024.
    makeEmployee({ id: 'b', hireDate: '2024-06-01', rehire: true }),
    // c: employed since 2020.
    makeEmployee({ id: 'c', hireDate: '2020-01-01' }),
    // d: a re-hire of 2019, before the period.
    makeEmployee({ id: 'd', hireDate: '2019-05-01', rehire: true }),
    // k: a contractor's worker re-hired in 2024 (outside the default population).
    makeEmployee({ id: 'k', hireDate: '2024-02-01', rehire: true, engagement: 'contractor' }),
  ];
}
// Employees at the end of 2024: a, b, c, d = 4.

describe('GRI 401-1 a: re-hires', () => {
  it('GRI 401-1 a: a re-hire is not a new hire; it is counted apart and noted', () => {
    const result = newHireRate(rehireRecords(), { period: year2024 });
    // New hires: a alone (b is a re-hire, d was hired in 2019, k is a contractor) = 1; 1 / 4.
    expect(result.ratio).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    // Re-hires in 2024 among the employees: b = 1 (d's is of 2019, k is not an employee).
    expect(result.definitions).toMatchObject({ rehires: 1, rehireTreatment: 'exclude' });
    expect(result.notes).toEqual([
      '1 re-hire(s) in the period (people who worked for the company before) are not counted as new hires: GRI 401-1 a counts employees joining for the first time.',
    ]);
  });

  it("GRI 401-1 a: counts re-hires as new hires when asked (rehires: 'include')", () => {
    const result = newHireRate(rehireRecords(), { period: year2024, rehires: 'include' });
    // a and b = 2; 2 / 4 = 0.5.
    expect(result.value).toBe(0.5);
    expect(result.definitions).toMatchObject({ rehires: 1, rehireTreatment: 'include' });
    expect(result.notes).toEqual([
      "1 re-hire(s) in the period are counted as new hires, as asked (rehires: 'include').",
    ]);
  });

  it('GRI 401-1 a: counts re-hires of the population only', () => {
    const result = newHireRate(rehireRecords(), { period: year2024, includeContractors: true });
    // With k: re-hires b and k = 2, neither a new hire; new hire a; at the end a b c d k = 5.
    expect(result.ratio).toEqual({ numerator: 1, denominator: 5, value: 0.2 });
    expect(result.definitions.rehires).toBe(2);
  });

  it('GRI 401-1 a: leaves a re-hire out of its breakdown rows too', () => {
    const result = newHireRate(rehireRecords(), { period: year2024, breakdown: ['gender'] });
    // Everyone is male: the one row counts a alone, 1 / 4.
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ gender: 'male' }, 1, 0.25],
    ]);
  });
});

describe('GRI 401-1 a: age group at hire', () => {
  // A period across two calendar years, so that an age can change within it.
  const period = { start: '2023-07-01', end: '2024-06-30' } as const;
  const records = [
    // y: born 1994, hired 2023-09-01 aged 2023 − 1994 = 29 (under 30); 30 at the period end.
    makeEmployee({ id: 'y', birthYear: 1994, hireDate: '2023-09-01' }),
    // o: born 1960, employed since 2010: 2024 − 1960 = 64 (over 50) at the end.
    makeEmployee({ id: 'o', birthYear: 1960, hireDate: '2010-01-01' }),
  ];

  it('GRI 401-1 a: puts a hire in the age group of its hire date', () => {
    const result = newHireRate(records, { period, breakdown: ['ageBand'] });
    // 1 hire over 2 at the end. The hire is '<30' (29 when hired), not '30-50' (its age at the
    // end): <30 1/2; 30-50 0/2 (y is counted there at the end); >50 0/2 (o).
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ ageBand: '30-50' }, 0, 0],
      [{ ageBand: '<30' }, 1, 0.5],
      [{ ageBand: '>50' }, 0, 0],
    ]);
  });

  it('GRI 401-1 a: keeps group headcounts at the period end', () => {
    const result = newHireRate(records, {
      period,
      breakdown: ['ageBand'],
      groupDenominator: 'group',
    });
    // <30: 1 hire, nobody under 30 at the end: null. 30-50: 0 / 1 (y at the end). >50: 0 / 1.
    const rows = Object.fromEntries(result.breakdown?.map((r) => [r.keys.ageBand, r]) ?? []);
    expect(rows['<30']).toMatchObject({ count: 1, value: null, reason: 'ZERO_DENOMINATOR' });
    expect(rows['30-50']?.ratio).toEqual({ numerator: 0, denominator: 1, value: 0 });
    expect(rows['>50']?.ratio).toEqual({ numerator: 0, denominator: 1, value: 0 });
  });
});

// GRI 401-1 a "by region", read as the region where the employee works.
const workSites: readonly Site[] = [
  // In Daşkəsən district, economic region Ganja-Dashkasan.
  makeSite({ id: 's-das', locationId: 'AZ-DAS' }),
  // In Gədəbəy district, economic region Gazakh-Tovuz.
  makeSite({ id: 's-gad', locationId: 'AZ-GAD' }),
  // At a place the gazetteer does not hold.
  makeSite({ id: 's-off', locationId: 'nowhere' }),
];

function workRecords() {
  return [
    // w1: at s-das, hired in 2024.
    makeEmployee({ id: 'w1', siteId: 's-das', hireDate: '2024-03-01' }),
    // w2: at s-gad, employed since 2020.
    makeEmployee({ id: 'w2', siteId: 's-gad', hireDate: '2020-01-01' }),
    // w3: no site recorded, hired in 2024.
    makeEmployee({ id: 'w3', hireDate: '2024-04-01' }),
    // w4: at a site not among the sites given, employed since 2020.
    makeEmployee({ id: 'w4', siteId: 's-other', hireDate: '2020-01-01' }),
    // w5: at s-off, hired in 2024.
    makeEmployee({ id: 'w5', siteId: 's-off', hireDate: '2024-05-01' }),
  ];
}
// At the end of 2024: w1..w5 = 5. Hires: w1, w3, w5 = 3.

describe("GRI 401-1 a: the 'workRegion' breakdown", () => {
  it('GRI 401-1 a: breaks new hires down by the economic region of the work site', () => {
    const result = newHireRate(workRecords(), {
      period: year2024,
      breakdown: ['workRegion'],
      sites: workSites,
      gazetteer: azGazetteer,
    });
    // 3 / 5 = 0.6. Ganja-Dashkasan: w1 → 1/5; Gazakh-Tovuz: none → 0/5 (w2 at the end);
    // notStated: w3 (no site) and w5 (site outside any region) → 2/5; w4 (unknown site) is
    // counted there at the end.
    expect(result.value).toBe(0.6);
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ workRegion: 'az-er-ganja-dashkasan' }, 1, 0.2],
      [{ workRegion: 'az-er-gazakh-tovuz' }, 0, 0],
      [{ workRegion: 'notStated' }, 2, 0.4],
    ]);
    expect(result.definitions.region).toBe('workLocation');
  });

  it('GRI 401-1 a: divides by each work region’s own headcount when asked', () => {
    const result = newHireRate(workRecords(), {
      period: year2024,
      breakdown: ['workRegion'],
      groupDenominator: 'group',
      sites: workSites,
      gazetteer: azGazetteer,
    });
    // Ganja-Dashkasan 1 / 1 (w1); Gazakh-Tovuz 0 / 1 (w2); notStated 2 / 3 (w3, w4, w5).
    expect(result.breakdown?.map((r) => r.value)).toEqual([1, 0, 2 / 3]);
  });

  it('GRI 401-1 a: needs the sites and a gazetteer for the work region', () => {
    const records = workRecords();
    const message =
      "[mining-impact] The argument is not valid for this function: the 'workRegion' breakdown needs the sites (for each site's location) and a gazetteer (for the region of that location)";
    expect(() =>
      newHireRate(records, { period: year2024, breakdown: ['workRegion'], gazetteer: azGazetteer }),
    ).toThrow(message);
    expect(() =>
      newHireRate(records, { period: year2024, breakdown: ['workRegion'], sites: workSites }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      newHireRate(records, {
        period: year2024,
        breakdown: ['workRegion'],
        sites: [{ id: 's-das' }] as unknown as typeof workSites,
        gazetteer: azGazetteer,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('GRI 401-1 a: names the home region as the region when originRegion is asked', () => {
    const result = newHireRate(workRecords(), {
      period: year2024,
      breakdown: ['originRegion'],
      gazetteer: azGazetteer,
    });
    // Everyone lives in Daşkəsən (the builder's default home): one row, 3 / 5.
    expect(result.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ originRegion: 'az-er-ganja-dashkasan' }, 0.6],
    ]);
    expect(result.definitions.region).toBe('homeLocation');
  });

  it('GRI 401-1 a: gives both the work region and the home region rows when both are asked', () => {
    const result = newHireRate(workRecords(), {
      period: year2024,
      breakdown: ['workRegion', 'originRegion'],
      sites: workSites,
      gazetteer: azGazetteer,
    });
    // Hires by work region, over the 5 at the end: w1 at s-das → Ganja-Dashkasan 1/5; w3 (no
    // site) and w5 (s-off) → notStated 2/5. By home region: everyone lives in Daşkəsən, 3/5.
    expect(result.definitions.region).toBe('workAndHomeLocation');
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ workRegion: 'az-er-ganja-dashkasan' }, 1, 0.2],
      [{ workRegion: 'az-er-gazakh-tovuz' }, 0, 0],
      [{ workRegion: 'notStated' }, 2, 0.4],
      [{ originRegion: 'az-er-ganja-dashkasan' }, 3, 0.6],
    ]);
  });

  it('GRI 401-1 a: has no termination-reason breakdown (that is turnover, 401-1 b)', () => {
    expect(() =>
      newHireRate(workRecords(), { period: year2024, breakdown: ['terminationReason'] }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('newHireRateFold', () => {
  const foldOptions: readonly Readonly<NewHireRateOptions>[] = [
    { period: FOLD_PERIOD },
    {
      period: FOLD_PERIOD,
      breakdown: [
        'ageBand',
        'gender',
        'category',
        'site',
        'contract',
        'workRegion',
        'originRegion',
      ],
      gazetteer: azGazetteer,
      sites: ENGINE_SITES,
    },
    {
      period: FOLD_PERIOD,
      breakdown: ['ageBand', 'gender', 'site'],
      denominator: 'average',
      groupDenominator: 'group',
      includeContractors: true,
      rehires: 'include',
    },
    {
      period: FOLD_PERIOD,
      breakdown: ['workRegion', 'originRegion', 'category', 'contract'],
      groupDenominator: 'group',
      gazetteer: azGazetteer,
      sites: ENGINE_SITES,
    },
  ];
  it.each([2024, 11])(
    'adds seeded records one at a time as newHireRate reads them (seed %i)',
    (seed) => {
      const records = streamedWorkforce(seed);
      expect(missingCases(records)).toEqual([]);
      for (const options of foldOptions) {
        const expected = newHireRate(records, options);
        expect(foldOneByOne(newHireRateFold(options), records)).toEqual(expected);
        expect(expected.breakdown !== undefined).toBe(options.breakdown !== undefined);
      }
      // The total, counted again from the definition: employees hired within the period but
      // re-hires, over the employees employed on its last day.
      const employees = records.filter((e) => e.engagement === 'employee');
      const hires = employees.filter((e) => withinFoldPeriod(e.hireDate) && e.rehire !== true);
      const rehires = employees.filter((e) => withinFoldPeriod(e.hireDate) && e.rehire === true);
      const atEnd = employees.filter((e) => employedOn(e, FOLD_PERIOD.end));
      const result = foldOneByOne(newHireRateFold({ period: FOLD_PERIOD }), records);
      expect(result.ratio).toEqual({
        numerator: hires.length,
        denominator: atEnd.length,
        value: hires.length / atEnd.length,
      });
      expect(result.definitions?.rehires).toBe(rehires.length);
      expect(rehires.length).toBeGreaterThan(0);
    },
  );
  it('GRI 401-1 a: counts hires and re-hires record by record, and notes the re-hires at the end', () => {
    const records = [
      // a: employed before 2024 and still: at the start and at the end.
      makeEmployee({ id: 'a', hireDate: '2020-01-01' }),
      // b: hired in 2024, still employed: a hire, at the end.
      makeEmployee({ id: 'b', gender: 'female', hireDate: '2024-03-01' }),
      // c: re-hired in 2024: apart from the hires, at the end.
      makeEmployee({ id: 'c', hireDate: '2024-05-01', rehire: true }),
      // d: hired and gone in 2024: a hire, not at the end.
      makeEmployee({
        id: 'd',
        hireDate: '2024-06-01',
        terminationDate: '2024-09-30',
        terminationReason: 'voluntary',
      }),
      // e: a contractor, f: hired in 2025; neither counts.
      makeEmployee({ id: 'e', hireDate: '2024-02-01', engagement: 'contractor' }),
      makeEmployee({ id: 'f', hireDate: '2025-01-10' }),
    ];
    const fold = newHireRateFold({ period: year2024, breakdown: ['gender'] });
    const result = foldOneByOne(fold, records);
    // Hires b, d = 2 over a, b, c at the end = 3.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    // Over the total 3: female b = 1 / 3, male d = 1 / 3.
    expect(result.breakdown?.map((row) => [row.keys, row.count, row.value])).toEqual([
      [{ gender: 'female' }, 1, 1 / 3],
      [{ gender: 'male' }, 1, 1 / 3],
    ]);
    expect(result.definitions).toMatchObject({
      headcountAtStart: 1,
      headcountAtEnd: 3,
      rehires: 1,
    });
    expect(result.notes).toEqual([
      '1 re-hire(s) in the period (people who worked for the company before) are not counted as new hires: GRI 401-1 a counts employees joining for the first time.',
    ]);
    // With the re-hire counted: b, c, d = 3 over 3.
    const included = foldOneByOne(
      newHireRateFold({ period: year2024, rehires: 'include' }),
      records,
    );
    expect(included.value).toBe(1);
  });
  it('refuses its options when it is made, before any record', () => {
    expect(() => newHireRateFold({ period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => newHireRateFold({ period: year2024, breakdown: ['terminationReason'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => newHireRateFold({ period: year2024, breakdown: ['originRegion'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
