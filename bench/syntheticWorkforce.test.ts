import { describe, expect, it } from 'vitest';
import {
  type Employee,
  EmployeeSchema,
  economicRegionOf,
  isEmployee,
  SocialProgramSchema,
  summarizeWorkforce,
} from '../src/index.js';
import { handWrittenGuard } from './handWrittenGuard.js';
import { handWrittenSummary } from './handWrittenSummary.js';
import {
  AS_OF,
  CSV_HEADER,
  csvLine,
  EMPLOYEE_COLUMNS,
  syntheticEmployees,
  syntheticPrograms,
  syntheticWorld,
} from './syntheticWorkforce.js';

const world = syntheticWorld();
const employees = (seed: number, count: number, invalidShare = 0) => [
  ...syntheticEmployees(world, { seed, count, invalidShare }),
];

describe('syntheticEmployees', () => {
  it('gives the same records for the same seed, and others for another seed', () => {
    expect(employees(7, 300)).toEqual(employees(7, 300));
    expect(employees(8, 300)).not.toEqual(employees(7, 300));
    // A file of n records is the first n records of a larger one.
    expect(employees(7, 1000).slice(0, 300)).toEqual(employees(7, 300));
  });

  it('makes valid records only, unless asked for invalid ones', () => {
    for (const record of employees(1, 5000)) {
      expect(EmployeeSchema.safeParse(record).success, JSON.stringify(record)).toBe(true);
      expect(isEmployee(record)).toBe(true);
    }
  });

  it('makes about the share of invalid records asked for, which the hand-written guard rejects as zod does', () => {
    const records = employees(2, 10_000, 0.05);
    let rejected = 0;
    for (const record of records) {
      const valid = EmployeeSchema.safeParse(record).success;
      expect(handWrittenGuard(record), JSON.stringify(record)).toBe(valid);
      if (!valid) rejected++;
    }
    // 5 % of 10,000 is 500; a seeded draw lands near it.
    expect(rejected).toBeGreaterThan(400);
    expect(rejected).toBeLessThan(600);
  });

  it('draws most people from the Ganja-Dashkasan region, some from Baku, some from unknown places', () => {
    const records = employees(3, 20_000);
    const count = (test: (home: string) => boolean): number =>
      records.filter((r) => test(r.homeLocationId as string)).length;
    const ganjaDashkasan = count(
      (home) => economicRegionOf(world.gazetteer, home)?.id === 'az-er-ganja-dashkasan',
    );
    const baku = count((home) => home === 'AZ-BA');
    const unknown = count((home) => !world.gazetteer.byId.has(home));
    const villages = count((home) => home.startsWith('v-') && world.gazetteer.byId.has(home));
    // Weights: 64 % Ganja-Dashkasan (region-level ids included), 14 % Baku, 5 % unlisted.
    expect(ganjaDashkasan / records.length).toBeGreaterThan(0.6);
    expect(baku / records.length).toBeGreaterThan(0.12);
    expect(baku / records.length).toBeLessThan(0.16);
    expect(unknown / records.length).toBeGreaterThan(0.04);
    expect(villages).toBeGreaterThan(0);
    expect(records.some((r) => r.terminationDate !== undefined)).toBe(true);
    expect(new Set(records.map((r) => (r.hireDate as string).slice(0, 4))).size).toBe(19);
  });

  it('writes CSV lines with one cell per column', () => {
    const [record] = employees(4, 1);
    expect(CSV_HEADER.split(',')).toEqual([...EMPLOYEE_COLUMNS]);
    expect(csvLine(record ?? {}).split(',')).toHaveLength(EMPLOYEE_COLUMNS.length);
  });
});

describe('the hand-written baselines', () => {
  it('count what summarizeWorkforce counts', () => {
    const records = employees(5, 20_000);
    const summary = summarizeWorkforce(records as unknown as Employee[], {
      asOf: AS_OF,
      gazetteer: world.gazetteer,
      sites: world.sites,
      localityPolicy: { kind: 'sameDistrict' },
      includeContractors: true,
    });
    const counts = handWrittenSummary(records, world.gazetteer, world.sites, AS_OF, true);
    expect(counts).toEqual({
      headcount: summary.headcount,
      byGender: summary.byGender,
      byCategory: summary.byCategory,
      byAgeBand: summary.byAgeBand,
      byEngagement: summary.byEngagement,
      byOrigin: summary.byOrigin,
      byEconomicRegion: summary.byEconomicRegion,
      fromRegions: summary.fromRegions,
      fromCapital: summary.fromCapital,
      originUnknown: summary.originUnknown,
      fromRemoteVillages: summary.fromRemoteVillages,
      local: summary.local,
      nonLocal: summary.nonLocal,
      localityUnknown: summary.localityUnknown,
    });
    // Every bucket is exercised.
    expect(counts.fromCapital).toBeGreaterThan(0);
    expect(counts.originUnknown).toBeGreaterThan(0);
    expect(counts.fromRemoteVillages).toBeGreaterThan(0);
    expect(counts.local).toBeGreaterThan(0);
    expect(counts.nonLocal).toBeGreaterThan(0);
  });
});

describe('syntheticPrograms', () => {
  it('makes valid social programs, the same for the same seed', () => {
    const programs = [...syntheticPrograms(world, { seed: 6, count: 500 })];
    for (const program of programs) {
      expect(SocialProgramSchema.safeParse(program).success, JSON.stringify(program)).toBe(true);
    }
    expect([...syntheticPrograms(world, { seed: 6, count: 500 })]).toEqual(programs);
    expect(programs.some((p) => p.status === 'implementation')).toBe(true);
  });
});
