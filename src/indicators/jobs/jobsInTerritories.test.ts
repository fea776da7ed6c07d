import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { indicatorContextOf } from '../../../test/fixtures/indicatorContext.js';
import { azGazetteer } from '../../data/az/azGazetteer.js';
import { liberatedTerritoryIds } from '../../data/az/liberatedTerritoryIds.js';
import { azergoldDataset } from '../../data/azergold/azergoldDataset.js';
import * as jobs from '../../index.js';
import { type Deposit, DepositSchema } from '../../model/deposit.js';
import { type JobProjection, JobProjectionSchema } from '../../model/jobProjection.js';
import { LocationSchema } from '../../model/location.js';
import { extendGazetteer } from '../../places/extendGazetteer.js';
import type { BreakdownRow } from '../contract/breakdownRow.js';
import { IndicatorCatalogEntrySchema } from '../contract/indicatorCatalogEntry.js';
import { IndicatorResultSchema } from '../contract/indicatorResult.js';
import type { JobsFigure } from './jobsFigure.js';
import type { JobsFigures } from './jobsFigures.js';
import { jobsInTerritories, jobsInTerritoriesIndicator } from './jobsInTerritories.js';
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

type TerritoryJobs = ReturnType<typeof jobsInTerritories>;

const COMPONENTS = ['direct', 'indirect', 'induced', 'total', 'local'] as const;

/** The rows of one component, in order: by district and year, then by year. */
function componentRows(result: TerritoryJobs, component: string): BreakdownRow[] {
  return (result.breakdown ?? []).filter((r) => r.keys.component === component);
}

/** Checks that `reason` is present exactly when `value` is null, on the result and its rows. */
function checkReasons(result: TerritoryJobs): void {
  for (const item of [result, ...(result.breakdown ?? [])]) {
    expect(item.reason === undefined).toBe(item.value !== null);
  }
}

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
    jobsInTerritories(
      { projections: [p3, outside, p2, orphan, p1], deposits },
      { gazetteer: g, territoryIds: liberatedTerritoryIds, throughYear: 2032 },
    );

  it('counts the projections of deposits in the territories and says why others are out', () => {
    const result = together();
    expect(result.detail.projectionIds).toEqual(['p1', 'p2', 'p3']);
    expect(result.detail.excluded).toEqual([
      { projectionId: 'p4', reason: 'outsideTerritories' },
      { projectionId: 'p5', reason: 'unknownDeposit' },
    ]);
    // P2 has no Type II multiplier: every total counts direct and indirect jobs only.
    expect(result.detail.totalIncludes).toEqual(['direct', 'indirect']);
    expect(result.notes).toEqual(
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
    const result = together();
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
    expect(result.detail.rows).toEqual([
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
    const result = together();
    // 2031: Kəlbəcər (600) + Laçın (>= 2,000): direct >= 2,600, no maximum; indirect >= 250 +
    // 1,000 = 1,250; total >= 850 + 3,000 = 3,850; local not estimated (P3 has no share).
    // 2032: direct >= 100 + 2,000 = 2,100; indirect >= 50 + 1,000 = 1,050; total >= 3,150.
    expect(
      result.detail.byYear.map((y) => [y.year, y.projectionIds, y.figures.direct, y.figures.total]),
    ).toEqual([
      [2030, ['p1'], range(500, 500, 500), range(700, 900, 1100)],
      [2031, ['p1', 'p2', 'p3'], bounds(2600), bounds(3850)],
      [2032, ['p2', 'p3'], bounds(2100), bounds(3150)],
    ]);
    // Peak: the largest minimum of each year: direct 2,600; indirect 1,250; total 3,850.
    expect(result.detail.peak).toEqual({
      direct: bounds(2600),
      indirect: bounds(1250),
      induced: { kind: 'notEstimated', missing: 'typeII' },
      total: bounds(3850),
      local: { kind: 'notEstimated', missing: 'localHireShare' },
    });
  });

  it('presents one result: the peak total, a row per district, year and component and per year', () => {
    const result = together();
    expect(IndicatorResultSchema.safeParse(result).success).toBe(true);
    checkReasons(result);
    // The headline is the peak total, at least 3,850: bounds, no value.
    expect(result).toMatchObject({
      indicatorId: 'jobs.jobsInTerritories',
      unit: 'count',
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 3850 },
      standards: ['GRI 203-2'],
      sourceIds: ['src-io', 'src-io-2', 'src-plan'],
    });
    expect(result.keys).toBeUndefined();
    expect(componentRows(result, 'total').map((r) => [r.keys, r.value])).toEqual([
      [{ district: 'AZ-KAL', year: '2030', component: 'total' }, 900],
      [{ district: 'AZ-KAL', year: '2031', component: 'total' }, 1100],
      [{ district: 'AZ-KAL', year: '2032', component: 'total' }, 200],
      [{ district: 'AZ-LAC', year: '2031', component: 'total' }, null],
      [{ district: 'AZ-LAC', year: '2032', component: 'total' }, null],
      [{ year: '2030', component: 'total' }, 900],
      [{ year: '2031', component: 'total' }, null],
      [{ year: '2032', component: 'total' }, null],
    ]);
    expect(componentRows(result, 'total')[0]).toEqual({
      keys: { district: 'AZ-KAL', year: '2030', component: 'total' },
      label: 'Kəlbəcər 2030 total',
      value: 900,
      range: { low: 700, central: 900, high: 1100 },
    });
    // Five rows per district and year (5) and per year (3): 8 × 5 = 40.
    expect(result.breakdown).toHaveLength(40);
    // Induced jobs at the peak are not estimated (P2 has no Type II): MISSING_DATA in the rows.
    expect(result.detail.peak?.induced).toEqual({ kind: 'notEstimated', missing: 'typeII' });
    expect(componentRows(result, 'induced').at(-1)).toEqual({
      keys: { year: '2032', component: 'induced' },
      label: '2032 induced',
      value: null,
      reason: 'MISSING_DATA',
    });
    expect(result.definitions).toMatchObject({
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
    const counted = jobsInTerritories(
      { projections: [orphan, outside, p2, p1], deposits },
      { gazetteer: g, territoryIds: ['AZ-KAL', 'AZ-LAC'] },
    );
    expect(counted.detail.excluded).toEqual([
      { projectionId: 'p4', reason: 'outsideTerritories' },
      { projectionId: 'p5', reason: 'unknownDeposit' },
    ]);
    // The first note says the figures are projected (GRI 203-2), never jobs created.
    expect(counted.notes.slice(0, 3)).toEqual([
      'Projected jobs: estimates of the employment a development is expected to support (GRI 203-2, significant indirect economic impacts), not jobs created or counted.',
      'Permanent operations jobs of the projections whose deposit lies in the territories (AZ-KAL, AZ-LAC), by the district of the deposit; construction job-years are temporary and never added.',
      'Indirect and induced jobs are shown in the district of the deposit, but they arise wherever the suppliers and the spending of wages are.',
    ]);
    expect(counted.notes.filter((note) => note.startsWith('Projection '))).toEqual([
      'Projection p4 is left out: its deposit lies outside the territories.',
      'Projection p5 is left out: its deposit is not among the deposits given.',
    ]);
    expect(counted.definitions).toMatchObject({
      territoryIds: ['AZ-KAL', 'AZ-LAC'],
      throughYear: null,
      totalIncludes: ['direct', 'indirect'],
    });
  });

  it('keeps the figures of projectEmployment for a single projection', () => {
    const single = jobsInTerritories(
      { projections: [p1], deposits },
      { gazetteer: g, territoryIds: ['AZ-KAL'] },
    );
    const [operations] = projectEmployment(p1);
    // Every projection estimates direct, indirect and induced jobs: nothing is restricted.
    expect(single.detail.totalIncludes).toEqual(['direct', 'indirect', 'induced']);
    expect(single.detail.rows.map((r) => r.figures)).toEqual(
      operations?.detail.years.map((y) => y.figures),
    );
    expect(single.detail.peak).toEqual(operations?.detail.headline);
    // total = Type II × 500 = 1,000, 1,250, 1,500.
    expect(single.value).toBe(1250);
    expect(single.range).toEqual({ low: 1000, central: 1250, high: 1500 });
  });

  it('counts direct jobs only when a projection has no multipliers, and a region as unknown district', () => {
    const plain = projection({
      id: 'p7',
      depositId: 'dep-region',
      phases: [{ phase: 'operations', startYear: 2030, endYear: 2030, directJobs: 40 }],
      localHireShare: 0.5,
    });
    const result = jobsInTerritories(
      {
        projections: [p1, plain],
        deposits: [...deposits, deposit('dep-region', 'az-er-karabakh')],
      },
      { gazetteer: g, territoryIds: ['AZ-KAL', 'az-er-karabakh'] },
    );
    // P7 has no multipliers: every total is direct jobs only. 2030: P1 500 in Kəlbəcər, P7 40 in
    // the Karabakh region itself (district unknown, last). Totals: 500 and 40 (direct);
    // local 500 × 0.8 = 400 and 40 × 0.5 = 20.
    expect(result.detail.totalIncludes).toEqual(['direct']);
    expect(
      result.detail.rows.map((r) => [r.districtId, r.year, r.figures.total, r.figures.local]),
    ).toEqual([
      ['AZ-KAL', 2030, range(500, 500, 500), range(400, 400, 400)],
      ['AZ-KAL', 2031, range(500, 500, 500), range(400, 400, 400)],
      ['unknown', 2030, range(40, 40, 40), range(20, 20, 20)],
    ]);
    expect(componentRows(result, 'total')[2]?.keys).toEqual({
      district: 'unknown',
      year: '2030',
      component: 'total',
    });
    // 2030 together: indirect not estimated (P7 has no multipliers); total 500 + 40 = 540.
    expect(result.detail.byYear[0]?.figures.indirect).toEqual({
      kind: 'notEstimated',
      missing: 'multipliers',
    });
    expect(result.detail.byYear[0]?.figures.total).toEqual(range(540, 540, 540));
    expect(result.definitions.projections).toEqual([
      expect.objectContaining({ projectionId: 'p1', districtId: 'AZ-KAL' }),
      expect.objectContaining({ projectionId: 'p7', districtId: 'unknown' }),
    ]);
  });

  it('counts a whole region and leaves out construction-only projections', () => {
    const region = jobsInTerritories(
      { projections: [p1, building], deposits },
      { gazetteer: g, territoryIds: ['az-er-eastern-zangazur', 'AZ-BAL'] },
    );
    expect(region.detail.projectionIds).toEqual(['p1']);
    expect(region.detail.excluded).toEqual([{ projectionId: 'p6', reason: 'noOperations' }]);
    expect(region.notes).toContain(
      'Projection p6 is left out: it has no operations year in the table.',
    );
  });

  it('gives a missing result when no projection lies in the territories: the reference case', () => {
    // AzerGold's one projection is for Filizçay, in Balakən: outside the liberated territories.
    const none = jobsInTerritories(
      { projections: azergoldDataset.projections, deposits: azergoldDataset.deposits },
      { gazetteer: azGazetteer, territoryIds: liberatedTerritoryIds },
    );
    expect(none.detail.rows).toEqual([]);
    expect(none.detail.peak).toBeNull();
    expect(none.detail.totalIncludes).toEqual([]);
    expect(none.detail.excluded).toEqual([
      { projectionId: 'proj-filizcay', reason: 'outsideTerritories' },
    ]);
    expect(none).toMatchObject({ value: null, reason: 'MISSING_DATA', breakdown: [] });
    expect(none.notes).toContain('No projection has permanent operations jobs in the territories.');
    // In Balakən: more than 1000 vacancies = at least 1,001 direct jobs, Type I 3 to 6:
    // total >= 3 × 1,001 = 3,003, no maximum, each year 2025-2075 (51 years).
    const balaken = jobsInTerritories(
      { projections: azergoldDataset.projections, deposits: azergoldDataset.deposits },
      { gazetteer: azGazetteer, territoryIds: ['AZ-BAL'] },
    );
    expect(balaken.detail.rows).toHaveLength(51);
    expect(balaken.detail.peak?.direct).toEqual(bounds(1001, 'more than 1000 new vacancies'));
    expect(balaken.detail.peak?.total).toEqual(bounds(3003));
    expect(balaken).toMatchObject({ value: null, reason: 'BOUNDED', bounds: { min: 3003 } });
  });

  it('reads the projections and deposits once from any iterables', () => {
    const fromSets = jobsInTerritories(
      { projections: new Set([p3, outside, p2, orphan, p1]), deposits: new Set(deposits) },
      { gazetteer: g, territoryIds: liberatedTerritoryIds, throughYear: 2032 },
    );
    expect(fromSets).toEqual(together());
  });

  it('rejects unknown territories, two scenarios of one deposit and duplicate ids', () => {
    const options = { gazetteer: g, territoryIds: ['AZ-KAL'] };
    expect(() =>
      jobsInTerritories(
        { projections: [p1], deposits },
        { gazetteer: g, territoryIds: ['AZ-XYZ'] },
      ),
    ).toThrow('territory "AZ-XYZ" is not in the gazetteer');
    expect(() =>
      jobsInTerritories(
        { projections: [p1], deposits },
        { gazetteer: g, territoryIds: 'AZ-KAL' as unknown as string[] },
      ),
    ).toThrow('territoryIds must be an array of location ids');
    const alternative = projection({
      ...p1,
      id: 'p1-low',
      scenario: { label: 'Low', kind: 'assumed' },
    });
    expect(() => jobsInTerritories({ projections: [p1, alternative], deposits }, options)).toThrow(
      'projections p1 and p1-low both concern deposit dep-kal: they are alternative scenarios, pass one',
    );
    // Outside the territories, two scenarios of one deposit do no harm.
    expect(
      jobsInTerritories(
        { projections: [p1, alternative], deposits },
        { gazetteer: g, territoryIds: ['AZ-LAC'] },
      ).detail.excluded,
    ).toHaveLength(2);
    expect(() => jobsInTerritories({ projections: [p1, p1], deposits }, options)).toThrow(
      'projections: p1 appears twice',
    );
    expect(() =>
      jobsInTerritories(
        { projections: [p1], deposits: [deposits[0], deposits[0]] as Deposit[] },
        options,
      ),
    ).toThrow('deposits: dep-kal appears twice');
    expect(() =>
      jobsInTerritories({ projections: {} as unknown as JobProjection[], deposits }, options),
    ).toThrow('projections must be an iterable');
    expect(() =>
      jobsInTerritories(
        { projections: [{ ...p1, phases: [] } as JobProjection], deposits },
        options,
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: expect.stringContaining('projections[0].phases'),
      }),
    );
    expect(() =>
      jobsInTerritories({ projections: [p1], deposits }, { ...options, throughYear: 1800 }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() =>
      jobsInTerritories({ projections: [p1], deposits }, { ...options, gazetteer: {} as typeof g }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
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
      const options = { gazetteer: g, territoryIds: liberatedTerritoryIds };
      const result = jobsInTerritories({ projections: list, deposits: depositList }, options);
      const reversed = jobsInTerritories(
        { projections: [...list].reverse(), deposits: [...depositList].reverse() },
        options,
      );
      expect(reversed).toEqual(result);
      checkReasons(result);
      const low = (f: JobsFigure): number =>
        f.kind === 'range' ? f.range.low : f.kind === 'bounds' ? (f.bounds.min ?? 0) : 0;
      const sets: JobsFigures[] = [
        ...result.detail.rows.map((r) => r.figures),
        ...result.detail.byYear.map((y) => y.figures),
      ];
      for (const figures of sets) {
        for (const figure of COMPONENTS.map((c) => figures[c])) {
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

describe('jobsInTerritoriesIndicator', () => {
  it('has a valid, frozen catalog entry keyed by district, year and component', () => {
    const { entry } = jobsInTerritoriesIndicator;
    expect(IndicatorCatalogEntrySchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({
      id: 'jobs.jobsInTerritories',
      family: 'jobs',
      functionName: 'jobsInTerritories',
      unit: 'count',
      results: 'one',
      dimensions: ['district', 'year', 'component'],
      // Projections illustrate GRI 203-2; IRIS+ PI3687 counts jobs created and is not claimed.
      standards: ['GRI 203-2'],
    });
    expect(Object.isFrozen(entry)).toBe(true);
    expect(jobsInTerritoriesIndicator.compute).toBe(jobsInTerritories);
    expect(typeof (jobs as Record<string, unknown>)[entry.functionName]).toBe('function');
  });

  it('counts the dataset projections in the report territories', () => {
    // The base dataset's proj-hill-2 is for dep-hill in XX-D1: operations 2028-2045 with
    // "hundreds" (200 to 999) direct jobs and Type I 1.2 to 1.6, so the peak total is at least
    // 1.2 × 200 = 240 and at most 1.6 × 999 = 1,598.4, every year from 2028 to 2045 (18 years).
    const outcome = jobsInTerritoriesIndicator.fromDataset(
      indicatorContextOf(baseDataset(), { territoryIds: ['XX-D1'] }),
    );
    const [result] = outcome as readonly TerritoryJobs[];
    expect(result).toMatchObject({
      indicatorId: 'jobs.jobsInTerritories',
      value: null,
      reason: 'BOUNDED',
      bounds: { min: 240, max: 1598.4 },
    });
    expect(result?.detail.projectionIds).toEqual(['proj-hill-2']);
    expect(result?.detail.rows).toHaveLength(18);
    expect(result?.detail.rows[0]?.districtId).toBe('XX-D1');
  });

  it('is not applicable when the report names no territories', () => {
    expect(jobsInTerritoriesIndicator.fromDataset(indicatorContextOf(baseDataset()))).toEqual({
      status: 'notApplicable',
      detail: 'The report names no territories.',
    });
  });

  it('says the data is absent when the dataset has no projections', () => {
    const dataset = { ...baseDataset(), projections: [] };
    expect(
      jobsInTerritoriesIndicator.fromDataset(
        indicatorContextOf(dataset, { territoryIds: ['XX-D1'] }),
      ),
    ).toEqual({ status: 'dataAbsent', detail: 'The dataset has no job projections.' });
  });
});
