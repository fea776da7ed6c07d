import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { liberatedTerritoryIds } from '../../data/az/liberatedTerritoryIds.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import { LocationSchema } from '../../model/location.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import { IndicatorResultSchema } from '../indicatorResult.js';
import type { JobsFigure } from './jobsFigure.js';
import { jobsInTerritories, type TerritoryJobs } from './jobsInTerritories.js';
import { projectEmployment } from './projectEmployment.js';

const g = extendGazetteer(azGazetteer, [
  LocationSchema.parse({ id: 'vil-kal', kind: 'village', name: 'Kənd', parentId: 'AZ-KAL' }),
]);
const deposit = (id: string, locationId: string): Deposit =>
  DepositSchema.parse({ id, name: id, locationId, commodities: ['gold'], stage: 'exploration' });
const projection = (fields: Record<string, unknown>): JobProjection =>
  JobProjectionSchema.parse({
    scenario: { label: 'Illustrative', kind: 'assumed' },
    sourceIds: ['src-plan'],
    ...fields,
  });
const range = (low: number, central: number | undefined, high: number): JobsFigure => ({
  kind: 'range',
  range: central === undefined ? { low, high } : { low, central, high },
});
const bounds = (min: number, phrase?: string): JobsFigure => ({
  kind: 'bounds',
  bounds: phrase === undefined ? { min } : { min, phrase },
});

const deposits = [
  deposit('dep-kal', 'AZ-KAL'),
  deposit('dep-kal-village', 'vil-kal'),
  deposit('dep-lac', 'AZ-LAC'),
  deposit('dep-bal', 'AZ-BAL'),
];
// P1 in Kəlbəcər, 2030-2031: 500 direct jobs, Type I 1.4 / 1.8 / 2.2, Type II 2 / 2.5 / 3, local 80 %.
const p1 = projection({
  id: 'p1',
  depositId: 'dep-kal',
  phases: [
    { phase: 'construction', startYear: 2028, endYear: 2029, directJobs: 900 },
    { phase: 'operations', startYear: 2030, endYear: 2031, directJobs: 500 },
  ],
  localHireShare: 0.8,
  multipliers: {
    typeI: { low: 1.4, central: 1.8, high: 2.2 },
    typeII: { low: 2, central: 2.5, high: 3 },
    sourceId: 'src-io',
  },
});
// P2 in a village of Kəlbəcər, 2031-2032: 100 direct jobs, Type I 1.5 / 2 / 2.5, no Type II, local 50 %.
const p2 = projection({
  id: 'p2',
  depositId: 'dep-kal-village',
  phases: [{ phase: 'operations', startYear: 2031, endYear: 2032, directJobs: 100 }],
  localHireShare: 0.5,
  multipliers: { typeI: { low: 1.5, central: 2, high: 2.5 }, sourceId: 'src-io-2' },
});
// P3 in Laçın from 2031, open-ended: "thousands" = at least 2,000 direct jobs; Type I 1.5-2,
// Type II 2-3; no local-hire share.
const p3 = projection({
  id: 'p3',
  depositId: 'dep-lac',
  scenario: { label: 'Announced', kind: 'reported' },
  phases: [
    { phase: 'operations', startYear: 2031, directJobs: { min: 2000, phrase: 'thousands' } },
  ],
  multipliers: { typeI: { low: 1.5, high: 2 }, typeII: { low: 2, high: 3 }, sourceId: 'src-io' },
});
const outside = projection({
  id: 'p4',
  depositId: 'dep-bal',
  phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }],
});
const orphan = projection({
  id: 'p5',
  depositId: 'dep-unknown',
  phases: [{ phase: 'operations', startYear: 2030, directJobs: 10 }],
});
const building = projection({
  id: 'p6',
  depositId: 'dep-bal',
  phases: [{ phase: 'construction', startYear: 2030, directJobs: 10 }],
});

describe('jobsInTerritories', () => {
  // Computed inside each test (not at load), so that each test exercises the computation.
  const together = (): TerritoryJobs =>
    jobsInTerritories([p3, outside, p2, orphan, p1], deposits, g, liberatedTerritoryIds, {
      throughYear: 2032,
    });

  it('counts the projections of deposits in the territories and says why others are out', () => {
    const jobs = together();
    expect(jobs.projectionIds).toEqual(['p1', 'p2', 'p3']);
    expect(jobs.excluded).toEqual([
      { projectionId: 'p4', reason: 'outsideTerritories' },
      { projectionId: 'p5', reason: 'unknownDeposit' },
    ]);
    // P2 has no Type II multiplier: every total counts direct and indirect jobs only.
    expect(jobs.totalIncludes).toEqual(['direct', 'indirect']);
    expect(jobs.notes).toEqual(
      expect.arrayContaining([
        'Projection p4 is left out: its deposit lies outside the territories.',
        'Projection p5 is left out: its deposit is not among the deposits given.',
        'p1: its total and local jobs count direct, indirect jobs only, like every projection of the territories (its own total also counts induced jobs).',
        'The projections added up mix reported figures and assumptions of the analyst: see each projection’s scenario.',
        'p1: Scenario "Illustrative" (assumed): the direct jobs are assumptions of the analyst.',
      ]),
    );
  });

  it('adds the permanent jobs up by district and year', () => {
    const jobs = together();
    // P1 alone in 2030: direct 500; indirect (1.4 − 1) × 500 = 200, 400, 600; induced
    // (2 − 1.4) × 500 = 300, (2.5 − 1.8) × 500 = 350, (3 − 2.2) × 500 = 400; total over direct and
    // indirect only = Type I × 500 = 700, 900, 1100; local = total × 0.8 = 560, 720, 880.
    // Construction (2028-2029) is never counted.
    // 2031 in Kəlbəcər: P1 + P2 (direct 100; indirect (1.5 − 1) × 100 = 50, 100, 150; no induced;
    // total Type I × 100 = 150, 200, 250; local × 0.5 = 75, 100, 125):
    // direct 600; indirect 250, 500, 750; induced not estimated (P2 has no Type II);
    // total 850, 1100, 1350; local 635, 820, 1005. 2032: P2 alone.
    // Laçın, 2031 and 2032: P3, direct >= 2,000; indirect >= (1.5 − 1) × 2,000 = 1,000;
    // induced >= (2 − 1.5) × 2,000 = 1,000; total >= 1.5 × 2,000 = 3,000; local not estimated.
    const p3Year = {
      direct: bounds(2000, 'thousands'),
      indirect: bounds(1000),
      induced: bounds(1000),
      total: bounds(3000),
      local: { kind: 'notEstimated', missing: 'localHireShare' },
    };
    expect(jobs.rows).toEqual([
      {
        districtId: 'AZ-KAL',
        label: 'Kəlbəcər',
        year: 2030,
        projectionIds: ['p1'],
        figures: {
          direct: range(500, 500, 500),
          indirect: range(200, 400, 600),
          induced: range(300, 350, 400),
          total: range(700, 900, 1100),
          local: range(560, 720, 880),
        },
      },
      {
        districtId: 'AZ-KAL',
        label: 'Kəlbəcər',
        year: 2031,
        projectionIds: ['p1', 'p2'],
        figures: {
          direct: range(600, 600, 600),
          indirect: range(250, 500, 750),
          induced: { kind: 'notEstimated', missing: 'typeII' },
          total: range(850, 1100, 1350),
          local: range(635, 820, 1005),
        },
      },
      {
        districtId: 'AZ-KAL',
        label: 'Kəlbəcər',
        year: 2032,
        projectionIds: ['p2'],
        figures: {
          direct: range(100, 100, 100),
          indirect: range(50, 100, 150),
          induced: { kind: 'notEstimated', missing: 'typeII' },
          total: range(150, 200, 250),
          local: range(75, 100, 125),
        },
      },
      { districtId: 'AZ-LAC', label: 'Laçın', year: 2031, projectionIds: ['p3'], figures: p3Year },
      { districtId: 'AZ-LAC', label: 'Laçın', year: 2032, projectionIds: ['p3'], figures: p3Year },
    ]);
  });

  it('adds the territories up by year and takes the peak per scenario', () => {
    const jobs = together();
    // 2031: Kəlbəcər (600) + Laçın (>= 2,000): direct >= 2,600, no maximum; indirect >= 250 +
    // 1,000 = 1,250; total >= 850 + 3,000 = 3,850; local not estimated (P3 has no share).
    // 2032: direct >= 100 + 2,000 = 2,100; indirect >= 50 + 1,000 = 1,050; total >= 3,150.
    expect(
      jobs.byYear.map((y) => [y.year, y.projectionIds, y.figures.direct, y.figures.total]),
    ).toEqual([
      [2030, ['p1'], range(500, 500, 500), range(700, 900, 1100)],
      [2031, ['p1', 'p2', 'p3'], bounds(2600), bounds(3850)],
      [2032, ['p2', 'p3'], bounds(2100), bounds(3150)],
    ]);
    // Peak: the largest minimum of each year: direct 2,600; indirect 1,250; total 3,850.
    expect(jobs.peak).toEqual({
      direct: bounds(2600),
      indirect: bounds(1250),
      induced: { kind: 'notEstimated', missing: 'typeII' },
      total: bounds(3850),
      local: { kind: 'notEstimated', missing: 'localHireShare' },
    });
  });

  it('presents five indicator results with a row per district and year and per year', () => {
    const jobs = together();
    expect(jobs.results.map((r) => r.indicatorId)).toEqual([
      'jobs.jobsInTerritories.direct',
      'jobs.jobsInTerritories.indirect',
      'jobs.jobsInTerritories.induced',
      'jobs.jobsInTerritories.total',
      'jobs.jobsInTerritories.local',
    ]);
    for (const result of jobs.results) {
      expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    }
    const total = jobs.results[3];
    expect(total).toMatchObject({
      unit: 'jobs',
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 3850 },
      standards: ['GRI 203-2'],
      sourceIds: ['src-io', 'src-io-2', 'src-plan'],
    });
    expect(total?.breakdown?.map((r) => [r.dimension, r.key, r.value])).toEqual([
      ['district|year', 'AZ-KAL|2030', 900],
      ['district|year', 'AZ-KAL|2031', 1100],
      ['district|year', 'AZ-KAL|2032', 200],
      ['district|year', 'AZ-LAC|2031', null],
      ['district|year', 'AZ-LAC|2032', null],
      ['year', '2030', 900],
      ['year', '2031', null],
      ['year', '2032', null],
    ]);
    expect(total?.breakdown?.[0]).toEqual({
      dimension: 'district|year',
      key: 'AZ-KAL|2030',
      label: 'Kəlbəcər 2030',
      value: 900,
      range: { low: 700, central: 900, high: 1100 },
    });
    expect(jobs.results[2]).toMatchObject({ value: null, reason: 'MISSING_DATA' });
    expect(total?.definitions).toMatchObject({
      throughYear: 2032,
      aggregate: 'peakYear',
      totalIncludes: ['direct', 'indirect'],
      projections: [
        { projectionId: 'p1', depositId: 'dep-kal', districtId: 'AZ-KAL', scenarioKind: 'assumed' },
        {
          projectionId: 'p2',
          depositId: 'dep-kal-village',
          districtId: 'AZ-KAL',
          scenarioKind: 'assumed',
        },
        {
          projectionId: 'p3',
          depositId: 'dep-lac',
          districtId: 'AZ-LAC',
          scenarioKind: 'reported',
        },
      ],
    });
  });

  it('sorts the projections left out, and records the territories and components it counts', () => {
    // Computed here, not at load. P5's deposit is unknown and P4's lies in Balakən: both left out,
    // listed by id (p4 before p5) though given the other way round. P2 has no Type II multiplier:
    // the totals of P1 and P2 count direct and indirect jobs only.
    const counted = jobsInTerritories([orphan, outside, p2, p1], deposits, g, ['AZ-KAL', 'AZ-LAC']);
    expect(counted.excluded).toEqual([
      { projectionId: 'p4', reason: 'outsideTerritories' },
      { projectionId: 'p5', reason: 'unknownDeposit' },
    ]);
    expect(counted.notes.slice(0, 2)).toEqual([
      'Permanent operations jobs of the projections whose deposit lies in the territories (AZ-KAL, AZ-LAC), by the district of the deposit; construction job-years are temporary and never added.',
      'Indirect and induced jobs are shown in the district of the deposit, but they arise wherever the suppliers and the spending of wages are.',
    ]);
    expect(counted.notes.filter((note) => note.startsWith('Projection '))).toEqual([
      'Projection p4 is left out: its deposit lies outside the territories.',
      'Projection p5 is left out: its deposit is not among the deposits given.',
    ]);
    expect(counted.results[0]?.definitions).toMatchObject({
      territoryIds: ['AZ-KAL', 'AZ-LAC'],
      totalIncludes: ['direct', 'indirect'],
    });
  });

  it('keeps the figures of projectEmployment for a single projection', () => {
    const single = jobsInTerritories([p1], deposits, g, ['AZ-KAL']);
    const employment = projectEmployment(p1);
    // Every projection estimates direct, indirect and induced jobs: nothing is restricted.
    expect(single.totalIncludes).toEqual(['direct', 'indirect', 'induced']);
    expect(single.rows.map((r) => r.figures)).toEqual(
      employment.years.flatMap((y) => (y.operations === null ? [] : [y.operations])),
    );
    expect(single.peak).toEqual(employment.operationsPeak);
    // total = Type II × 500 = 1,000, 1,250, 1,500.
    expect(single.results[3]?.value).toBe(1250);
  });

  it('counts direct jobs only when a projection has no multipliers, and a region as unknown district', () => {
    const plain = projection({
      id: 'p7',
      depositId: 'dep-region',
      phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 40 }],
      localHireShare: 0.5,
    });
    const result = jobsInTerritories(
      [p1, plain],
      [...deposits, deposit('dep-region', 'az-er-karabakh')],
      g,
      ['AZ-KAL', 'az-er-karabakh'],
    );
    // P7 has no multipliers: every total is direct jobs only. 2030: P1 500 in Kəlbəcər, P7 40 in
    // the Karabakh region itself (district unknown, last). Totals: 500 and 40 (direct);
    // local 500 × 0.8 = 400 and 40 × 0.5 = 20.
    expect(result.totalIncludes).toEqual(['direct']);
    expect(
      result.rows.map((r) => [r.districtId, r.year, r.figures.total, r.figures.local]),
    ).toEqual([
      ['AZ-KAL', 2030, range(500, 500, 500), range(400, 400, 400)],
      ['AZ-KAL', 2031, range(500, 500, 500), range(400, 400, 400)],
      ['unknown', 2030, range(40, 40, 40), range(20, 20, 20)],
    ]);
    // 2030 together: indirect not estimated (P7 has no multipliers); total 500 + 40 = 540.
    expect(result.byYear[0]?.figures.indirect).toEqual({
      kind: 'notEstimated',
      missing: 'multipliers',
    });
    expect(result.byYear[0]?.figures.total).toEqual(range(540, 540, 540));
    expect(result.results[3]?.definitions.projections).toEqual([
      expect.objectContaining({ projectionId: 'p1', districtId: 'AZ-KAL' }),
      expect.objectContaining({ projectionId: 'p7', districtId: 'unknown' }),
    ]);
  });

  it('counts a whole region and leaves out construction-only projections', () => {
    const region = jobsInTerritories([p1, building], deposits, g, [
      'az-er-eastern-zangazur',
      'AZ-BAL',
    ]);
    expect(region.projectionIds).toEqual(['p1']);
    expect(region.excluded).toEqual([{ projectionId: 'p6', reason: 'noOperations' }]);
    expect(region.notes).toContain(
      'Projection p6 is left out: it has no operations year in the table.',
    );
  });

  it('gives missing results when no projection lies in the territories: the reference case', () => {
    // AzerGold's one projection is for Filizçay, in Balakən: outside the liberated territories.
    const none = jobsInTerritories(
      azergoldDataset.projections,
      azergoldDataset.deposits,
      azGazetteer,
      liberatedTerritoryIds,
    );
    expect(none.rows).toEqual([]);
    expect(none.peak).toBeNull();
    expect(none.totalIncludes).toEqual([]);
    expect(none.excluded).toEqual([
      { projectionId: 'proj-filizcay', reason: 'outsideTerritories' },
    ]);
    expect(none.results).toHaveLength(5);
    expect(none.results.every((r) => r.value === null && r.reason === 'MISSING_DATA')).toBe(true);
    expect(none.notes).toContain('No projection has permanent operations jobs in the territories.');
    // In Balakən: more than 1000 vacancies = at least 1,001 direct jobs, Type I 3 to 6:
    // total >= 3 × 1,001 = 3,003, no maximum, each year 2025-2075 (51 years).
    const balaken = jobsInTerritories(
      azergoldDataset.projections,
      azergoldDataset.deposits,
      azGazetteer,
      ['AZ-BAL'],
    );
    expect(balaken.rows).toHaveLength(51);
    expect(balaken.peak?.direct).toEqual(bounds(1001, 'more than 1000 new vacancies'));
    expect(balaken.peak?.total).toEqual(bounds(3003));
  });

  it('rejects unknown territories, two scenarios of one deposit and duplicate ids', () => {
    expect(() => jobsInTerritories([p1], deposits, g, ['AZ-XYZ'])).toThrow(
      'territory "AZ-XYZ" is not in the gazetteer',
    );
    expect(() => jobsInTerritories([p1], deposits, g, 'AZ-KAL' as unknown as string[])).toThrow(
      'territoryIds must be an array of location ids',
    );
    const alternative = projection({
      ...p1,
      id: 'p1-low',
      scenario: { label: 'Low', kind: 'assumed' },
    });
    expect(() => jobsInTerritories([p1, alternative], deposits, g, ['AZ-KAL'])).toThrow(
      'projections p1 and p1-low both concern deposit dep-kal: they are alternative scenarios, pass one',
    );
    // Outside the territories, two scenarios of one deposit do no harm.
    expect(jobsInTerritories([p1, alternative], deposits, g, ['AZ-LAC']).excluded).toHaveLength(2);
    expect(() => jobsInTerritories([p1, p1], deposits, g, ['AZ-KAL'])).toThrow(
      'two projections p1',
    );
    expect(() =>
      jobsInTerritories({} as unknown as JobProjection[], deposits, g, ['AZ-KAL']),
    ).toThrow('projections must be an array of JobProjection');
    expect(() =>
      jobsInTerritories([{ ...p1, phases: [] } as JobProjection], deposits, g, ['AZ-KAL']),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => jobsInTerritories([p1], deposits, g, ['AZ-KAL'], { throughYear: 1800 })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  const phaseArbitrary = fc.record({
    startYear: fc.integer({ min: 2030, max: 2034 }),
    length: fc.integer({ min: 0, max: 3 }),
    direct: fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.record({ min: fc.integer({ min: 0, max: 5000 }) }),
    ),
    place: fc.constantFrom('AZ-KAL', 'vil-kal', 'AZ-LAC', 'AZ-BAL'),
  });
  test.prop([fc.array(phaseArbitrary, { minLength: 1, maxLength: 4 })])(
    'keeps every range ordered and the total at least the direct jobs, in any order',
    (phases) => {
      const list = phases.map((p, i) =>
        projection({
          id: `p${i}`,
          depositId: `d${i}`,
          phases: [
            {
              phase: 'operations',
              startYear: p.startYear,
              endYear: p.startYear + p.length,
              directJobs: p.direct,
            },
          ],
          localHireShare: 0.7,
          multipliers: p1.multipliers,
        }),
      );
      const depositList = phases.map((p, i) => deposit(`d${i}`, p.place));
      const result = jobsInTerritories(list, depositList, g, liberatedTerritoryIds);
      const reversed = jobsInTerritories(
        [...list].reverse(),
        [...depositList].reverse(),
        g,
        liberatedTerritoryIds,
      );
      expect(reversed).toEqual(result);
      const low = (f: JobsFigure): number =>
        f.kind === 'range' ? f.range.low : f.kind === 'bounds' ? (f.bounds.min ?? 0) : 0;
      for (const { figures } of [...result.rows, ...result.byYear]) {
        for (const figure of Object.values(figures)) {
          if (figure.kind === 'range') {
            const { low: l, central: c, high: h } = figure.range;
            expect(l).toBeLessThanOrEqual(c ?? l);
            expect(c ?? h).toBeLessThanOrEqual(h);
          }
        }
        expect(low(figures.total)).toBeGreaterThanOrEqual(low(figures.direct));
      }
    },
  );
});
