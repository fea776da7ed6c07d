import { describe, expect, it } from 'vitest';
import { JobProjectionSchema } from '../../model/jobProjection.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import { employmentResults } from './employmentResults.js';
import { jobsCatalog } from './jobsCatalog.js';
import { projectEmployment } from './projectEmployment.js';

const employment = projectEmployment(
  JobProjectionSchema.parse({
    id: 'proj-zod',
    depositId: 'dep-zod',
    scenario: { label: 'Illustrative', kind: 'assumed' },
    phases: [
      { phase: 'construction', startYear: 2027, endYear: 2028, directJobs: 800 },
      { phase: 'operations', startYear: 2029, endYear: 2030, directJobs: 500 },
    ],
    localHireShare: 0.8,
    multipliers: {
      typeI: { low: 1.4, central: 1.8, high: 2.2 },
      typeII: { low: 2, central: 2.5, high: 3 },
      sourceId: 'src-io',
    },
    sourceIds: ['src-plan'],
  }),
);
const results = employmentResults(employment);

describe('employmentResults', () => {
  it('gives ten valid results in catalog order: operations, then construction', () => {
    expect(results.map((r) => r.indicatorId)).toEqual(
      jobsCatalog.filter((e) => e.functionName === 'projectEmployment').map((e) => e.id),
    );
    for (const result of results)
      expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    expect(results.slice(0, 5).every((r) => r.unit === 'jobs')).toBe(true);
    expect(results.slice(5).every((r) => r.unit === 'jobYears')).toBe(true);
  });

  it('gives the peak operations year as the headline, the central figure as the value', () => {
    // total = Type II × 500 = 1,000, 1,250, 1,500.
    const total = results[3];
    expect(total).toMatchObject({
      indicatorId: 'jobs.projectEmployment.operations.total',
      title: 'Projected total jobs supported by operations',
      value: 1250,
      range: { low: 1000, central: 1250, high: 1500 },
      standards: ['GRI 203-2'],
      sourceIds: ['src-io', 'src-plan'],
    });
    expect(total?.reason).toBeUndefined();
    expect(total?.breakdown).toEqual([
      { key: '2029', label: '2029', value: 1250, range: { low: 1000, central: 1250, high: 1500 } },
      { key: '2030', label: '2030', value: 1250, range: { low: 1000, central: 1250, high: 1500 } },
    ]);
  });

  it('gives the construction job-years summed as the headline', () => {
    // 2 years × 800 = 1,600 direct job-years; local = Type II × 1,600 × 0.8 = 2,560, 3,200, 3,840.
    const local = results[9];
    expect(local).toMatchObject({
      indicatorId: 'jobs.projectEmployment.construction.local',
      unit: 'jobYears',
      value: 3200,
      range: { low: 2560, central: 3200, high: 3840 },
    });
    // One year: 800 × 2 × 0.8 = 1,280; 800 × 2.5 × 0.8 = 1,600; 800 × 3 × 0.8 = 1,920.
    expect(local?.breakdown?.[0]).toEqual({
      key: '2027',
      label: '2027',
      value: 1600,
      range: { low: 1280, central: 1600, high: 1920 },
    });
  });

  it('records the definitions and carries the notes', () => {
    expect(results[0]?.definitions).toEqual({
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
    expect(results[5]?.definitions.aggregate).toBe('sumOfYears');
    expect(results[0]?.notes).toEqual(
      expect.arrayContaining([
        ...employment.notes,
        'The headline figure is the peak year of each scenario (low, central, high); the breakdown gives each year.',
      ]),
    );
  });

  it('presents bounds, missing central figures and missing estimates with their reasons', () => {
    const bounded = employmentResults(
      projectEmployment(
        JobProjectionSchema.parse({
          id: 'proj-new',
          depositId: 'dep-new',
          scenario: { label: 'Claim', kind: 'reported' },
          phases: [
            {
              phase: 'operations',
              startYear: 2030,
              directJobs: { min: 2000, phrase: 'thousands' },
            },
          ],
          localHireShare: { min: 0.8 },
          multipliers: { typeI: { low: 1.5, high: 2 }, sourceId: 'src-io' },
          sourceIds: [],
        }),
      ),
    );
    expect(bounded).toHaveLength(5);
    // direct >= 2,000 ("thousands"); total = Type I × direct >= 1.5 × 2,000 = 3,000.
    expect(bounded[0]).toMatchObject({
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 2000, phrase: 'thousands' },
    });
    expect(bounded[3]).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 3000 } });
    expect(bounded[3]?.bounds?.max).toBeUndefined();
    // induced: no Type II multiplier.
    expect(bounded[2]).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(bounded[2]?.range).toBeUndefined();
    expect(bounded[2]?.breakdown?.[0]).toEqual({
      key: '2030',
      label: '2030',
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(bounded[0]?.definitions.localHireShare).toEqual({ min: 0.8 });
    expect(bounded[0]?.definitions.multipliers).toEqual({
      typeI: { low: 1.5, high: 2 },
      sourceId: 'src-io',
    });

    const noCentral = employmentResults(
      projectEmployment(
        JobProjectionSchema.parse({
          id: 'proj-new',
          depositId: 'dep-new',
          scenario: { label: 'Plan', kind: 'assumed' },
          phases: [{ phase: 'construction', startYear: 2027, endYear: 2027, directJobs: 100 }],
          multipliers: { typeI: { low: 1.5, high: 2 }, sourceId: 'src-io' },
          sourceIds: [],
        }),
      ),
    );
    // indirect: (1.5 − 1) × 100 = 50 to (2 − 1) × 100 = 100, no central.
    expect(noCentral.map((r) => r.indicatorId)[1]).toBe(
      'jobs.projectEmployment.construction.indirect',
    );
    expect(noCentral[1]).toMatchObject({
      value: null,
      reason: 'MISSING_DATA',
      range: { low: 50, high: 100 },
    });
    // The breakdown row of 2027 says the same: no central figure, so no value.
    expect(noCentral[1]?.breakdown).toEqual([
      {
        key: '2027',
        label: '2027',
        value: null,
        reason: 'MISSING_DATA',
        range: { low: 50, high: 100 },
      },
    ]);
    expect(noCentral[0]?.definitions).toMatchObject({
      multipliers: { sourceId: 'src-io' },
      localHireShare: null,
    });
  });

  it('gives no results for a projection with no year in its table', () => {
    const empty = projectEmployment(
      JobProjectionSchema.parse({
        id: 'p',
        depositId: 'd',
        scenario: { label: 'Late', kind: 'assumed' },
        phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }],
        sourceIds: [],
      }),
      { throughYear: 2029 },
    );
    expect(employmentResults(empty)).toEqual([]);
  });

  it('leaves keys that hold undefined out of the definitions', () => {
    const withUndefined = {
      ...employment,
      localHireShare: { min: 0.5, max: undefined },
    } as unknown as typeof employment;
    expect(employmentResults(withUndefined)[0]?.definitions.localHireShare).toStrictEqual({
      min: 0.5,
    });
  });

  it('records a share given as a number as that number, and the headline of each kind', () => {
    // Computed here, not at load: the share is 0.8; results 0–4 are operations, 5–9 construction.
    const presented = employmentResults(employment);
    expect(presented[0]?.definitions.localHireShare).toBe(0.8);
    expect(presented[4]?.notes.at(-1)).toBe(
      'The headline figure is the peak year of each scenario (low, central, high); the breakdown gives each year.',
    );
    expect(presented[5]?.notes.at(-1)).toBe(
      'The headline figure is the construction job-years summed over the years listed; the breakdown gives each year.',
    );
  });

  it('records null multipliers when none were given', () => {
    const plain = employmentResults(
      projectEmployment(
        JobProjectionSchema.parse({
          id: 'p',
          depositId: 'd',
          scenario: { label: 'Plain', kind: 'assumed' },
          phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }],
          sourceIds: [],
        }),
      ),
    );
    expect(plain[0]?.definitions.multipliers).toBeNull();
    expect(plain[3]).toMatchObject({ value: 10, range: { low: 10, central: 10, high: 10 } });
  });
});
