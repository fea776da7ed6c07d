import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import type { EmploymentFigures } from './employmentFigures.js';
import type { EmploymentProjection } from './employmentProjection.js';
import type { JobsFigure } from './jobsFigure.js';
import { projectEmployment } from './projectEmployment.js';

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

describe('projectEmployment with an exact direct count', () => {
  // Computed inside each test (not at load), so that each test exercises the computation.
  const exact = (): EmploymentProjection =>
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
  const expected: EmploymentFigures = {
    direct: range(500, 500, 500),
    indirect: range(200, 400, 600),
    induced: range(300, 350, 400),
    total: range(1000, 1250, 1500),
    local: range(800, 1000, 1200),
  };

  it('gives direct, indirect, induced, total and local jobs as ranges, by year', () => {
    const employment = exact();
    expect(employment.years).toEqual([
      { year: 2030, operations: expected, construction: null },
      { year: 2031, operations: expected, construction: null },
    ]);
  });

  it('gives the peak operations year and no construction job-years', () => {
    const employment = exact();
    expect(employment.operationsPeak).toEqual(expected);
    expect(employment.constructionJobYears).toBeNull();
    expect(employment.throughYear).toBe(2031);
    expect(employment.totalIncludes).toEqual(['direct', 'indirect', 'induced']);
    // No construction phase: no note on construction job-years.
    expect(employment.notes.some((n) => n.startsWith('Construction jobs are temporary'))).toBe(
      false,
    );
  });

  it('states that the multipliers are assumptions and cites their source', () => {
    const employment = exact();
    expect(employment.multipliers).toEqual(multipliers);
    expect(employment.sourceIds).toEqual(['src-io', 'src-plan']);
    expect(employment.notes).toContain(
      'Indirect and induced jobs are not observed: they are estimated with input-output multipliers (Type I 1.4–2.2 (central 1.8), Type II 2–3 (central 2.5)), which are assumptions taken from source src-io.',
    );
    expect(employment.notes.some((n) => n.includes('overstate net job creation'))).toBe(true);
    expect(employment.notes[0]).toBe(
      'Scenario "Illustrative" (assumed): the direct jobs are assumptions of the analyst.',
    );
  });

  it('describes each multiplier with its central value and keeps the Type II', () => {
    // Computed here, not at load: one operations year of 500 jobs with the multipliers above.
    const computed = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 500 }],
        multipliers,
      }),
    );
    expect(computed.multipliers).toEqual({
      typeI: { low: 1.4, central: 1.8, high: 2.2 },
      typeII: { low: 2, central: 2.5, high: 3 },
      sourceId: 'src-io',
    });
    expect(computed.notes).toContain(
      'Indirect and induced jobs are not observed: they are estimated with input-output multipliers (Type I 1.4–2.2 (central 1.8), Type II 2–3 (central 2.5)), which are assumptions taken from source src-io.',
    );
  });

  it('keeps the projection identity and the share used', () => {
    const employment = exact();
    expect(employment).toMatchObject({
      projectionId: 'proj-zod',
      depositId: 'dep-zod',
      scenario: { label: 'Illustrative', kind: 'assumed' },
      localHireShare: 0.8,
    });
  });
});

describe('projectEmployment with construction and an open-ended operations phase', () => {
  // Computed inside each test (not at load), so that each test exercises the computation.
  const planned = (): EmploymentProjection =>
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
    const employment = planned();
    expect(
      employment.years.map((y) => [y.year, y.construction !== null, y.operations !== null]),
    ).toEqual([
      [2027, true, false],
      [2028, true, false],
      [2029, true, false],
      [2030, false, true],
      [2031, false, true],
      [2032, false, true],
    ]);
    // One construction year: 800 direct; total = Type II × 800 = 1600, 2000, 2400.
    expect(employment.years[0]?.construction?.total).toEqual(range(1600, 2000, 2400));
  });

  it('sums the construction job-years over the construction years', () => {
    const employment = planned();
    // 3 years × 800 = 2,400 direct job-years.
    // indirect = 0.4, 0.8, 1.2 × 2,400 = 960, 1,920, 2,880;
    // induced = 0.6, 0.7, 0.8 × 2,400 = 1,440, 1,680, 1,920;
    // total = 2, 2.5, 3 × 2,400 = 4,800, 6,000, 7,200.
    expect(employment.constructionJobYears).toEqual({
      direct: range(2400, 2400, 2400),
      indirect: range(960, 1920, 2880),
      induced: range(1440, 1680, 1920),
      total: range(4800, 6000, 7200),
      local: { kind: 'notEstimated', missing: 'localHireShare' },
    });
  });

  it('says what it assumed', () => {
    const employment = planned();
    expect(employment.notes).toEqual(
      expect.arrayContaining([
        'Scenario "Company plan" (reported): the direct jobs are as reported by the company or authority.',
        'No local-hire share was given: local jobs are not estimated.',
        'The operations phase from 2030 has no end year; the table stops at 2032.',
        'Projection note: Staffing from the feasibility study.',
      ]),
    );
    expect(employment.notes.some((n) => n.startsWith('Construction jobs are temporary'))).toBe(
      true,
    );
  });

  it('stops an open-ended phase at its first year by default', () => {
    const byDefault = projectEmployment(
      projection({ phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }] }),
    );
    expect(byDefault.throughYear).toBe(2030);
    expect(byDefault.years.map((y) => y.year)).toEqual([2030]);
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
    expect(cut.years.map((y) => y.year)).toEqual([2027, 2028]);
    expect(cut.operationsPeak).toBeNull();
    // Two years of 800 direct construction jobs: 1,600 job-years.
    expect(cut.constructionJobYears?.direct).toEqual(range(1600, 1600, 1600));
    expect(cut.notes).toEqual(
      expect.arrayContaining([
        'The construction phase from 2027 is cut at 2028.',
        'The operations phase from 2030 starts after 2028 and is not in the table.',
      ]),
    );
  });

  it('lists no year when throughYear is before every phase', () => {
    const none = projectEmployment(
      projection({ phases: [{ phase: 'operations', startYear: 2030, directJobs: 500 }] }),
      { throughYear: 2029 },
    );
    expect(none.years).toEqual([]);
    expect(none.operationsPeak).toBeNull();
    expect(none.constructionJobYears).toBeNull();
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
    expect(gap.years.map((y) => y.year)).toEqual([2026, 2029]);
    // 2026: 100 construction jobs, no operations; 2029: 50 operations jobs, no construction.
    expect(
      gap.years.map((y) => [y.construction?.direct ?? null, y.operations?.direct ?? null]),
    ).toEqual([
      [range(100, 100, 100), null],
      [null, range(50, 50, 50)],
    ]);
  });
});

describe('projectEmployment with a bounded direct count', () => {
  it('turns "thousands" into totals with a minimum and no invented maximum', () => {
    const employment = projectEmployment(
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
    const expected: EmploymentFigures = {
      direct: { kind: 'bounds', bounds: { min: 2000, phrase: 'thousands' } },
      indirect: { kind: 'bounds', bounds: { min: 1000 } },
      induced: { kind: 'bounds', bounds: { min: 1000 } },
      total: { kind: 'bounds', bounds: { min: 4000 } },
      local: { kind: 'bounds', bounds: { min: 3200 } },
    };
    expect(employment.years).toEqual([{ year: 2030, operations: expected, construction: null }]);
    expect(employment.operationsPeak).toEqual(expected);
    expect(employment.localHireShare).toEqual({ min: 0.8, phrase: 'mostly local' });
    expect(employment.notes).toEqual(
      expect.arrayContaining([
        'Some direct jobs are known only as bounds: the figures derived from them are bounds, with a maximum only where the direct count has one (none is invented).',
        'A multiplier has no central estimate: the figures that use it have low and high values only; no central figure is invented.',
      ]),
    );
  });

  it('gives a maximum when the count has one, from the high multipliers', () => {
    const employment = projectEmployment(
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
    expect(employment.operationsPeak).toEqual({
      direct: { kind: 'bounds', bounds: { min: 200, max: 999, phrase: 'hundreds' } },
      indirect: { kind: 'bounds', bounds: { min: 40, max: 499.5 } },
      induced: { kind: 'notEstimated', missing: 'typeII' },
      total: { kind: 'bounds', bounds: { min: 240, max: 1498.5 } },
      local: { kind: 'bounds', bounds: { min: 120, max: 749.25 } },
    });
    expect(employment.totalIncludes).toEqual(['direct', 'indirect']);
    expect(employment.multipliers).toEqual({ typeI: { low: 1.2, high: 1.5 }, sourceId: 'src-io' });
  });

  it('reads a count with only an upper bound as at least zero', () => {
    const employment = projectEmployment(
      projection({
        phases: [
          { phase: 'construction', startYear: 2027, endYear: 2027, directJobs: { max: 100 } },
        ],
        multipliers: { typeI: { low: 1.5, high: 1.5 }, sourceId: 'src-io' },
      }),
    );
    // direct 0 to 100, with no phrase key (the count has none); indirect (1.5 − 1) × 0 = 0 to
    // 0.5 × 100 = 50.
    expect(employment.constructionJobYears?.direct).toStrictEqual({
      kind: 'bounds',
      bounds: { min: 0, max: 100 },
    });
    expect(employment.constructionJobYears?.indirect).toEqual({
      kind: 'bounds',
      bounds: { min: 0, max: 50 },
    });
  });

  it('reads a local-hire share with only an upper bound as at least zero', () => {
    const employment = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 1000 }],
        localHireShare: { max: 0.5, phrase: 'up to half' },
      }),
    );
    // No multipliers: total = 1,000; local = 1,000 × 0 to 1,000 × 0.5 = 0 to 500.
    expect(employment.operationsPeak?.local).toEqual({
      kind: 'bounds',
      bounds: { min: 0, max: 500 },
    });
    expect(employment.localHireShare).toEqual({ max: 0.5, phrase: 'up to half' });
  });

  it('adds overlapping phases of one kind and takes the peak in each scenario', () => {
    const employment = projectEmployment(
      projection({
        phases: [
          { phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 },
          { phase: 'operations', startYear: 2031, endYear: 2032, directJobs: { min: 100 } },
        ],
      }),
    );
    // 2030: 500; 2031: 500 + at least 100 = at least 600 (no maximum, no phrase); 2032: at least 100.
    expect(employment.years.map((y) => y.operations?.direct)).toEqual([
      range(500, 500, 500),
      { kind: 'bounds', bounds: { min: 600 } },
      { kind: 'bounds', bounds: { min: 100 } },
    ]);
    // Peak: the largest minimum (600) and no maximum.
    expect(employment.operationsPeak?.direct).toEqual({ kind: 'bounds', bounds: { min: 600 } });
  });

  it('takes the peak of exact and bounded years', () => {
    const employment = projectEmployment(
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
    expect(employment.operationsPeak?.direct).toEqual({
      kind: 'bounds',
      bounds: { min: 250, max: 300 },
    });
  });
});

describe('projectEmployment without multipliers', () => {
  it('gives direct jobs only and says that nothing else is estimated', () => {
    const employment = projectEmployment(
      projection({
        phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 300 }],
        localHireShare: 0.9,
      }),
    );
    // total = direct = 300; local = 300 × 0.9 = 270.
    expect(employment.operationsPeak).toEqual({
      direct: range(300, 300, 300),
      indirect: { kind: 'notEstimated', missing: 'multipliers' },
      induced: { kind: 'notEstimated', missing: 'multipliers' },
      total: range(300, 300, 300),
      local: range(270, 270, 270),
    });
    expect(employment.totalIncludes).toEqual(['direct']);
    expect(employment.multipliers).toBeNull();
    expect(employment.sourceIds).toEqual(['src-plan']);
    expect(employment.notes).toContain(
      'No multipliers were given: indirect and induced jobs are not estimated, and the totals are direct jobs only.',
    );
  });

  it('keeps central figures only where every multiplier used has one', () => {
    const employment = projectEmployment(
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
    expect(employment.operationsPeak?.indirect).toEqual(range(20, undefined, 60));
    expect(employment.operationsPeak?.induced).toEqual(range(30, undefined, 80));
    expect(employment.operationsPeak?.total).toEqual(range(150, 190, 240));
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
    const employment = projectEmployment(withMultipliers({ low: 1, high: 1 }, { low: 1, high: 1 }));
    expect(employment.operationsPeak?.total).toEqual(range(500, undefined, 500));
    expect(employment.operationsPeak?.indirect).toEqual(range(0, undefined, 0));
  });

  it('rejects a projection that does not match its schema, naming the field', () => {
    expect(() => projectEmployment(withMultipliers({ low: 2, high: 1 }))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('multipliers.typeI.high'),
      }),
    );
    expect(() => projectEmployment({ ...projection({ phases }), phases: [] })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => projectEmployment(null as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('(root)'),
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
    const employment = projectEmployment(input);
    expect(input).toEqual(copy);
    expect(employment.multipliers).not.toBe(input.multipliers);
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

function intervalOf(figure: JobsFigure): { min: number; max: number | null } | null {
  if (figure.kind === 'range') return { min: figure.range.low, max: figure.range.high };
  if (figure.kind === 'bounds')
    return { min: figure.bounds.min ?? 0, max: figure.bounds.max ?? null };
  return null;
}

function checkFigures(figures: EmploymentFigures): void {
  for (const figure of Object.values(figures)) {
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
      const employment = projectEmployment(input, { throughYear: 2040 });
      for (const year of employment.years) {
        if (year.operations !== null) checkFigures(year.operations);
        if (year.construction !== null) checkFigures(year.construction);
      }
      if (employment.operationsPeak !== null) checkFigures(employment.operationsPeak);
      if (employment.constructionJobYears !== null) checkFigures(employment.constructionJobYears);
    },
  );

  test.prop([arbitraryProjection])('adds up: direct + indirect + induced = total', (input) => {
    const employment = projectEmployment(input, { throughYear: 2040 });
    for (const year of employment.years) {
      for (const figures of [year.operations, year.construction]) {
        if (figures === null || figures.direct.kind !== 'range' || figures.total.kind !== 'range') {
          continue;
        }
        const part = (f: JobsFigure): number => (f.kind === 'range' ? f.range.low : 0);
        const sum = part(figures.direct) + part(figures.indirect) + part(figures.induced);
        expect(Math.abs(sum - figures.total.range.low)).toBeLessThanOrEqual(
          1e-9 * Math.max(1, sum),
        );
      }
    }
  });
});
