import { describe, expect, it } from 'vitest';
import { engineEmployees } from '../../test/fixtures/engineWorkforce.js';
import { isImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import type { Employee } from '../model/employee.js';
import { type DatasetValidation, validateDataset } from '../validation/validateDataset.js';
import { buildImpactReport } from './buildImpactReport.js';
import { createImpactReportBuilder } from './impactReportBuilder.js';

const options = {
  asOf: '2025-06-30',
  period: { start: '2025-01-01', end: '2025-06-30' },
  localityPolicy: { kind: 'sameEconomicRegion' },
  gazetteer: azGazetteer,
  now: '2026-06-30',
} as const;

/**
 * Seeded records of AzerGold's company at its own sites (the generator's two site ids map to
 * two of the dataset's sites); the one home the gazetteer does not know becomes the capital.
 */
function records(seed: number, count: number): Employee[] {
  return engineEmployees(seed, count).map((e) => {
    const siteId =
      e.siteId === undefined
        ? undefined
        : e.siteId === 'site-chovdar'
          ? 'site-merah'
          : 'site-tulallar';
    const home = e.homeLocationId === 'XX-UNKNOWN' ? 'AZ-BA' : e.homeLocationId;
    const { siteId: _site, ...rest } = e;
    return {
      ...rest,
      homeLocationId: home,
      ...(siteId === undefined ? {} : { siteId }),
    } as Employee;
  });
}

/** The report of the dataset with these records added one at a time. */
function streamed(dataset: unknown, added: readonly unknown[]) {
  const builder = createImpactReportBuilder(dataset, options);
  for (const record of added) builder.add(record);
  return builder.finish();
}

/** The validation error a builder's `finish` throws, with its cause. */
function finishError(added: readonly unknown[], dataset: unknown = azergoldDataset) {
  try {
    streamed(dataset, added);
  } catch (error) {
    if (isImpactError(error, 'INVALID_DATASET')) return error.cause as DatasetValidation;
    throw error;
  }
  throw new Error('the report was built');
}

describe('createImpactReportBuilder', () => {
  it('gives the report of the dataset holding the same records, each read once', () => {
    const employees = records(7, 600);
    const whole = buildImpactReport({ ...azergoldDataset, employees }, options);
    expect(streamed(azergoldDataset, employees)).toEqual(whole);
    // The records change the figures: the workforce indicators count them, not the summary.
    const share = whole.indicators.find((r) => r.indicatorId === 'workforce.newHireRate');
    expect(share?.value).not.toBeNull();
  });

  it('adds records after the dataset’s own, as its next employees', () => {
    const employees = records(11, 200);
    const whole = buildImpactReport({ ...azergoldDataset, employees }, options);
    const first = employees.slice(0, 50);
    expect(streamed({ ...azergoldDataset, employees: first }, employees.slice(50))).toEqual(whole);
  });

  it('counts nothing it is not given: no record gives the report of the dataset alone', () => {
    expect(streamed(azergoldDataset, [])).toEqual(buildImpactReport(azergoldDataset, options));
  });

  it('reports the issues of added records at the paths the dataset would give them', () => {
    const [a, b, c, d] = records(3, 4) as [Employee, Employee, Employee, Employee];
    const added = [
      a,
      { ...b, id: a.id }, // the id of the first: id.duplicate
      { ...c, siteId: 'site-nowhere' }, // ref.missing
      { ...d, hireDate: '2026-09-01' }, // after now: date.in_future
    ];
    const malformed = { ...d, id: 'e-x', gender: 'n/a' }; // not in the model: a schema issue
    const key = (i: { code: string; path: string; message: string }) =>
      `${i.path} ${i.code} ${i.message}`;
    /** The issues of the employees when the dataset holds them (a schema error stops the rules). */
    const embedded = (employees: readonly unknown[]) =>
      validateDataset(
        { ...azergoldDataset, employees },
        { now: options.now, gazetteer: azGazetteer },
      )
        .issues.filter((i) => i.path.startsWith('/employees/'))
        .map(key)
        .sort();
    const ofAdded = (cause: DatasetValidation) =>
      cause.issues
        .filter((i) => i.path.startsWith('/employees/'))
        .map(key)
        .sort();
    const cause = finishError(added);
    expect(ofAdded(cause)).toEqual(embedded(added));
    expect(ofAdded(cause).map((k) => k.split(' ')[1])).toEqual([
      'id.duplicate',
      'ref.missing',
      'date.in_future',
    ]);
    expect(cause.valid).toBe(false);
    expect(cause.summary.errors).toBe(3);
    expect(ofAdded(finishError([malformed]))).toEqual(embedded([malformed]));
    expect(ofAdded(finishError([malformed]))[0]).toMatch(/^\/employees\/0\/gender schema\./);
  });

  it('keeps a warning of an added record after the dataset’s issues, and reports', () => {
    const [a] = records(5, 1) as [Employee];
    // 15 years after now (2026-06-30) is 2041-06-30: a termination planned in 2042 is far ahead.
    const report = streamed(azergoldDataset, [{ ...a, terminationDate: '2042-01-01' }]);
    const last = report.validation.issues.at(-1);
    expect(last).toMatchObject({ code: 'date.far_future', path: '/employees/0/terminationDate' });
    expect(report.validation.warnings).toBe(
      buildImpactReport(azergoldDataset, options).validation.warnings + 1,
    );
  });

  it('reads records without changing or keeping them', () => {
    const employees = records(13, 50).map((e) => Object.freeze(e));
    const before = JSON.stringify(employees);
    streamed(azergoldDataset, employees);
    expect(JSON.stringify(employees)).toBe(before);
  });

  it('needs asOf, and takes nothing after it is finished', () => {
    expect(() =>
      createImpactReportBuilder(azergoldDataset, { gazetteer: azGazetteer } as never),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const builder = createImpactReportBuilder(azergoldDataset, options);
    builder.finish();
    expect(() => builder.add(records(1, 1)[0])).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => builder.finish()).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('refuses an invalid dataset at once, before any record', () => {
    expect(() =>
      createImpactReportBuilder({ ...azergoldDataset, sites: [{ id: 'x' }] }, options),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATASET' }));
  });

  it('keeps the first 1,000 issues of added records and counts every error', () => {
    const [a] = records(9, 1) as [Employee];
    const added = Array.from({ length: 1200 }, (_, i) => ({
      ...a,
      id: `bad-${i}`,
      siteId: 'none',
    }));
    const cause = finishError(added);
    expect(cause.issues.filter((i) => i.path.startsWith('/employees/'))).toHaveLength(1000);
    // 1,200 records, each with one ref.missing error.
    expect(() => streamed(azergoldDataset, added)).toThrow(
      /: 1200 error\(s\), the first 1000 issues of the added records kept/,
    );
  });
});
