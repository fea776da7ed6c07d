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
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type IndicatorResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import {
  type TurnoverRateOptions,
  turnoverRate,
  turnoverRateFold,
  turnoverRateIndicator,
} from './turnoverRate.js';

/** The note on e7, whose contract ended in 2024. */
const CONTRACT_END_NOTE =
  '1 contract(s) ended in the period: GRI 401-1 b turnover counts employees who leave voluntarily or due to dismissal, retirement or death in service, so they are counted apart (definitions.contractEnds), not in the rate.';

describe('turnoverRate', () => {
  it('GRI 401-1 b: counts GRI turnover reasons over the end headcount, contract ends apart', () => {
    // Leavers e2 (retirement), e4 (voluntary), e8 (dismissal), e12 (death) = 4; e7's contract
    // ended (not turnover: counted apart, 1). 4 / 5 = 0.8.
    const result = turnoverRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.8);
    expect(result.unit).toBe('ratio');
    expect(result.definitions.reasons).toEqual(['voluntary', 'dismissal', 'retirement', 'death']);
    expect(result.definitions.contractEnds).toBe(1);
    expect(result.notes).toEqual([CONTRACT_END_NOTE]);
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
  });
  it('counts a termination on the first and on the last day of the period', () => {
    // e12 left on 2024-01-01 and e8 on 2024-12-31: both inside the period.
    const edges = workforce2024.filter((e) => e.id === 'e12' || e.id === 'e8' || e.id === 'e1');
    // Leavers 2; at end only e1: 2 / 1 = 2 (a ratio, above 1).
    expect(turnoverRate(edges, { period: year2024 }).value).toBe(2);
  });
  it('lets the reporter choose the reasons', () => {
    // Voluntary only: e4 = 1 → 1/5 = 0.2.
    expect(turnoverRate(workforce2024, { period: year2024, reasons: ['voluntary'] }).value).toBe(
      0.2,
    );
  });
  it('has no breakdown unless one is asked for', () => {
    // 4 leavers over 5 at the end, as above, and no breakdown field at all.
    const result = turnoverRate(workforce2024, { period: year2024 });
    expect(result.value).toBe(0.8);
    expect('breakdown' in result).toBe(false);
    expect(turnoverRate(workforce2024, { period: year2024, breakdown: [] }).breakdown).toBe(
      undefined,
    );
  });
  it('counts and notes terminations without a reason', () => {
    const [first] = workforce2024;
    const noReason = {
      ...(first as (typeof workforce2024)[number]),
      id: 'e99',
      terminationDate: '2024-05-05',
    } as (typeof workforce2024)[number];
    const result = turnoverRate([...workforce2024, noReason], { period: year2024 });
    // 4 + 1 = 5 leavers over the same 5 at end.
    expect(result.value).toBe(1);
    expect(result.notes).toEqual([
      '1 termination(s) without a recorded reason are counted as turnover.',
      CONTRACT_END_NOTE,
    ]);
  });
});

describe('leavers after the period of turnoverRate', () => {
  it('GRI 401-1 b: neither counts nor notes a contract end or a reason-less leaver after the period', () => {
    // Both hired in 2020 and leaving on 2025-01-02, after the 2024 period: they are there at
    // the end of 2024 (5 + 2 = 7) and are not leavers of 2024, so the rate is 4 / 7 and only
    // e7's contract end is noted.
    const late = [
      makeEmployee({
        id: 'e97',
        hireDate: '2020-01-01',
        terminationDate: '2025-01-02',
        terminationReason: 'contractEnd',
      }),
      makeEmployee({ id: 'e98', hireDate: '2020-01-01', terminationDate: '2025-01-02' }),
    ];
    const result = turnoverRate([...workforce2024, ...late], { period: year2024 });
    expect(result.value).toBe(4 / 7);
    expect(result.definitions.contractEnds).toBe(1);
    expect(result.notes).toEqual([CONTRACT_END_NOTE]);
  });
});

describe('the breakdowns of turnoverRate', () => {
  it('breaks down by gender', () => {
    // Female leavers e4, e12 = 2 → 0.4; male e2, e8 = 2 → 0.4.
    const result = turnoverRate(workforce2024, { period: year2024, breakdown: ['gender'] });
    expect(result.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ gender: 'female' }, 0.4],
      [{ gender: 'male' }, 0.4],
    ]);
  });
  it('gives a group that is gone by the period end a null row with ZERO_DENOMINATOR', () => {
    const records = [
      makeEmployee({ id: 'stays', gender: 'female', hireDate: '2020-01-01' }),
      makeEmployee({
        id: 'goes',
        gender: 'male',
        hireDate: '2020-01-01',
        terminationDate: '2024-06-30',
        terminationReason: 'voluntary',
      }),
    ];
    const result = turnoverRate(records, {
      period: year2024,
      breakdown: ['gender'],
      groupDenominator: 'group',
    });
    // Total: 1 leaver over 1 at the end = 1. Female: 0 leavers over 1 = 0; male: 1 leaver over
    // nobody at the end: null with ZERO_DENOMINATOR.
    expect(result.value).toBe(1);
    expect(result.breakdown).toEqual([
      {
        keys: { gender: 'female' },
        value: 0,
        count: 0,
        ratio: { numerator: 0, denominator: 1, value: 0 },
      },
      {
        keys: { gender: 'male' },
        value: null,
        reason: 'ZERO_DENOMINATOR',
        count: 1,
        ratio: { numerator: 1, denominator: 0, value: null, reason: 'ZERO_DENOMINATOR' },
      },
    ]);
    expect('reason' in (result.breakdown?.[0] ?? {})).toBe(false);
  });
  it('breaks turnover down by region of origin, next to other dimensions', () => {
    const records = [
      // From Daşkəsən, Bakı and Gədəbəy, all there at the end of 2024.
      makeEmployee({ id: 'h1', homeLocationId: 'AZ-DAS', hireDate: '2024-03-01' }),
      makeEmployee({ id: 'h2', homeLocationId: 'AZ-BA', hireDate: '2020-01-01' }),
      makeEmployee({ id: 'h3', homeLocationId: 'AZ-GAD', hireDate: '2024-05-01' }),
      // From a place the gazetteer does not hold; left voluntarily in 2024.
      makeEmployee({
        id: 'h4',
        homeLocationId: 'nowhere',
        hireDate: '2019-01-01',
        terminationDate: '2024-08-01',
        terminationReason: 'voluntary',
      }),
      makeEmployee({ id: 'h5', homeLocationId: 'AZ-GYG', hireDate: '2018-01-01' }),
      makeEmployee({ id: 'h6', homeLocationId: 'AZ-DAS', hireDate: '2017-01-01' }),
    ];
    const result = turnoverRate(records, {
      period: year2024,
      breakdown: ['gender', 'originRegion'],
      gazetteer: azGazetteer,
    });
    // h4 left: 1 / 5 = 0.2, from an unknown place; everyone is male.
    expect(result.value).toBe(0.2);
    const regional = result.breakdown?.filter((r) => r.keys.originRegion !== undefined);
    expect(regional?.find((r) => r.keys.originRegion === 'unknown')?.value).toBe(0.2);
    expect(result.breakdown?.filter((r) => r.keys.gender !== undefined)).toHaveLength(1);
  });
});

describe('properties of turnoverRate', () => {
  test.prop([
    fc
      .array(employeeRecord, { maxLength: 40 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length }))),
  ])('does not depend on the order of records', ([records, shuffled]) => {
    const options = { period: year2024, breakdown: ['gender', 'ageBand', 'category'] as const };
    expect(turnoverRate(shuffled, options)).toEqual(turnoverRate(records, options));
  });

  // Compared as strings, an inverted or malformed period used to select no leavers and return a
  // rate anyway (regressions).
  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    expect(() =>
      turnoverRate(workforce2024, { period: { start: '2024-12-31', end: '2024-01-01' } }),
    ).toThrow('[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01');
  });

  it('throws INVALID_DATE for a period end that is not a calendar date', () => {
    expect(() =>
      turnoverRate(workforce2024, { period: { start: '2024-1-1', end: '2024-12-31' } }),
    ).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-1-1"',
    );
  });
});

/** The base dataset (e-1, an employee since 2019; e-2, a contractor) and e-4, who left in 2024. */
function datasetWithLeaver(): ImpactDatasetInput {
  const dataset = baseDataset();
  const leaver = {
    id: 'e-4',
    companyId: 'miner',
    homeLocationId: 'XX-D1',
    gender: 'male',
    birthYear: 1970,
    hireDate: '2018-05-01',
    terminationDate: '2024-09-30',
    terminationReason: 'voluntary',
    category: 'worker',
    contract: 'permanent',
    engagement: 'employee',
  } as const;
  return { ...dataset, employees: [...(dataset.employees ?? []), leaver] };
}

describe('turnoverRateIndicator', () => {
  it('is catalogued as workforce.turnoverRate, a ratio under GRI 401-1 and ESRS S1-6', () => {
    const { entry } = turnoverRateIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.turnoverRate',
      functionName: 'turnoverRate',
      family: 'workforce',
      unit: 'ratio',
      results: 'one',
      standards: ['GRI 401-1', 'ESRS S1-6'],
    });
    expect(turnoverRateIndicator.compute).toBe(workforce.turnoverRate);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('GRI 401-1 b: runs on the records over the report period, by age band, gender and work region', () => {
    const outcome = turnoverRateIndicator.fromDataset(
      indicatorContextOf(datasetWithLeaver(), { asOf: '2024-12-31' }),
    );
    // Employees (e-2, who also left, is a contractor): e-4 left voluntarily in 2024; e-1 alone is
    // there at the end: 1 / 1 = 1. e-1 is 34 (30-50) and female; e-4 was 54 (>50) when leaving
    // and is male. e-1 works at site-hill (economic region XX-R1); e-4 has no site: notStated.
    const [result] = outcome as readonly IndicatorResult[];
    expect(outcome).toHaveLength(1);
    expect(result?.value).toBe(1);
    expect(result?.breakdown?.map((r) => [r.keys, r.value])).toEqual([
      [{ ageBand: '30-50' }, 0],
      [{ ageBand: '>50' }, 1],
      [{ gender: 'female' }, 0],
      [{ gender: 'male' }, 1],
      [{ workRegion: 'XX-R1' }, 0],
      [{ workRegion: 'notStated' }, 1],
    ]);
    expect(result?.definitions.region).toBe('workLocation');
  });

  it('GRI 401-1 b: without sites, gives no region rows and says why (no home region instead)', () => {
    const dataset = { ...datasetWithLeaver(), sites: [] };
    const [result] = turnoverRateIndicator.fromDataset(
      indicatorContextOf(dataset, { asOf: '2024-12-31' }),
    ) as readonly IndicatorResult[];
    // The same 1 / 1 = 1, by age band and gender only.
    expect(result?.value).toBe(1);
    expect(result?.breakdown).toHaveLength(4);
    expect(result?.notes).toEqual([
      'No breakdown by region (GRI 401-1): the dataset has no sites with a location, so the region where the employees work is not known. The region of their homes is not used in its place.',
    ]);
  });

  it('says that the data is absent without employee records', () => {
    const { employees: _none, ...dataset } = baseDataset();
    expect(turnoverRateIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no employee records.',
    });
  });
});

describe("GRI 401-1 b: the 'terminationReason' breakdown and contract ends", () => {
  it('GRI 401-1 b: gives one row per counted reason over the total headcount', () => {
    const result = turnoverRate(workforce2024, {
      period: year2024,
      breakdown: ['terminationReason'],
    });
    // One leaver each: e12 death, e8 dismissal, e2 retirement, e4 voluntary; each 1 / 5 = 0.2
    // (the rows add up to 0.8). e7's contract end is not turnover: no row.
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ terminationReason: 'death' }, 1, 0.2],
      [{ terminationReason: 'dismissal' }, 1, 0.2],
      [{ terminationReason: 'retirement' }, 1, 0.2],
      [{ terminationReason: 'voluntary' }, 1, 0.2],
    ]);
  });

  it('GRI 401-1 b: keys a termination without a reason notStated, and keeps the total headcount', () => {
    const noReason = makeEmployee({
      id: 'n',
      hireDate: '2020-01-01',
      terminationDate: '2024-05-05',
    });
    const result = turnoverRate([...workforce2024, noReason], {
      period: year2024,
      breakdown: ['terminationReason'],
      groupDenominator: 'group',
      reasons: ['voluntary', 'dismissal'],
    });
    // Counted: e4 voluntary, e8 dismissal and n without a reason = 3 over 5 at the end = 0.6.
    // Each row divides by the total 5 even with group denominators (a reason has no headcount).
    expect(result.value).toBe(0.6);
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ terminationReason: 'dismissal' }, 1, 0.2],
      [{ terminationReason: 'notStated' }, 1, 0.2],
      [{ terminationReason: 'voluntary' }, 1, 0.2],
    ]);
  });

  it('GRI 401-1 b: lists a counted reason without leavers as a row of 0', () => {
    // Only e1, e3 and e5 (no leaver): every default reason gets a row of 0 / 3.
    const stayers = workforce2024.filter((e) => ['e1', 'e3', 'e5'].includes(e.id));
    const result = turnoverRate(stayers, { period: year2024, breakdown: ['terminationReason'] });
    expect(result.breakdown?.map((r) => [r.keys.terminationReason, r.value])).toEqual([
      ['death', 0],
      ['dismissal', 0],
      ['retirement', 0],
      ['voluntary', 0],
    ]);
  });

  it('GRI 401-1 b: counts contract ends as turnover only when asked, without the note', () => {
    const result = turnoverRate(workforce2024, {
      period: year2024,
      reasons: ['voluntary', 'dismissal', 'retirement', 'death', 'contractEnd'],
    });
    // e2, e4, e7, e8, e12 = 5 over 5 = 1; contractEnds still counts e7.
    expect(result.value).toBe(1);
    expect(result.definitions.contractEnds).toBe(1);
    expect(result.notes).toEqual([]);
  });

  it('GRI 401-1 b: counts the contract ends of the population and period only', () => {
    const records = [
      makeEmployee({ id: 's', hireDate: '2020-01-01' }),
      // Ended in 2024: counted.
      makeEmployee({
        id: 'c1',
        hireDate: '2023-01-01',
        terminationDate: '2024-02-29',
        terminationReason: 'contractEnd',
      }),
      // Ended in 2023: not of the period.
      makeEmployee({
        id: 'c2',
        hireDate: '2022-01-01',
        terminationDate: '2023-12-31',
        terminationReason: 'contractEnd',
      }),
      // A contractor's worker: not of the population.
      makeEmployee({
        id: 'c3',
        hireDate: '2023-01-01',
        terminationDate: '2024-03-31',
        terminationReason: 'contractEnd',
        engagement: 'contractor',
      }),
    ];
    // No turnover: 0 / 1 (s at the end); contract ends: c1 = 1.
    const result = turnoverRate(records, { period: year2024 });
    expect(result.value).toBe(0);
    expect(result.definitions.contractEnds).toBe(1);
  });
});

describe('GRI 401-1 b: age group at termination', () => {
  it('GRI 401-1 b: puts a leaver in the age group of its termination date', () => {
    const period = { start: '2023-07-01', end: '2024-06-30' } as const;
    const records = [
      // l: born 1973, left voluntarily on 2023-10-31 aged 2023 − 1973 = 50 (30-50); it would be
      // 51 (>50) at the period end.
      makeEmployee({
        id: 'l',
        birthYear: 1973,
        hireDate: '2015-01-01',
        terminationDate: '2023-10-31',
        terminationReason: 'voluntary',
      }),
      // s: born 1990, there all along: 2024 − 1990 = 34 (30-50) at the end.
      makeEmployee({ id: 's', birthYear: 1990, hireDate: '2015-01-01' }),
    ];
    const result = turnoverRate(records, { period, breakdown: ['ageBand'] });
    // 1 leaver over 1 at the end; its row is 30-50 (1 / 1); >50 has no row (nobody is over 50
    // at the end or when leaving).
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ ageBand: '30-50' }, 1, 1],
    ]);
  });
});

describe("GRI 401-1 b: the 'workRegion' breakdown", () => {
  it('GRI 401-1 b: breaks turnover down by the economic region of the work site', () => {
    const sites = [makeSite({ id: 's-das', locationId: 'AZ-DAS' })];
    const records = [
      // At s-das (Ganja-Dashkasan): one leaves by dismissal, one stays.
      makeEmployee({
        id: 'd1',
        siteId: 's-das',
        hireDate: '2020-01-01',
        terminationDate: '2024-04-30',
        terminationReason: 'dismissal',
      }),
      makeEmployee({ id: 'd2', siteId: 's-das', hireDate: '2020-01-01' }),
      // No site: stays.
      makeEmployee({ id: 'n1', hireDate: '2020-01-01' }),
    ];
    const result = turnoverRate(records, {
      period: year2024,
      breakdown: ['workRegion'],
      sites,
      gazetteer: azGazetteer,
    });
    // 1 leaver over 2 at the end (d2, n1) = 0.5: Ganja-Dashkasan 1/2, notStated 0/2.
    expect(result.breakdown?.map((r) => [r.keys, r.count, r.value])).toEqual([
      [{ workRegion: 'az-er-ganja-dashkasan' }, 1, 0.5],
      [{ workRegion: 'notStated' }, 0, 0],
    ]);
    expect(result.definitions.region).toBe('workLocation');
  });
});

describe('turnoverRateFold', () => {
  const foldOptions: readonly Readonly<TurnoverRateOptions>[] = [
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
        'terminationReason',
      ],
      gazetteer: azGazetteer,
      sites: ENGINE_SITES,
    },
    {
      period: FOLD_PERIOD,
      reasons: ['voluntary', 'contractEnd'],
      breakdown: ['terminationReason', 'ageBand'],
      denominator: 'average',
      groupDenominator: 'group',
      includeContractors: true,
    },
    { period: FOLD_PERIOD, reasons: [], breakdown: ['terminationReason'] },
  ];
  it.each([2024, 11])(
    'adds seeded records one at a time as turnoverRate reads them (seed %i)',
    (seed) => {
      const records = streamedWorkforce(seed);
      expect(missingCases(records)).toEqual([]);
      for (const options of foldOptions) {
        expect(foldOneByOne(turnoverRateFold(options), records)).toEqual(
          turnoverRate(records, options),
        );
      }
      // The total, counted again from the definition (GRI 401-1 b): employees leaving within the
      // period voluntarily, by dismissal, retirement or death, or without a stated reason, over the
      // employees employed on its last day; contract ends apart.
      const employees = records.filter((e) => e.engagement === 'employee');
      const left = employees.filter((e) => withinFoldPeriod(e.terminationDate));
      const gri = ['voluntary', 'dismissal', 'retirement', 'death', undefined];
      const leavers = left.filter((e) => gri.includes(e.terminationReason));
      const contractEnds = left.filter((e) => e.terminationReason === 'contractEnd');
      const atEnd = employees.filter((e) => employedOn(e, FOLD_PERIOD.end));
      const result = foldOneByOne(turnoverRateFold({ period: FOLD_PERIOD }), records);
      expect(result.ratio).toEqual({
        numerator: leavers.length,
        denominator: atEnd.length,
        value: leavers.length / atEnd.length,
      });
      expect(result.definitions?.contractEnds).toBe(contractEnds.length);
      // Both notes: terminations without a reason, and contract ends apart.
      expect(result.notes).toHaveLength(2);
    },
  );
  it('GRI 401-1 b: counts leavers record by record, and writes the notes from the counts', () => {
    const records = [
      // a: left voluntarily in 2024 (at the start, a leaver).
      makeEmployee({ id: 'a', terminationDate: '2024-03-31', terminationReason: 'voluntary' }),
      // b: contract ended in 2024 (at the start, counted apart).
      makeEmployee({ id: 'b', terminationDate: '2024-06-30', terminationReason: 'contractEnd' }),
      // c: left in 2024 without a reason (at the start, a leaver, noted).
      makeEmployee({ id: 'c', terminationDate: '2024-08-01' }),
      // d: dismissed on the eve of 2024 (neither at the start nor a leaver).
      makeEmployee({ id: 'd', terminationDate: '2023-12-31', terminationReason: 'dismissal' }),
      // e: employed throughout (at the start and the end); f: hired in 2024 (at the end).
      makeEmployee({ id: 'e' }),
      makeEmployee({ id: 'f', hireDate: '2024-02-01' }),
      // g: a contractor's worker leaving in 2024: not counted.
      makeEmployee({
        id: 'g',
        engagement: 'contractor',
        terminationDate: '2024-05-01',
        terminationReason: 'voluntary',
      }),
    ];
    const fold = turnoverRateFold({
      period: year2024,
      denominator: 'average',
      breakdown: ['terminationReason'],
    });
    const result = foldOneByOne(fold, records);
    // Leavers a, c = 2; at the start a, b, c, e = 4, at the end e, f = 2; (4 + 2) / 2 = 3.
    expect(result.ratio).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    // The GRI reasons are preset, with notStated for c; each over the total 3, keys sorted.
    expect(result.breakdown?.map((row) => [row.keys.terminationReason, row.count])).toEqual([
      ['death', 0],
      ['dismissal', 0],
      ['notStated', 1],
      ['retirement', 0],
      ['voluntary', 1],
    ]);
    expect(result.definitions).toMatchObject({
      headcountAtStart: 4,
      headcountAtEnd: 2,
      contractEnds: 1,
    });
    expect(result.notes).toEqual([
      '1 termination(s) without a recorded reason are counted as turnover.',
      '1 contract(s) ended in the period: GRI 401-1 b turnover counts employees who leave voluntarily or due to dismissal, retirement or death in service, so they are counted apart (definitions.contractEnds), not in the rate.',
    ]);
  });
  it('refuses its options when it is made, before any record', () => {
    expect(() => turnoverRateFold({ period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => turnoverRateFold({ period: { start: '2024-12-31', end: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_PERIOD' }),
    );
    expect(() =>
      turnoverRateFold({ period: year2024, breakdown: ['workRegion'], gazetteer: azGazetteer }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
