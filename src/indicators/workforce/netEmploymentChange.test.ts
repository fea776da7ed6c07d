import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeRecord } from '../../../test/fixtures/arbitraries.js';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { makeEmployee } from '../../../test/fixtures/builders.js';
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
import * as workforce from '../../index.js';
import type { ImpactDatasetInput } from '../../model/impactDataset.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import { catalogEntry } from '../indicatorCatalog.js';
import {
  netEmploymentChange,
  netEmploymentChangeFold,
  netEmploymentChangeIndicator,
} from './netEmploymentChange.js';

describe('netEmploymentChange', () => {
  it('gives start, hires, leavers and end, and the net change as the value', () => {
    const change = netEmploymentChange(workforce2024, { period: year2024 });
    // 7 + 3 − 5 = 5; net 5 − 7 = −2.
    expect(change.detail).toEqual({ start: 7, hires: 3, leavers: 5, end: 5 });
    expect(change.value).toBe(-2);
    expect(change.unit).toBe('count');
    expect(change.definitions).toEqual({
      period: { start: '2024-01-01', end: '2024-12-31' },
      population: 'employees',
    });
    expect(IndicatorResultSchema.safeParse(change).success).toBe(true);
  });
  it('counts only the hires within the period, and names each flow', () => {
    // First quarter 2024-01-01..2024-03-31. At start: e1 e2 e5 e6 e7 e8 e12 = 7. Hires: e3
    // (2024-02-01) = 1; e4 (2024-05-15) and e9 (2024-12-31) come after the end. Leavers: e12
    // (2024-01-01) and e7 (2024-03-31) = 2. At end (active on 2024-03-31, e7 gone that day):
    // e1 e2 e3 e5 e6 e8 = 6 (7 + 1 − 2 = 6); net 6 − 7 = −1.
    const change = netEmploymentChange(workforce2024, {
      period: { start: '2024-01-01', end: '2024-03-31' },
    });
    expect(change.detail).toEqual({ start: 7, hires: 1, leavers: 2, end: 6 });
    expect(change.value).toBe(-1);
    expect(change.breakdown).toEqual([
      { keys: { flow: 'start' }, value: 7 },
      { keys: { flow: 'hires' }, value: 1 },
      { keys: { flow: 'leavers' }, value: 2 },
      { keys: { flow: 'end' }, value: 6 },
    ]);
  });
  it('includes contractors only when asked', () => {
    // e10 is there at the start and at the end: 7 + 1 = 8, 5 + 1 = 6; net still −2.
    const change = netEmploymentChange(workforce2024, {
      period: year2024,
      includeContractors: true,
    });
    expect([change.detail.start, change.detail.end, change.value]).toEqual([8, 6, -2]);
    expect(change.definitions.population).toBe('employeesAndContractors');
  });
  it('throws INVALID_ARGUMENT for an open period', () => {
    expect(() => netEmploymentChange(workforce2024, { period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  // Compared as strings, an inverted or malformed period used to select nobody and return a
  // change anyway (regressions).
  it('throws INVALID_PERIOD for a period that ends before it starts', () => {
    expect(() =>
      netEmploymentChange(workforce2024, { period: { start: '2024-12-31', end: '2024-01-01' } }),
    ).toThrow('[mining-impact] The period ends before it starts: 2024-12-31 to 2024-01-01');
  });
  it('throws INVALID_DATE for a period end that is not a calendar date', () => {
    expect(() =>
      netEmploymentChange(workforce2024, { period: { start: '2024-1-1', end: '2024-12-31' } }),
    ).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-1-1"',
    );
  });

  test.prop([fc.array(employeeRecord, { maxLength: 60 })])(
    'end = start + hires − leavers, and the value is end − start, for any records',
    (records) => {
      const change = netEmploymentChange(records, { period: year2024 });
      const { start, hires, leavers, end } = change.detail;
      expect(end).toBe(start + hires - leavers);
      expect(change.value).toBe(end - start);
    },
  );
});

/** The base dataset (e-1, an employee since 2019; e-2, a contractor) and e-3, hired in 2024. */
function datasetWithHire(): ImpactDatasetInput {
  const dataset = baseDataset();
  const hire = {
    id: 'e-3',
    companyId: 'miner',
    homeLocationId: 'XX-CAP',
    gender: 'male',
    hireDate: '2024-03-01',
    category: 'worker',
    contract: 'permanent',
    engagement: 'employee',
  } as const;
  return { ...dataset, employees: [...(dataset.employees ?? []), hire] };
}

describe('netEmploymentChangeIndicator', () => {
  it('is catalogued as workforce.netEmploymentChange, a count for GRI 2-7 e, not GRI 401-1 or EITI 6.3', () => {
    const { entry } = netEmploymentChangeIndicator;
    expect(IndicatorCatalogEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({
      id: 'workforce.netEmploymentChange',
      functionName: 'netEmploymentChange',
      family: 'workforce',
      unit: 'count',
      results: 'one',
      dimensions: ['flow'],
      // GRI 2-7 e: "describe significant fluctuations in the number of employees"; 401-1 asks
      // for rates of hires and turnover, EITI 6.3 for national extractive employment.
      standards: ['GRI 2-7'],
    });
    expect(netEmploymentChangeIndicator.compute).toBe(workforce.netEmploymentChange);
    expect(catalogEntry(entry.id)).toBe(entry);
  });

  it('runs on the records over the report period', () => {
    const outcome = netEmploymentChangeIndicator.fromDataset(
      indicatorContextOf(datasetWithHire(), { asOf: '2024-12-31' }),
    );
    // Employees (e-2 is a contractor): e-1 there all year, e-3 hired in 2024: start 1, hires 1,
    // leavers 0, end 2; net 2 − 1 = 1.
    expect(outcome).toEqual([
      expect.objectContaining({ value: 1, detail: { start: 1, hires: 1, leavers: 0, end: 2 } }),
    ]);
  });

  it('says that the data is absent without employee records', () => {
    const dataset = { ...baseDataset(), employees: [] };
    expect(netEmploymentChangeIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no employee records.',
    });
  });
});

describe('netEmploymentChangeFold', () => {
  it.each([2024, 11])(
    'adds seeded records one at a time as netEmploymentChange reads them (seed %i)',
    (seed) => {
      const records = streamedWorkforce(seed);
      expect(missingCases(records)).toEqual([]);
      for (const includeContractors of [undefined, true]) {
        const options = { period: FOLD_PERIOD, includeContractors };
        expect(foldOneByOne(netEmploymentChangeFold(options), records)).toEqual(
          netEmploymentChange(records, options),
        );
      }
      // The parts, counted again from the definition (GRI 2-7 context), employees only.
      const employees = records.filter((e) => e.engagement === 'employee');
      const start = employees.filter(
        (e) =>
          e.hireDate < FOLD_PERIOD.start &&
          (e.terminationDate ?? '9999-12-31') >= FOLD_PERIOD.start,
      ).length;
      const hires = employees.filter((e) => withinFoldPeriod(e.hireDate)).length;
      const leavers = employees.filter((e) => withinFoldPeriod(e.terminationDate)).length;
      const end = employees.filter((e) => employedOn(e, FOLD_PERIOD.end)).length;
      const result = foldOneByOne(netEmploymentChangeFold({ period: FOLD_PERIOD }), records);
      expect(result.detail).toEqual({ start, hires, leavers, end });
      expect(result.value).toBe(end - start);
      expect(end - start).toBe(hires - leavers);
    },
  );
  it('counts the parts record by record', () => {
    const records = [
      // a: employed throughout: at the start and the end.
      makeEmployee({ id: 'a' }),
      // b: hired in 2024, still there: a hire, at the end.
      makeEmployee({ id: 'b', hireDate: '2024-03-01' }),
      // c: left in 2024: at the start, a leaver.
      makeEmployee({ id: 'c', terminationDate: '2024-06-30', terminationReason: 'voluntary' }),
      // d: hired and gone in 2024: a hire and a leaver.
      makeEmployee({ id: 'd', hireDate: '2024-02-01', terminationDate: '2024-10-31' }),
      // e: left on the last day: at the start, a leaver, not at the end.
      makeEmployee({ id: 'e', terminationDate: '2024-12-31', terminationReason: 'retirement' }),
      // f: a contractor's worker employed throughout.
      makeEmployee({ id: 'f', engagement: 'contractor' }),
    ];
    const result = foldOneByOne(netEmploymentChangeFold({ period: year2024 }), records);
    // start a, c, e = 3; hires b, d = 2; leavers c, d, e = 3; end a, b = 2; 2 − 3 = −1.
    expect(result.detail).toEqual({ start: 3, hires: 2, leavers: 3, end: 2 });
    expect(result.value).toBe(-1);
    expect(result.breakdown?.map((row) => [row.keys.flow, row.value])).toEqual([
      ['start', 3],
      ['hires', 2],
      ['leavers', 3],
      ['end', 2],
    ]);
    // With f: start 4, end 3, still −1.
    const all = netEmploymentChangeFold({ period: year2024, includeContractors: true });
    const withContractors = foldOneByOne(all, records);
    expect(withContractors.detail).toEqual({ start: 4, hires: 2, leavers: 3, end: 3 });
    expect(withContractors.definitions?.population).toBe('employeesAndContractors');
  });
  it('refuses its options when it is made, before any record', () => {
    expect(() => netEmploymentChangeFold({ period: { start: '2024-01-01' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() =>
      netEmploymentChangeFold({ period: { start: '2024-01-01', end: '2024-02-30' } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
