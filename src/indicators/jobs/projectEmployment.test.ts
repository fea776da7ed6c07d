import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import * as jobs from '../../index.js';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { type DetailedResult, IndicatorResultSchema } from '../contract/indicatorResult.js';
import type { JobsFigure } from './jobsFigure.js';
import type { JobsFigures } from './jobsFigures.js';
import type { JobsProjection } from './jobsProjection.js';
import { projectEmployment, projectEmploymentIndicator } from './projectEmployment.js';

type Results = ReturnType<typeof projectEmployment>;

const COMPONENTS = ['direct', 'indirect', 'induced', 'total', 'local'] as const;

function projection(fields: Record<string, unknown>): JobProjection {
  return JobProjectionSchema.parse({
    id: 'proj-zod',
    depositId: 'dep-zod',
    scenario: { label: 'Illustrative', kind: 'assumed' },
    sourceIds: ['src-plan'],
    ...fields,
  });
}

const multipliers = {
  typeI: { low: 1.4, central: 1.8, high: 2.2 },
  typeII: { low: 2, central: 2.5, high: 3 },
  sourceId: 'src-io',
};

const range = (low: number, central: number | undefined, high: number): JobsFigure => ({
  kind: 'range',
  range: central === undefined ? { low, high } : { low, central, high },
});

/** The result of one kind of phase, or `undefined` when there is none. */
function phaseOf(
  results: Results,
  phase: 'operations' | 'construction',
): DetailedResult<JobsProjection> | undefined {
  return results.find((r) => r.keys?.phase === phase);
}

/** The detail of one kind of phase; fails the test when there is none. */
function tableOf(results: Results, phase: 'operations' | 'construction'): JobsProjection {
  const result = phaseOf(results, phase);
  expect(result).toBeDefined();
  return (result as DetailedResult<JobsProjection>).detail;
}

/** The rows of one component, in year order. */
function componentRows(
  result: DetailedResult<JobsProjection> | undefined,
  component: string,
): BreakdownRow[] {
  return (result?.breakdown ?? []).filter((r) => r.keys.component === component);
}

/** Checks that `reason` is present exactly when `value` is null, on the result and its rows. */
function checkReasons(result: DetailedResult<JobsProjection>): void {
  for (const item of [result, ...(result.breakdown ?? [])]) {
    expect(item.reason === undefined).toBe(item.value !== null);
  }
}

describe('projectEmployment with an approximate direct count', () => {
  it('takes "about 500" as 500, as an exact count would be, and quotes the phrase', () => {
    const about = projectEmployment(
      projection({
        phases: [
          {
            phase: 'operations',
            startYear: 2030,
            endYear: 2031,
            directJobs: { approximately: 500, phrase: 'about 500 jobs' },
          },
        ],
        localHireShare: 0.8,
        multipliers,
      }),
    );
    // The same figures as 500 exactly (see the next block): total = Type II × 500 = 1000, 1250, 1500.
    expect(tableOf(about, 'operations').years[0]?.figures.total).toEqual(range(1000, 1250, 1500));
    const notes = phaseOf(about, 'operations')?.notes ?? [];
    expect(notes).toContain(
      'approximate: direct jobs of the operations phase from 2030 published as "about 500 jobs" (the figure is taken as the value).',
    );
    expect(notes.some((n) => n.startsWith('Some direct jobs are known only as bounds'))).toBe(
      false,
    );
  });
});

describe('projectEmployment with an exact direct count', () => {
  // Computed inside each test (not at load), so that each test exercises the computation.
  const exact = (): Results =>
    projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 }],
        localHireShare: 0.8,
        multipliers,
      }),
    );
  // direct 500 in each scenario.
  // indirect = (Type I − 1) × 500: (1.4 − 1) × 500 = 200, (1.8 − 1) × 500 = 400, (2.2 − 1) × 500 = 600.
  // induced = (Type II − Type I) × 500: (2 − 1.4) × 500 = 300, (2.5 − 1.8) × 500 = 350,
  //   (3 − 2.2) × 500 = 400.
  // total = Type II × 500 = 1000, 1250, 1500 (= 500 + 200 + 300, 500 + 400 + 350, 500 + 600 + 400).
  // local = total × 0.8 = 800, 1000, 1200.
  const expected: JobsFigures = {
    direct: range(500, 500, 500),
    indirect: range(200, 400, 600),
    induced: range(300, 350, 400),
    total: range(1000, 1250, 1500),
    local: range(800, 1000, 1200),
  };

  it('gives direct, indirect, induced, total and local jobs as ranges, by year', () => {
    const results = exact();
    expect(tableOf(results, 'operations').years).toEqual([
      { year: 2030, figures: expected },
      { year: 2031, figures: expected },
    ]);
    // Each year has a row per component, keyed by year and component.
    expect(phaseOf(results, 'operations')?.breakdown?.map((r) => r.keys)).toEqual(
      [2030, 2031].flatMap((year) =>
        COMPONENTS.map((component) => ({ year: String(year), component })),
      ),
    );
  });

  it('gives the peak operations year and no construction job-years', () => {
    const results = exact();
    const operations = tableOf(results, 'operations');
    expect(operations.headline).toEqual(expected);
    expect(operations.aggregate).toBe('peakYear');
    // No construction phase: no construction result.
    expect(results).toHaveLength(1);
    expect(phaseOf(results, 'construction')).toBeUndefined();
    expect(operations.throughYear).toBe(2031);
    expect(operations.totalIncludes).toEqual(['direct', 'indirect', 'induced']);
    // The headline value is the central total of the peak year: 1,250.
    expect(phaseOf(results, 'operations')).toMatchObject({
      value: 1250,
      range: { low: 1000, central: 1250, high: 1500 },
    });
    // No construction phase: no note on construction job-years.
    const notes = phaseOf(results, 'operations')?.notes ?? [];
    expect(notes.some((n) => n.startsWith('Construction jobs are temporary'))).toBe(false);
  });

  it('states that the multipliers are assumptions and cites their source', () => {
    const [operations] = exact();
    expect(operations?.detail.multipliers).toEqual(multipliers);
    expect(operations?.sourceIds).toEqual(['src-io', 'src-plan']);
    expect(operations?.notes).toContain(
      'Indirect and induced jobs are not observed: they are estimated with input-output multipliers (Type I 1.4–2.2 (central 1.8), Type II 2–3 (central 2.5)), which are assumptions taken from source src-io.',
    );
    expect(operations?.notes.some((n) => n.includes('overstate net job creation'))).toBe(true);
    // The first note says the figures are projected (GRI 203-2), never jobs created.
    expect(operations?.notes[0]).toBe(
      'Projected jobs: estimates of the employment a development is expected to support (GRI 203-2, significant indirect economic impacts), not jobs created or counted.',
    );
    expect(operations?.notes[1]).toBe(
      'Scenario "Illustrative" (assumed): the direct jobs are assumptions of the analyst.',
    );
  });

  it('describes each multiplier with its central value and keeps the Type II', () => {
    // One operations year of 500 jobs with the multipliers above.
    const [computed] = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 500 }],
        multipliers,
      }),
    );
    expect(computed?.detail.multipliers).toEqual({
      typeI: { low: 1.4, central: 1.8, high: 2.2 },
      typeII: { low: 2, central: 2.5, high: 3 },
      sourceId: 'src-io',
    });
    expect(computed?.notes).toContain(
      'Indirect and induced jobs are not observed: they are estimated with input-output multipliers (Type I 1.4–2.2 (central 1.8), Type II 2–3 (central 2.5)), which are assumptions taken from source src-io.',
    );
  });

  it('keeps the projection identity and the share used', () => {
    expect(tableOf(exact(), 'operations')).toMatchObject({
      projectionId: 'proj-zod',
      depositId: 'dep-zod',
      scenario: { label: 'Illustrative', kind: 'assumed' },
      phase: 'operations',
      localHireShare: 0.8,
    });
  });
});

describe('projectEmployment with construction and an open-ended operations phase', () => {
  // Computed inside each test (not at load), so that each test exercises the computation.
  const planned = (): Results =>
    projectEmployment(
      projection({
        scenario: { label: 'Company plan', kind: 'reported' },
        phases: [
          { phase: 'construction', startYear: 2027, endYear: 2029, directJobs: 800 },
          { phase: 'operations', startYear: 2030, directJobs: 500 },
        ],
        multipliers,
        note: 'Staffing from the feasibility study.',
      }),
      { throughYear: 2032 },
    );

  it('keeps construction job-years apart from permanent operations jobs', () => {
    const results = planned();
    // Operations first, then construction: one result each, keyed by the kind of phase.
    expect(results.map((r) => r.keys)).toEqual([
      { projection: 'proj-zod', phase: 'operations' },
      { projection: 'proj-zod', phase: 'construction' },
    ]);
    expect(tableOf(results, 'construction').years.map((y) => y.year)).toEqual([2027, 2028, 2029]);
    expect(tableOf(results, 'operations').years.map((y) => y.year)).toEqual([2030, 2031, 2032]);
    // One construction year: 800 direct; total = Type II × 800 = 1600, 2000, 2400.
    expect(tableOf(results, 'construction').years[0]?.figures.total).toEqual(
      range(1600, 2000, 2400),
    );
  });

  it('sums the construction job-years over the construction years', () => {
    const results = planned();
    // 3 years × 800 = 2,400 direct job-years.
    // indirect = 0.4, 0.8, 1.2 × 2,400 = 960, 1,920, 2,880;
    // induced = 0.6, 0.7, 0.8 × 2,400 = 1,440, 1,680, 1,920;
    // total = 2, 2.5, 3 × 2,400 = 4,800, 6,000, 7,200.
    expect(tableOf(results, 'construction').headline).toEqual({
      direct: range(2400, 2400, 2400),
      indirect: range(960, 1920, 2880),
      induced: range(1440, 1680, 1920),
      total: range(4800, 6000, 7200),
      local: { kind: 'notEstimated', missing: 'localHireShare' },
    });
    expect(tableOf(results, 'construction').aggregate).toBe('sumOfYears');
    expect(phaseOf(results, 'construction')?.value).toBe(6000);
  });

  it('says what it assumed', () => {
    for (const result of planned()) {
      expect(result.notes).toEqual(
        expect.arrayContaining([
          'Scenario "Company plan" (reported): the direct jobs are as reported by the company or authority.',
          'No local-hire share was given: local jobs are not estimated.',
          'The operations phase from 2030 has no end year; the table stops at 2032.',
          'Projection note: Staffing from the feasibility study.',
        ]),
      );
      expect(result.notes.some((n) => n.startsWith('Construction jobs are temporary'))).toBe(true);
    }
  });

  it('stops an open-ended phase at its first year by default', () => {
    const byDefault = projectEmployment(
      projection({ phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }] }),
    );
    expect(tableOf(byDefault, 'operations').throughYear).toBe(2030);
    expect(tableOf(byDefault, 'operations').years.map((y) => y.year)).toEqual([2030]);
  });

  it('cuts phases at throughYear and says so', () => {
    const cut = projectEmployment(
      projection({
        phases: [
          { phase: 'construction', startYear: 2027, endYear: 2029, directJobs: 800 },
          { phase: 'operations', startYear: 2030, endYear: 2045, directJobs: 500 },
        ],
      }),
      { throughYear: 2028 },
    );
    expect(tableOf(cut, 'construction').years.map((y) => y.year)).toEqual([2027, 2028]);
    // The operations phase has no year in the table: no operations result.
    expect(phaseOf(cut, 'operations')).toBeUndefined();
    // Two years of 800 direct construction jobs: 1,600 job-years.
    expect(tableOf(cut, 'construction').headline.direct).toEqual(range(1600, 1600, 1600));
    expect(phaseOf(cut, 'construction')?.notes).toEqual(
      expect.arrayContaining([
        'The construction phase from 2027 is cut at 2028.',
        'The operations phase from 2030 starts after 2028 and is not in the table.',
      ]),
    );
  });

  it('lists no year, and gives no result, when throughYear is before every phase', () => {
    const none = projectEmployment(
      projection({ phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }] }),
      { throughYear: 2029 },
    );
    expect(none).toEqual([]);
  });

  it('skips the years between phases rather than invent zero jobs', () => {
    const gap = projectEmployment(
      projection({
        phases: [
          { phase: 'construction', startYear: 2026, endYear: 2026, directJobs: 100 },
          { phase: 'operations', startYear: 2029, endYear: 2029, directJobs: 50 },
        ],
      }),
    );
    // 2026: 100 construction jobs, no operations; 2029: 50 operations jobs, no construction.
    // 2027 and 2028 appear nowhere.
    expect(tableOf(gap, 'construction').years.map((y) => [y.year, y.figures.direct])).toEqual([
      [2026, range(100, 100, 100)],
    ]);
    expect(tableOf(gap, 'operations').years.map((y) => [y.year, y.figures.direct])).toEqual([
      [2029, range(50, 50, 50)],
    ]);
  });
});

describe('projectEmployment with a bounded direct count', () => {
  it('turns "thousands" into totals with a minimum and no invented maximum', () => {
    const results = projectEmployment(
      projection({
        phases: [
          { phase: 'operations', startYear: 2030, directJobs: { min: 2000, phrase: 'thousands' } },
        ],
        localHireShare: { min: 0.8, phrase: 'mostly local' },
        multipliers: {
          typeI: { low: 1.5, high: 2 },
          typeII: { low: 2, high: 3 },
          sourceId: 'src-io',
        },
      }),
    );
    // direct >= 2,000; indirect >= (1.5 − 1) × 2,000 = 1,000; induced >= (2 − 1.5) × 2,000 = 1,000;
    // total >= 2 × 2,000 = 4,000; local >= 4,000 × 0.8 = 3,200. No maximum anywhere: the direct
    // count has none.
    const expected: JobsFigures = {
      direct: { kind: 'bounds', bounds: { min: 2000, phrase: 'thousands' } },
      indirect: { kind: 'bounds', bounds: { min: 1000 } },
      induced: { kind: 'bounds', bounds: { min: 1000 } },
      total: { kind: 'bounds', bounds: { min: 4000 } },
      local: { kind: 'bounds', bounds: { min: 3200 } },
    };
    const operations = tableOf(results, 'operations');
    expect(operations.years).toEqual([{ year: 2030, figures: expected }]);
    expect(operations.headline).toEqual(expected);
    expect(operations.localHireShare).toEqual({ min: 0.8, phrase: 'mostly local' });
    expect(phaseOf(results, 'operations')?.notes).toEqual(
      expect.arrayContaining([
        'Some direct jobs are known only as bounds: the figures derived from them are bounds, with a maximum only where the direct count has one (none is invented).',
        'A multiplier has no central estimate: the figures that use it have low and high values only; no central figure is invented.',
      ]),
    );
    // The headline total is bounds: no value, reason BOUNDED.
    expect(phaseOf(results, 'operations')).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 4000 },
    });
    expect(phaseOf(results, 'operations')?.bounds?.max).toBeUndefined();
  });

  it('gives a maximum when the count has one, from the high multipliers', () => {
    const results = projectEmployment(
      projection({
        phases: [
          {
            phase: 'operations',
            startYear: 2030,
            endYear: 2030,
            directJobs: { min: 200, max: 999, phrase: 'hundreds' },
          },
        ],
        localHireShare: 0.5,
        multipliers: { typeI: { low: 1.2, high: 1.5 }, sourceId: 'src-io' },
      }),
    );
    // indirect: (1.2 − 1) × 200 = 40 to (1.5 − 1) × 999 = 499.5; no Type II, so no induced jobs
    // and total = Type I × direct: 1.2 × 200 = 240 to 1.5 × 999 = 1,498.5;
    // local = total × 0.5: 120 to 749.25.
    const operations = tableOf(results, 'operations');
    expect(operations.headline).toEqual({
      direct: { kind: 'bounds', bounds: { min: 200, max: 999, phrase: 'hundreds' } },
      indirect: { kind: 'bounds', bounds: { min: 40, max: 499.5 } },
      induced: { kind: 'notEstimated', missing: 'typeII' },
      total: { kind: 'bounds', bounds: { min: 240, max: 1498.5 } },
      local: { kind: 'bounds', bounds: { min: 120, max: 749.25 } },
    });
    expect(operations.totalIncludes).toEqual(['direct', 'indirect']);
    expect(operations.multipliers).toEqual({ typeI: { low: 1.2, high: 1.5 }, sourceId: 'src-io' });
  });

  it('reads a count with only an upper bound as at least zero', () => {
    const results = projectEmployment(
      projection({
        phases: [
          { phase: 'construction', startYear: 2027, endYear: 2027, directJobs: { max: 100 } },
        ],
        multipliers: { typeI: { low: 1.5, high: 1.5 }, sourceId: 'src-io' },
      }),
    );
    // direct 0 to 100, with no phrase key (the count has none); indirect (1.5 − 1) × 0 = 0 to
    // 0.5 × 100 = 50.
    const construction = tableOf(results, 'construction');
    expect(construction.headline.direct).toStrictEqual({
      kind: 'bounds',
      bounds: { min: 0, max: 100 },
    });
    expect(construction.headline.indirect).toEqual({
      kind: 'bounds',
      bounds: { min: 0, max: 50 },
    });
  });

  it('reads a local-hire share with only an upper bound as at least zero', () => {
    const results = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 1000 }],
        localHireShare: { max: 0.5, phrase: 'up to half' },
      }),
    );
    // No multipliers: total = 1,000; local = 1,000 × 0 to 1,000 × 0.5 = 0 to 500.
    const operations = tableOf(results, 'operations');
    expect(operations.headline.local).toEqual({ kind: 'bounds', bounds: { min: 0, max: 500 } });
    expect(operations.localHireShare).toEqual({ max: 0.5, phrase: 'up to half' });
  });

  it('adds overlapping phases of one kind and takes the peak in each scenario', () => {
    const results = projectEmployment(
      projection({
        phases: [
          { phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 },
          { phase: 'operations', startYear: 2031, endYear: 2032, directJobs: { min: 100 } },
        ],
      }),
    );
    // 2030: 500; 2031: 500 + at least 100 = at least 600 (no maximum, no phrase); 2032: at least 100.
    const operations = tableOf(results, 'operations');
    expect(operations.years.map((y) => y.figures.direct)).toEqual([
      range(500, 500, 500),
      { kind: 'bounds', bounds: { min: 600 } },
      { kind: 'bounds', bounds: { min: 100 } },
    ]);
    // Peak: the largest minimum (600) and no maximum.
    expect(operations.headline.direct).toEqual({ kind: 'bounds', bounds: { min: 600 } });
  });

  it('takes the peak of exact and bounded years', () => {
    const results = projectEmployment(
      projection({
        phases: [
          {
            phase: 'operations',
            startYear: 2030,
            endYear: 2030,
            directJobs: { min: 200, max: 300 },
          },
          { phase: 'operations', startYear: 2031, endYear: 2031, directJobs: 250 },
        ],
      }),
    );
    // max(200, 250) = 250 to max(300, 250) = 300.
    expect(tableOf(results, 'operations').headline.direct).toEqual({
      kind: 'bounds',
      bounds: { min: 250, max: 300 },
    });
  });
});

describe('projectEmployment without multipliers', () => {
  it('gives direct jobs only and says that nothing else is estimated', () => {
    const results = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 300 }],
        localHireShare: 0.9,
      }),
    );
    // total = direct = 300; local = 300 × 0.9 = 270.
    const operations = tableOf(results, 'operations');
    expect(operations.headline).toEqual({
      direct: range(300, 300, 300),
      indirect: { kind: 'notEstimated', missing: 'multipliers' },
      induced: { kind: 'notEstimated', missing: 'multipliers' },
      total: range(300, 300, 300),
      local: range(270, 270, 270),
    });
    expect(operations.totalIncludes).toEqual(['direct']);
    expect(operations.multipliers).toBeNull();
    expect(phaseOf(results, 'operations')?.sourceIds).toEqual(['src-plan']);
    expect(phaseOf(results, 'operations')?.notes).toContain(
      'No multipliers were given: indirect and induced jobs are not estimated, and the totals are direct jobs only.',
    );
  });

  it('keeps central figures only where every multiplier used has one', () => {
    const results = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 100 }],
        multipliers: {
          typeI: { low: 1.2, high: 1.6 },
          typeII: { low: 1.5, central: 1.9, high: 2.4 },
          sourceId: 'src-io',
        },
      }),
    );
    // indirect 20 to 60, no central (Type I has none); induced (1.5 − 1.2) × 100 = 30 to
    // (2.4 − 1.6) × 100 = 80, no central; total = Type II × 100 = 150, 190, 240.
    const { headline } = tableOf(results, 'operations');
    expect(headline.indirect).toEqual(range(20, undefined, 60));
    expect(headline.induced).toEqual(range(30, undefined, 80));
    expect(headline.total).toEqual(range(150, 190, 240));
    // A range without a central estimate is RANGE_ONLY in the rows; the total has a value.
    const operations = phaseOf(results, 'operations');
    expect(componentRows(operations, 'indirect')).toEqual([
      {
        keys: { year: '2030', component: 'indirect' },
        label: '2030 indirect',
        value: null,
        reason: 'RANGE_ONLY',
        range: { low: 20, high: 60 },
      },
    ]);
    expect(operations?.value).toBe(190);
  });
});

describe('projectEmployment errors', () => {
  const phases = [{ phase: 'operations', startYear: 2030, directJobs: 500 }];
  const withMultipliers = (typeI: object, typeII?: object): JobProjection =>
    ({
      ...projection({ phases }),
      multipliers: { typeI, ...(typeII === undefined ? {} : { typeII }), sourceId: 'src-io' },
    }) as JobProjection;

  it.each([
    ['a Type I below 1', { low: 0.9, high: 1.5 }, undefined],
    ['a low Type II below the low Type I', { low: 1.5, high: 2 }, { low: 1.4, high: 3 }],
    ['a high Type II below the high Type I', { low: 1.2, high: 2.5 }, { low: 1.5, high: 2.4 }],
    [
      'a central Type II below the central Type I',
      { low: 1.2, central: 2, high: 2.5 },
      { low: 1.5, central: 1.9, high: 3 },
    ],
    // Type II − Type I: 1.8 − 1.2 = 0.6 low, 2.1 − 2 = 0.1 high.
    ['induced jobs that fall from low to high', { low: 1.2, high: 2 }, { low: 1.8, high: 2.1 }],
    // Spread 0.3 low, 0.9 central, 0.6 high.
    [
      'a central induced figure above the high one',
      { low: 1.2, central: 1.5, high: 2 },
      { low: 1.5, central: 2.4, high: 2.6 },
    ],
    // Spread 0.4 low, 0.1 central, 0.6 high.
    [
      'a central induced figure below the low one',
      { low: 1.2, central: 1.5, high: 2 },
      { low: 1.6, central: 1.6, high: 2.6 },
    ],
  ])('rejects %s with INVALID_MULTIPLIER', (_, typeI, typeII) => {
    expect(() => projectEmployment(withMultipliers(typeI, typeII))).toThrow(
      expect.objectContaining({ code: 'INVALID_MULTIPLIER' }),
    );
  });

  it('accepts a Type I of exactly 1 and a Type II equal to it', () => {
    const results = projectEmployment(withMultipliers({ low: 1, high: 1 }, { low: 1, high: 1 }));
    const { headline } = tableOf(results, 'operations');
    expect(headline.total).toEqual(range(500, undefined, 500));
    expect(headline.indirect).toEqual(range(0, undefined, 0));
    // No central multiplier: the headline total 500..500 is RANGE_ONLY, not invented.
    expect(phaseOf(results, 'operations')).toMatchObject({
      value: null,
      reason: 'RANGE_ONLY',
      range: { low: 500, high: 500 },
    });
  });

  it('rejects a projection that does not match its schema, naming the field', () => {
    expect(() => projectEmployment(withMultipliers({ low: 2, high: 1 }))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('projection.multipliers.typeI.high'),
      }),
    );
    expect(() => projectEmployment({ ...projection({ phases }), phases: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => projectEmployment(null as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('projection: '),
      }),
    );
  });

  it('rejects a local-hire share given as bounds outside [0, 1]', () => {
    expect(() =>
      projectEmployment({ ...projection({ phases }), localHireShare: { min: 80 } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      projectEmployment({ ...projection({ phases }), localHireShare: { min: -0.1, max: 0.5 } }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it.each([2030.5, 1899, 2201, Number.NaN])('rejects throughYear %d', (throughYear) => {
    expect(() => projectEmployment(projection({ phases }), { throughYear })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('throws INVALID_NUMBER rather than return Infinity', () => {
    const huge = projection({
      phases: [{ phase: 'operations', startYear: 2030, directJobs: 9_000_000_000_000 }],
      multipliers: { typeI: { low: 1, high: 1e300 }, sourceId: 'src-io' },
    });
    expect(() => projectEmployment(huge)).toThrow(
      expect.objectContaining({ code: 'INVALID_NUMBER' }),
    );
  });

  it('does not change its input', () => {
    const input = projection({
      phases: [{ phase: 'operations', startYear: 2030, directJobs: { min: 2000 } }],
      localHireShare: { min: 0.5 },
      multipliers,
    });
    const copy = JSON.parse(JSON.stringify(input));
    const results = projectEmployment(input);
    expect(input).toEqual(copy);
    expect(tableOf(results, 'operations').multipliers).not.toBe(input.multipliers);
  });
});

describe('projectEmployment as indicator results', () => {
  const both = (): Results =>
    projectEmployment(
      projection({
        phases: [
          { phase: 'construction', startYear: 2027, endYear: 2028, directJobs: 800 },
          { phase: 'operations', startYear: 2029, endYear: 2030, directJobs: 500 },
        ],
        localHireShare: 0.8,
        multipliers,
      }),
    );

  it('gives one valid result per kind of phase: operations, then construction', () => {
    const results = both();
    expect(results.map((r) => [r.indicatorId, r.keys, r.unit])).toEqual([
      ['jobs.projectEmployment', { projection: 'proj-zod', phase: 'operations' }, 'count'],
      ['jobs.projectEmployment', { projection: 'proj-zod', phase: 'construction' }, 'count'],
    ]);
    for (const result of results) {
      expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
      checkReasons(result);
    }
  });

  it('gives the peak operations year as the headline, the central figure as the value', () => {
    // total = Type II × 500 = 1,000, 1,250, 1,500.
    const operations = phaseOf(both(), 'operations');
    expect(operations).toMatchObject({
      indicatorId: 'jobs.projectEmployment',
      title: 'Projected jobs of a new mine, by kind of phase',
      value: 1250,
      range: { low: 1000, central: 1250, high: 1500 },
      standards: ['GRI 203-2'],
      sourceIds: ['src-io', 'src-plan'],
    });
    expect(operations?.reason).toBeUndefined();
    expect(componentRows(operations, 'total')).toEqual([
      {
        keys: { year: '2029', component: 'total' },
        label: '2029 total',
        value: 1250,
        range: { low: 1000, central: 1250, high: 1500 },
      },
      {
        keys: { year: '2030', component: 'total' },
        label: '2030 total',
        value: 1250,
        range: { low: 1000, central: 1250, high: 1500 },
      },
    ]);
  });

  it('gives the construction job-years summed as the headline', () => {
    // 2 years × 800 = 1,600 direct job-years; total = Type II × 1,600 = 3,200, 4,000, 4,800;
    // local = total × 0.8 = 2,560, 3,200, 3,840.
    const construction = phaseOf(both(), 'construction');
    expect(construction).toMatchObject({
      keys: { projection: 'proj-zod', phase: 'construction' },
      unit: 'count',
      value: 4000,
      range: { low: 3200, central: 4000, high: 4800 },
    });
    expect(construction?.detail.headline.local).toEqual(range(2560, 3200, 3840));
    // One year: 800 × 2 × 0.8 = 1,280; 800 × 2.5 × 0.8 = 1,600; 800 × 3 × 0.8 = 1,920.
    expect(componentRows(construction, 'local')[0]).toEqual({
      keys: { year: '2027', component: 'local' },
      label: '2027 local',
      value: 1600,
      range: { low: 1280, central: 1600, high: 1920 },
    });
  });

  it('records the definitions and carries the notes', () => {
    const [operations, construction] = both();
    expect(operations?.definitions).toEqual({
      projectionId: 'proj-zod',
      depositId: 'dep-zod',
      scenario: 'Illustrative',
      scenarioKind: 'assumed',
      aggregate: 'peakYear',
      throughYear: 2030,
      totalIncludes: ['direct', 'indirect', 'induced'],
      multipliers: {
        typeI: { low: 1.4, central: 1.8, high: 2.2 },
        typeII: { low: 2, central: 2.5, high: 3 },
        sourceId: 'src-io',
      },
      localHireShare: 0.8,
    });
    expect(construction?.definitions.aggregate).toBe('sumOfYears');
    // Both results carry the projection's notes; each ends with how its headline is taken.
    expect(operations?.notes.slice(0, -1)).toEqual(construction?.notes.slice(0, -1));
    expect(operations?.notes).toContain(
      'Construction jobs are temporary: they are counted in job-years (one job for one year) and never added to permanent operations jobs. The same multipliers are applied to construction and operations.',
    );
    expect(operations?.notes.at(-1)).toBe(
      'The headline figure is the peak year of each scenario (low, central, high); the breakdown gives each year.',
    );
    expect(construction?.notes.at(-1)).toBe(
      'The headline figure is the construction job-years summed over the years listed; the breakdown gives each year.',
    );
  });

  it('presents bounds, missing central figures and missing estimates with their reasons', () => {
    const [bounded, ...others] = projectEmployment(
      projection({
        id: 'proj-new',
        depositId: 'dep-new',
        scenario: { label: 'Claim', kind: 'reported' },
        phases: [
          { phase: 'operations', startYear: 2030, directJobs: { min: 2000, phrase: 'thousands' } },
        ],
        localHireShare: { min: 0.8 },
        multipliers: { typeI: { low: 1.5, high: 2 }, sourceId: 'src-io' },
        sourceIds: [],
      }),
    );
    expect(others).toEqual([]);
    // total = Type I × direct >= 1.5 × 2,000 = 3,000, no maximum.
    expect(bounded).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 3000 } });
    expect(bounded?.bounds?.max).toBeUndefined();
    // direct >= 2,000 ("thousands"), with its phrase.
    expect(componentRows(bounded, 'direct')).toEqual([
      {
        keys: { year: '2030', component: 'direct' },
        label: '2030 direct',
        value: null,
        reason: 'BOUNDED',
        bounds: { min: 2000, phrase: 'thousands' },
      },
    ]);
    // induced: no Type II multiplier.
    expect(componentRows(bounded, 'induced')).toEqual([
      {
        keys: { year: '2030', component: 'induced' },
        label: '2030 induced',
        value: null,
        reason: 'MISSING_DATA',
      },
    ]);
    expect(bounded?.definitions.localHireShare).toEqual({ min: 0.8 });
    expect(bounded?.definitions.multipliers).toEqual({
      typeI: { low: 1.5, high: 2 },
      sourceId: 'src-io',
    });

    const [noCentral] = projectEmployment(
      projection({
        id: 'proj-new',
        depositId: 'dep-new',
        scenario: { label: 'Plan', kind: 'assumed' },
        phases: [{ phase: 'construction', startYear: 2027, endYear: 2027, directJobs: 100 }],
        multipliers: { typeI: { low: 1.5, high: 2 }, sourceId: 'src-io' },
        sourceIds: [],
      }),
    );
    expect(noCentral?.keys).toEqual({ projection: 'proj-new', phase: 'construction' });
    // total = Type I × 100 = 150 to 200, no central: RANGE_ONLY, the range kept.
    expect(noCentral).toMatchObject({
      value: null,
      reason: 'RANGE_ONLY',
      range: { low: 150, high: 200 },
    });
    // indirect: (1.5 − 1) × 100 = 50 to (2 − 1) × 100 = 100, no central; the row of 2027 says so.
    expect(componentRows(noCentral, 'indirect')).toEqual([
      {
        keys: { year: '2027', component: 'indirect' },
        label: '2027 indirect',
        value: null,
        reason: 'RANGE_ONLY',
        range: { low: 50, high: 100 },
      },
    ]);
    expect(noCentral?.definitions).toMatchObject({
      multipliers: { sourceId: 'src-io' },
      localHireShare: null,
    });
  });

  it('leaves keys that hold undefined out of the definitions', () => {
    const [operations] = projectEmployment({
      ...projection({ phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }] }),
      localHireShare: { min: 0.5, max: undefined },
    });
    expect(operations?.definitions.localHireShare).toStrictEqual({ min: 0.5 });
    expect(operations?.detail.localHireShare).toStrictEqual({ min: 0.5 });
  });

  it('records null multipliers when none were given', () => {
    const [plain] = projectEmployment(
      projection({
        id: 'p',
        depositId: 'd',
        scenario: { label: 'Plain', kind: 'assumed' },
        phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }],
        sourceIds: [],
      }),
    );
    expect(plain?.definitions.multipliers).toBeNull();
    expect(plain).toMatchObject({ value: 10, range: { low: 10, central: 10, high: 10 } });
  });
});

describe('projectEmploymentIndicator', () => {
  it('has a valid, frozen catalog entry: one result per kind of phase', () => {
    const { entry } = projectEmploymentIndicator;
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'jobs.projectEmployment',
      family: 'jobs',
      functionName: 'projectEmployment',
      unit: 'count',
      results: 'many',
      resultKeys: ['projection', 'phase'],
      dimensions: ['year', 'component'],
      // Projections illustrate GRI 203-2; IRIS+ PI3687 counts jobs created and is not claimed.
      standards: ['GRI 203-2'],
    });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(projectEmploymentIndicator.compute).toBe(projectEmployment);
    expect(typeof (jobs as Record<string, unknown>)[entry.functionName]).toBe('function');
  });

  it('projects every projection of the dataset', () => {
    // The base dataset's proj-hill-2: construction 2026-2027 with 300 direct jobs; operations
    // 2028-2045 with "hundreds" (200 to 999) direct jobs; Type I 1.2 / 1.4 / 1.6, no Type II;
    // local-hire share over 80 %.
    const outcome = projectEmploymentIndicator.fromDataset(indicatorContextOf(baseDataset()));
    const results = outcome as Results;
    expect(results.map((r) => [r.keys, r.definitions.projectionId])).toEqual([
      [{ projection: 'proj-hill-2', phase: 'operations' }, 'proj-hill-2'],
      [{ projection: 'proj-hill-2', phase: 'construction' }, 'proj-hill-2'],
    ]);
    // Operations: peak total at least 1.2 × 200 = 240, at most 1.6 × 999 = 1,598.4.
    expect(phaseOf(results, 'operations')).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 240, max: 1598.4 },
    });
    // Construction: 2 years × 300 = 600 job-years; total 1.2, 1.4, 1.6 × 600 = 720, 840, 960.
    expect(phaseOf(results, 'construction')).toMatchObject({
      value: 840,
      range: { low: 720, central: 840, high: 960 },
    });
  });

  it('says the data is absent when the dataset has no projections', () => {
    const dataset = { ...baseDataset(), projections: [] };
    expect(projectEmploymentIndicator.fromDataset(indicatorContextOf(dataset))).toEqual({
      status: 'dataAbsent',
      detail: 'The dataset has no job projections.',
    });
  });
});

// Multipliers written as users write them, with two decimals: built in hundredths, divided once.
const hundredths = fc.integer({ min: 0, max: 300 });
const arbitraryProjection = fc
  .record({
    phases: fc.array(
      fc.record({
        phase: fc.constantFrom('construction' as const, 'operations' as const),
        startYear: fc.integer({ min: 2025, max: 2035 }),
        length: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        directJobs: fc.oneof(
          fc.integer({ min: 0, max: 100_000 }),
          fc.record({ min: fc.integer({ min: 0, max: 5000 }) }),
          fc
            .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }))
            .map(([min, extra]) => ({ min, max: min + extra })),
        ),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    typeI: fc.tuple(hundredths, hundredths, hundredths, fc.boolean()),
    spread: fc.option(fc.tuple(hundredths, hundredths, hundredths, fc.boolean()), {
      nil: undefined,
    }),
    share: fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
        fc
          .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
          .map(([a, b]) => ({ min: Math.min(a, b) / 100, max: Math.max(a, b) / 100 })),
      ),
      { nil: undefined },
    ),
    withMultipliers: fc.boolean(),
  })
  .map(({ phases, typeI, spread, share, withMultipliers }) => {
    // Type I = 1 + a <= 1 + a + b <= 1 + a + b + c (in hundredths); Type II adds spreads
    // s0 <= s0 + s1 <= s0 + s1 + s2, so induced jobs grow from low to high.
    const [a, b, c, withCentral] = typeI;
    const range = (low: number, central: number, high: number, keepCentral: boolean) => ({
      low: low / 100,
      high: high / 100,
      ...(keepCentral ? { central: central / 100 } : {}),
    });
    const iLow = 100 + a;
    const iCentral = iLow + b;
    const iHigh = iCentral + c;
    const typeII =
      spread === undefined
        ? undefined
        : range(
            iLow + spread[0],
            iCentral + spread[0] + spread[1],
            iHigh + spread[0] + spread[1] + spread[2],
            withCentral && spread[3],
          );
    return projection({
      phases: phases.map(({ length, ...p }) =>
        length === undefined ? p : { ...p, endYear: p.startYear + length },
      ),
      ...(share === undefined ? {} : { localHireShare: share }),
      ...(withMultipliers
        ? {
            multipliers: {
              typeI: range(iLow, iCentral, iHigh, withCentral),
              ...(typeII === undefined ? {} : { typeII }),
              sourceId: 'src-io',
            },
          }
        : {}),
    });
  });

/** The interval a figure allows, or `null` when it is not estimated. */
function intervalOf(figure: JobsFigure): { min: number; max: number | null } | null {
  if (figure.kind === 'range') return { min: figure.range.low, max: figure.range.high };
  if (figure.kind === 'bounds')
    return { min: figure.bounds.min ?? 0, max: figure.bounds.max ?? null };
  return null;
}

/** Checks that figures are finite, >= 0, ordered, total >= direct and local <= total. */
function checkFigures(figures: JobsFigures): void {
  for (const figure of COMPONENTS.map((c) => figures[c])) {
    if (figure.kind === 'range') {
      const { low, central, high } = figure.range;
      for (const v of [low, central ?? low, high]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
      expect(low).toBeLessThanOrEqual(central ?? low);
      expect(central ?? high).toBeLessThanOrEqual(high);
    } else if (figure.kind === 'bounds') {
      expect(figure.bounds.min).toBeGreaterThanOrEqual(0);
      if (figure.bounds.max !== undefined) {
        expect(figure.bounds.min ?? 0).toBeLessThanOrEqual(figure.bounds.max);
      }
    }
  }
  const direct = intervalOf(figures.direct);
  const total = intervalOf(figures.total);
  expect(direct).not.toBeNull();
  expect(total).not.toBeNull();
  expect(total?.min).toBeGreaterThanOrEqual(direct?.min as number);
  if (direct?.max != null)
    expect(total?.max ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(direct.max);
  if (figures.direct.kind === 'range' && figures.total.kind === 'range') {
    expect(figures.total.range.central ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(
      figures.direct.range.central as number,
    );
  }
  const local = intervalOf(figures.local);
  if (local !== null) {
    expect(local.min).toBeLessThanOrEqual(total?.min as number);
    if (total?.max != null) expect(local.max).toBeLessThanOrEqual(total.max);
  }
}

describe('projectEmployment properties', () => {
  test.prop([arbitraryProjection])(
    'every figure is finite and >= 0, every range ordered, total >= direct >= 0, local <= total',
    (input) => {
      for (const result of projectEmployment(input, { throughYear: 2040 })) {
        for (const year of result.detail.years) checkFigures(year.figures);
        checkFigures(result.detail.headline);
        checkReasons(result);
      }
    },
  );

  test.prop([arbitraryProjection])('adds up: direct + indirect + induced = total', (input) => {
    for (const result of projectEmployment(input, { throughYear: 2040 })) {
      for (const { figures } of result.detail.years) {
        if (figures.direct.kind !== 'range' || figures.total.kind !== 'range') continue;
        const part = (f: JobsFigure): number => (f.kind === 'range' ? f.range.low : 0);
        const sum = part(figures.direct) + part(figures.indirect) + part(figures.induced);
        expect(Math.abs(sum - figures.total.range.low)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, sum),
        );
      }
    }
  });
});
