import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeRecord } from '../../../test/fixtures/arbitraries.js';
import { workforce2024 } from '../../../test/fixtures/workforce2024.js';
import { WorkforceSummarySchema } from '../../model/workforceSummary.js';
import { ageBand } from './ageBand.js';
import { contractorShare } from './contractorShare.js';
import { diversityComposition } from './diversityComposition.js';
import { isActiveOn } from './isActiveOn.js';

describe('ageBand', () => {
  it.each([
    [1995, '<30'], // 2024 − 1995 = 29
    [1994, '30-50'], // 30: the middle band
    [1974, '30-50'], // 50: still the middle band
    [1973, '>50'], // 51
  ] as const)('puts someone born in %i in %s at the end of 2024', (year, band) => {
    expect(ageBand(year, '2024-12-31')).toBe(band);
  });
  it('is unknown without a birth year', () => {
    expect(ageBand(undefined, '2024-12-31')).toBe('unknown');
    expect(ageBand(1990.5, '2024-12-31')).toBe('unknown');
  });
});

describe('isActiveOn', () => {
  it('counts the hire day and not the termination day', () => {
    const e = { hireDate: '2024-01-10', terminationDate: '2024-06-30' };
    expect(isActiveOn(e, '2024-01-09')).toBe(false);
    expect(isActiveOn(e, '2024-01-10')).toBe(true);
    expect(isActiveOn(e, '2024-06-29')).toBe(true);
    expect(isActiveOn(e, '2024-06-30')).toBe(false);
  });
});

describe('diversityComposition', () => {
  it('gives each category by gender and age band', () => {
    const result = diversityComposition(workforce2024, { asOf: '2024-12-31' });
    // Active employees: e1 (F, worker, 30-50), e3 (M, worker, <30), e5 (M, manager, 30-50),
    // e6 (M, senior management, >50), e9 (F, worker, 30-50) = 5. No specialist is active.
    expect(result.value).toBe(5);
    const rows = Object.fromEntries(
      result.breakdown?.map((r) => [`${r.dimension}:${r.key}`, r.value]) ?? [],
    );
    // Workers: 3 — female e1, e9 = 2/3; male e3 = 1/3; <30 e3 = 1/3; 30-50 e1, e9 = 2/3.
    expect(rows['category×gender:worker|female']).toBeCloseTo(2 / 3, 12);
    expect(rows['category×gender:worker|male']).toBeCloseTo(1 / 3, 12);
    expect(rows['category×ageBand:worker|<30']).toBeCloseTo(1 / 3, 12);
    expect(rows['category×ageBand:worker|30-50']).toBeCloseTo(2 / 3, 12);
    expect(rows['category×gender×ageBand:worker|female|30-50']).toBeCloseTo(2 / 3, 12);
    expect(rows['category×gender:seniorManagement|male']).toBe(1);
    expect(rows['category×ageBand:seniorManagement|>50']).toBe(1);
    expect(Object.keys(rows).some((k) => k.includes('specialist'))).toBe(false);
  });

  it('names the date, the employee population and the age bands, with no notes', () => {
    const result = diversityComposition(workforce2024, { asOf: '2024-12-31' });
    // includeContractors is not set, so only employees are counted.
    expect(result.definitions).toEqual({
      asOf: '2024-12-31',
      population: 'employees',
      ageBands: 'year(asOf) − birthYear: <30, 30-50, >50',
    });
    expect(result.notes).toEqual([]);
  });

  test.prop([fc.array(employeeRecord, { maxLength: 60 })])(
    'shares within a category and dimension sum to 1',
    (records) => {
      const result = diversityComposition(records, { asOf: '2024-12-31' });
      const sums = new Map<string, number>();
      for (const row of result.breakdown ?? []) {
        const group = `${row.dimension}:${row.key.split('|')[0]}`;
        sums.set(group, (sums.get(group) ?? 0) + (row.value ?? 0));
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(row.value).toBeLessThanOrEqual(1);
      }
      for (const sum of sums.values()) expect(sum).toBeCloseTo(1, 9);
    },
  );
});

describe('contractorShare', () => {
  it('counts contractors among active records', () => {
    // Active on 2024-12-31: 5 employees + e10 (contractor) = 6; 1 / 6.
    expect(contractorShare(workforce2024, { asOf: '2024-12-31' }).value).toBeCloseTo(1 / 6, 12);
  });
  it('reads a summary breakdown', () => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: 2128,
      byEngagement: { employee: 812, contractor: 1316 },
      sourceIds: ['src-1'],
    });
    // 1316 / (812 + 1316) = 1316 / 2128 = 0.618421…
    const result = contractorShare(summary);
    expect(result.value).toBeCloseTo(1316 / 2128, 12);
    expect(result.sourceIds).toEqual(['src-1']);
  });
  it('bounds the share when counts are bounds', () => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: { min: 2000 },
      byEngagement: { employee: { min: 800, max: 820 }, contractor: 1316 },
      sourceIds: [],
    });
    const result = contractorShare(summary);
    // Lowest: 1316 / (1316 + 820) = 0.616105…; highest: 1316 / (1316 + 800) = 0.621928…
    expect(result.value).toBeNull();
    expect(result.reason).toBe('BOUNDED');
    expect(result.bounds?.min).toBeCloseTo(1316 / 2136, 12);
    expect(result.bounds?.max).toBeCloseTo(1316 / 2116, 12);
  });
  it('leaves an unbounded side open to 0 or 1', () => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: 10,
      byEngagement: { employee: { min: 5 }, contractor: { min: 1 } },
      sourceIds: [],
    });
    expect(contractorShare(summary).bounds).toEqual({ min: 0, max: 1 });
  });
  it('is MISSING_DATA without an engagement breakdown', () => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: 10,
      sourceIds: [],
    });
    expect(contractorShare(summary).reason).toBe('MISSING_DATA');
  });
  it('names the summary basis and leaves out the reason of an exact share', () => {
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: 4,
      byEngagement: { employee: 3, contractor: 1 },
      sourceIds: [],
    });
    // 1 / (3 + 1) = 0.25: a value, so no reason at all (not even an undefined one).
    const result = contractorShare(summary);
    expect(result.value).toBe(0.25);
    expect(result.definitions).toEqual({ asOf: '2025-06-30', basis: 'summary' });
    expect('reason' in result).toBe(false);
  });
  it('is MISSING_DATA when the breakdown lacks employees or contractors', () => {
    for (const byEngagement of [{ contractor: 5 }, { employee: 5 }]) {
      const summary = WorkforceSummarySchema.parse({
        companyId: 'miner',
        asOf: '2025-06-30',
        headcount: 5,
        byEngagement,
        sourceIds: [],
      });
      const result = contractorShare(summary);
      expect(result.value).toBeNull();
      expect(result.reason).toBe('MISSING_DATA');
      expect(result.notes).toEqual([
        'The summary does not break the workforce down into employees and contractors.',
      ]);
    }
  });
  it('throws INVALID_ARGUMENT for records without asOf', () => {
    expect(() => contractorShare(workforce2024)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('workforce breakdowns by site and contract', () => {
  it('groups by site (unknown when absent) and by contract', async () => {
    const { newHireRate } = await import('./newHireRate.js');
    const { makeEmployee } = await import('../../../test/fixtures/builders.js');
    const records = [
      makeEmployee({ id: 'a', hireDate: '2024-03-01', siteId: 'mine-1', contract: 'temporary' }),
      makeEmployee({ id: 'b', hireDate: '2020-03-01', siteId: 'mine-1' }),
      makeEmployee({ id: 'c', hireDate: '2024-04-01' }),
    ];
    const result = newHireRate(records, {
      period: { start: '2024-01-01', end: '2024-12-31' },
      breakdown: ['site', 'contract'],
    });
    // Hires a, c over 3 at end: site mine-1 1/3, unknown 1/3; temporary 1/3, permanent 1/3.
    expect(result.breakdown?.map((r) => [r.dimension, r.key, r.count])).toEqual([
      ['site', 'mine-1', 1],
      ['site', 'unknown', 1],
      ['contract', 'permanent', 1],
      ['contract', 'temporary', 1],
    ]);
  });
  it('includes contractors in the composition when asked', () => {
    // 5 employees + e10 active on 2024-12-31.
    expect(
      diversityComposition(workforce2024, { asOf: '2024-12-31', includeContractors: true }).value,
    ).toBe(6);
  });
  it('gives ZERO_DENOMINATOR for empty records and an empty engagement breakdown', () => {
    expect(contractorShare([], { asOf: '2024-12-31' }).reason).toBe('ZERO_DENOMINATOR');
    const summary = WorkforceSummarySchema.parse({
      companyId: 'miner',
      asOf: '2025-06-30',
      headcount: 0,
      byEngagement: { employee: 0, contractor: 0 },
      sourceIds: [],
    });
    expect(contractorShare(summary).reason).toBe('ZERO_DENOMINATOR');
  });
});

describe('asOf must be a calendar date (regressions)', () => {
  // "2024-12-1" sorts after "2024-12-01" … "2024-12-09" and before "2024-12-10": compared as a
  // string it used to count the wrong people without a word.
  it('throws INVALID_DATE from diversityComposition', () => {
    expect(() => diversityComposition(workforce2024, { asOf: '2024-12-1' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-12-1"',
    );
  });
  it('throws INVALID_DATE from contractorShare of records', () => {
    expect(() => contractorShare(workforce2024, { asOf: '2024-02-30' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: "2024-02-30"',
    );
  });
});
