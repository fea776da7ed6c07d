import { describe, expect, it } from 'vitest';
import {
  ENGINE_SITES,
  engineEmployees,
  referenceCube,
} from '../../test/fixtures/engineWorkforce.js';
import { azGazetteer } from '../data/az/index.js';
import {
  createWorkforceAccumulator,
  type Employee,
  isImpactError,
  summarizeWorkforce,
  type WorkforceAccumulatorOptions,
} from '../index.js';
import { workforceAccumulatorFromCube } from './workforceAccumulatorFromCube.js';
import type { WorkforceCubeRow } from './workforceCubeRow.js';

const PERIOD = { start: '2025-01-01', end: '2025-12-31' } as const;
const CUBE = 'mining-impact/workforce-cube/1 asOf=2025-06-30';
const WITH_PERIOD = `${CUBE} period=2025-01-01..2025-12-31`;
const NO_PERIOD = `${CUBE} period=none`;

/** The cube of records, as the reference computes it (see test/fixtures/engineWorkforce.ts). */
function cubeOf(records: readonly Employee[], period?: typeof PERIOD): WorkforceCubeRow[] {
  const identity = period === undefined ? NO_PERIOD : WITH_PERIOD;
  return referenceCube(records, identity, '2025-06-30', period) as unknown as WorkforceCubeRow[];
}

/** An accumulator fed with the records themselves. */
function fed(records: readonly Employee[], options: WorkforceAccumulatorOptions) {
  const accumulator = createWorkforceAccumulator(options);
  for (const record of records) accumulator.add(record);
  return accumulator;
}

/** One active employee's row, with its counts; other columns can be replaced. */
function row(overrides: Record<string, unknown> = {}): WorkforceCubeRow {
  return {
    cube_id: WITH_PERIOD,
    company_id: 'azergold',
    engagement: 'employee',
    site_id: 'site-chovdar',
    home_location_id: 'AZ-DAS',
    gender: 'female',
    category: 'worker',
    nationality: 'hostCountry',
    age_band: '30-50',
    termination_reason: null,
    records: 2,
    undated: 0,
    active: 2,
    hires: 1,
    rehires: 0,
    leavers: 0,
    at_start: 1,
    at_end: 2,
    ...overrides,
  } as WorkforceCubeRow;
}

/** The error a call throws. */
function errorOf(run: () => unknown): { code?: string; message: string; cause?: unknown } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; cause: unknown };
  }
  throw new Error('no error');
}

const base: WorkforceAccumulatorOptions = { asOf: '2025-06-30', gazetteer: azGazetteer };

describe('workforceAccumulatorFromCube', () => {
  const records = engineEmployees(11, 600);
  const variants: [string, WorkforceAccumulatorOptions][] = [
    ['no period', base],
    ['a period', { ...base, period: PERIOD }],
    [
      'contractors, sites and a locality policy',
      {
        ...base,
        period: PERIOD,
        includeContractors: true,
        sites: ENGINE_SITES,
        localityPolicy: { kind: 'sameDistrict' },
      },
    ],
    [
      'the company named',
      {
        ...base,
        companyId: 'azergold',
        sites: ENGINE_SITES,
        localityPolicy: { kind: 'sameEconomicRegion' },
      },
    ],
  ];

  it.each(variants)('with %s, holds the summary and flows of the records', (_, options) => {
    const fromCube = workforceAccumulatorFromCube(
      cubeOf(records, options.period as never),
      options,
    );
    const expected = fed(records, options);
    expect(fromCube.result()).toEqual(expected.result());
    expect(fromCube.result()).toEqual(summarizeWorkforce(records, options));
    expect(fromCube.flows()).toEqual(expected.flows());
    expect(fromCube.result().headcount).toBeGreaterThan(100);
  });

  it('counts a small cube as worked out by hand', () => {
    const rows = [
      row(),
      // Three contractors' workers: left out without includeContractors.
      row({ engagement: 'contractor', records: 3, active: 3, hires: 3, at_start: 0, at_end: 3 }),
      // One leaver in the period who is no longer active: flows only.
      row({
        site_id: null,
        home_location_id: null,
        gender: null,
        category: null,
        nationality: null,
        age_band: null,
        termination_reason: 'voluntary',
        records: 1,
        active: 0,
        hires: 0,
        leavers: 1,
        at_start: 1,
        at_end: 0,
      }),
      // Two active people without a site or a nationality, over 50, re-hired in the period.
      row({
        site_id: null,
        nationality: null,
        age_band: '>50',
        gender: 'male',
        records: 2,
        active: 2,
        hires: 0,
        rehires: 2,
        at_start: 0,
        at_end: 2,
      }),
    ];
    const accumulator = workforceAccumulatorFromCube(rows, { ...base, period: PERIOD });
    const summary = accumulator.result();
    // Active employees: 2 (first row) + 2 (last row) = 4; the contractors are left out.
    expect(summary.headcount).toBe(4);
    expect(summary.byGender).toEqual({ female: 2, male: 2, other: 0, undisclosed: 0 });
    expect(summary.byAgeBand).toEqual({ '<30': 0, '30-50': 2, '>50': 2, unknown: 0 });
    // Nationality: 2 host-country nationals; 2 without one count as not stated.
    expect(summary.byNationality).toEqual({ hostCountry: 2, expatriate: 0, notStated: 2 });
    expect(summary.companyId).toBe('azergold');
    // Flows: hires 1, re-hires 2, at start 1 + 1 + 0 = 2, at end 2 + 0 + 2 = 4, one voluntary leaver.
    expect(accumulator.flows()).toMatchObject({
      hires: 1,
      rehires: 2,
      headcountAtStart: 2,
      headcountAtEnd: 4,
      leavers: { voluntary: 1, notStated: 0 },
    });
  });

  it('takes bigint counts, as DuckDB returns BIGINT', () => {
    const big = row({
      records: 2n,
      undated: 0n,
      active: 2n,
      hires: 1n,
      rehires: 0n,
      leavers: 0n,
      at_start: 1n,
      at_end: 2n,
    });
    expect(
      workforceAccumulatorFromCube([big], { ...base, period: PERIOD }).result().headcount,
    ).toBe(2);
  });

  it('gives the same part for the rows in any order, and refuses the same cube twice', () => {
    const rows = cubeOf(records, PERIOD);
    const options = { ...base, period: PERIOD };
    const forward = workforceAccumulatorFromCube(rows, options);
    const backward = workforceAccumulatorFromCube([...rows].reverse(), options);
    const partsOf = (a: typeof forward) =>
      a.toSnapshot().parts.filter((p) => p.startsWith('workforce-cube:'));
    expect(partsOf(forward)).toEqual(partsOf(backward));
    expect(partsOf(forward)).toHaveLength(1);
    expect(() => forward.merge(backward)).toThrow(/share records/);
    // Another cube (one row fewer) has another part, so the two merge.
    const other = workforceAccumulatorFromCube(rows.slice(1), options);
    expect(partsOf(other)).not.toEqual(partsOf(forward));
    expect(forward.merge(other).result().headcount).toBe(
      (forward.result().headcount as number) + (other.result().headcount as number),
    );
  });

  it('holds no one for no rows, with the company named', () => {
    const summary = workforceAccumulatorFromCube([], { ...base, companyId: 'azergold' }).result();
    expect(summary.headcount).toBe(0);
  });

  it.each([
    ['not an object', 7, null, /must be an object/],
    ['an array', [], null, /must be an object/],
    [
      'another asOf',
      row({
        cube_id: `mining-impact/workforce-cube/1 asOf=2024-06-30 period=2025-01-01..2025-12-31`,
      }),
      'cube_id',
      /not the cube of these options/,
    ],
    ['no period in the cube', row({ cube_id: NO_PERIOD }), 'cube_id', /not the cube/],
    ['a key that is a number', row({ gender: 3 }), 'gender', /number where text or null/],
    ['a negative count', row({ active: -1 }), 'active', /not a count/],
    ['a fractional count', row({ hires: 0.5 }), 'hires', /not a count/],
    ['a count as text', row({ records: '2' }), 'records', /not a count/],
    ['an unsafe bigint', row({ records: 2n ** 60n }), 'records', /not a count/],
    ['a negative bigint', row({ leavers: -1n }), 'leavers', /not a count/],
    ['more active than records', row({ active: 3 }), 'active', /more than the 2 records/],
    ['hires and re-hires above records', row({ hires: 2, rehires: 1 }), 'rehires', /exceed/],
    ['another company', row({ company_id: 'other-co' }), 'company_id', /not the company azergold/],
    ['no company', row({ company_id: null }), 'company_id', /null is not the company azergold/],
    [
      'an unknown engagement',
      row({ engagement: 'volunteer' }),
      'engagement',
      /not one of employee, contractor/,
    ],
    ['no engagement', row({ engagement: null }), 'engagement', /not one of/],
    ['records without a hire date', row({ undated: 1 }), 'undated', /1 records have no hire date/],
    ['an unknown gender', row({ gender: 'robot' }), 'gender', /not one of female/],
    ['no gender for active people', row({ gender: null }), 'gender', /not one of female/],
    ['an unknown category', row({ category: 'boss' }), 'category', /not one of worker/],
    [
      'an unknown nationality',
      row({ nationality: 'martian' }),
      'nationality',
      /not one of hostCountry/,
    ],
    ['an unknown age band', row({ age_band: '40-60' }), 'age_band', /not one of <30/],
    [
      'a home that is not an id',
      row({ home_location_id: 'AZ DAS; DROP' }),
      'home_location_id',
      /not a valid id/,
    ],
    ['no home', row({ home_location_id: null }), 'home_location_id', /not a valid id/],
    ['a site that is not an id', row({ site_id: 'a/b' }), 'site_id', /not a valid id/],
    [
      'keys of active people on a row without any',
      row({ active: 0, at_end: 0 }),
      'site_id',
      /without any/,
    ],
    [
      'a termination reason without leavers',
      row({ termination_reason: 'voluntary' }),
      'termination_reason',
      /without leavers/,
    ],
    [
      'leavers of an unknown reason',
      row({ leavers: 1, termination_reason: 'fired' }),
      'termination_reason',
      /not one of voluntary/,
    ],
    ['leavers without a reason', row({ leavers: 1 }), 'termination_reason', /not one of voluntary/],
  ])('refuses a row with %s, naming the row and the column', (_, bad, column, message) => {
    const error = errorOf(() =>
      workforceAccumulatorFromCube([row(), bad as WorkforceCubeRow], { ...base, period: PERIOD }),
    );
    expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`workforce cube row 1${column === null ? ':' : ` ${column}:`}`);
    expect(error.cause).toEqual({ row: 1, column });
  });

  it('refuses flow counts without a period, and a first row without a company', () => {
    expect(() => workforceAccumulatorFromCube([row({ cube_id: NO_PERIOD })], base)).toThrow(
      /row 0: flow counts without a period/,
    );
    const quiet = row({ cube_id: NO_PERIOD, hires: 0, at_start: 0, at_end: 0 });
    expect(workforceAccumulatorFromCube([quiet], base).flows()).toBeUndefined();
    expect(() =>
      workforceAccumulatorFromCube([row({ company_id: null })], { ...base, period: PERIOD }),
    ).toThrow(/row 0 company_id: null is not a valid id/);
  });

  it('leaves out contractors, and their rows are checked no further, as the accumulator does', () => {
    const contractor = row({ engagement: 'contractor', undated: 1, gender: 'robot' });
    const accumulator = workforceAccumulatorFromCube([contractor], { ...base, period: PERIOD });
    expect(accumulator.result().headcount).toBe(0);
    expect(() =>
      workforceAccumulatorFromCube([contractor], {
        ...base,
        period: PERIOD,
        includeContractors: true,
      }),
    ).toThrow(/row 0 undated/);
  });

  it('refuses counts that add up beyond the safe-integer range', () => {
    const huge = Number.MAX_SAFE_INTEGER;
    const one = row({ records: huge, active: huge, hires: 0, at_start: 0, at_end: 0 });
    const error = errorOf(() =>
      workforceAccumulatorFromCube([one, one], { ...base, period: PERIOD }),
    );
    expect(isImpactError(error, 'UNSAFE_INTEGER')).toBe(true);
  });

  it('refuses rows that are not iterable and options that are not valid', () => {
    expect(() => workforceAccumulatorFromCube(5 as never, base)).toThrow(/must be iterable/);
    expect(() => workforceAccumulatorFromCube(null as never, base)).toThrow(/must be iterable/);
    expect(() => workforceAccumulatorFromCube([], { ...base, asOf: 'June' as never })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
