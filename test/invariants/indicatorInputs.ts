// Generated datasets for the invariants of every registered indicator: each scenario becomes a
// dataset and the context a report would build from it (with or without a locality policy, an
// exchange-rate table and territories), and every definition of the registry runs on it.
import { fc } from '@fast-check/vitest';
import { isImpactError } from '../../src/core/ImpactError.js';
import type { LocationId } from '../../src/core/ids.js';
import type { Period } from '../../src/core/period.js';
import type { IndicatorDefinition } from '../../src/indicators/contract/defineIndicator.js';
import type { IndicatorContext } from '../../src/indicators/contract/indicatorContext.js';
import type { IndicatorResult } from '../../src/indicators/contract/indicatorResult.js';
import { datasetContextOf as indicatorContextOf } from '../../src/indicators/datasetContextOf.js';
import { indicatorRegistry } from '../../src/indicators/indicatorRegistry.js';
import { summarizeWorkforce } from '../../src/indicators/workforce/summarizeWorkforce.js';
import { type ClosurePlan, ClosurePlanSchema } from '../../src/model/closurePlan.js';
import {
  type CommunityAssessment,
  CommunityAssessmentSchema,
} from '../../src/model/communityAssessment.js';
import { countCanFit } from '../../src/model/countCanFit.js';
import { type Deposit, DepositSchema } from '../../src/model/deposit.js';
import type { Employee } from '../../src/model/employee.js';
import { type GrievanceRecord, GrievanceRecordSchema } from '../../src/model/grievanceRecord.js';
import { ImpactDatasetSchema } from '../../src/model/impactDataset.js';
import { type JobProjection, JobProjectionSchema } from '../../src/model/jobProjection.js';
import { type LandRecord, LandRecordSchema } from '../../src/model/landRecord.js';
import type { LocalityPolicy } from '../../src/model/localityPolicy.js';
import { type ProductionRecord, ProductionRecordSchema } from '../../src/model/productionRecord.js';
import { type SafetyRecord, SafetyRecordSchema } from '../../src/model/safetyRecord.js';
import { type Site, SiteSchema } from '../../src/model/site.js';
import { type SocialProgram, SocialProgramSchema } from '../../src/model/socialProgram.js';
import { type WorkforceSummary, WorkforceSummarySchema } from '../../src/model/workforceSummary.js';
import { employeeRecord, isoDate, sitedEmployeeRecord } from '../fixtures/arbitraries.js';
import { originGazetteer, originSites } from '../fixtures/workforceOrigins2025.js';

/** A count as published: exact, or bounds with a minimum, a maximum or both. */
export const publishedCount = fc.oneof(
  fc.integer({ min: 0, max: 5000 }),
  fc
    .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.boolean())
    .map(([a, b, withMax]) =>
      withMax ? { min: Math.min(a, b), max: Math.max(a, b) } : { min: Math.min(a, b) },
    ),
  fc.integer({ min: 0, max: 5000 }).map((max) => ({ max })),
);

const closedPeriod = fc
  .tuple(isoDate, isoDate)
  .map(([a, b]): Period => (a <= b ? { start: a, end: b } : { start: b, end: a }));

const program = fc
  .record({
    category: fc.constantFrom('education', 'sportsAndHealth', 'infrastructure'),
    sdgs: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }),
    obligation: fc.constantFrom('voluntary', 'mandatory'),
    form: fc.constantFrom('cash', 'inKind', 'mixed'),
    spend: fc.array(
      fc.record({
        date: isoDate,
        value: fc.record({
          amountMinor: fc.integer({ min: -1_000_000, max: 100_000_000 }),
          currency: fc.constantFrom('AZN', 'USD'),
        }),
        kind: fc.constantFrom('commitment', 'disbursement', 'expenditure'),
      }),
      { maxLength: 4 },
    ),
    beneficiaries: fc.option(
      fc.record({
        count: publishedCount,
        unit: fc.constantFrom('person', 'household'),
        estimated: fc.boolean(),
      }),
      { nil: undefined },
    ),
    places: fc.oneof(
      fc.constantFrom('AZ-DAS', 'AZ-GYG', 'AZ-BA', 'AZ-KAL').map((locationId) => [{ locationId }]),
      // Two places sharing the program: p and 100 − p percent, with up to two decimals.
      fc.integer({ min: 0, max: 10_000 }).map((bp) => [
        { locationId: 'AZ-DAS', percentage: bp / 100 },
        { locationId: 'AZ-GAD', percentage: (10_000 - bp) / 100 },
      ]),
    ),
    result: fc.record({
      measure: fc.constantFrom('unit', 'percentage', 'qualitative'),
      baseline: fc.option(fc.integer({ min: -100, max: 100 }), { nil: undefined }),
      target: fc.option(fc.integer({ min: -100, max: 1000 }), { nil: undefined }),
      actual: fc.option(fc.integer({ min: -100, max: 1000 }), { nil: undefined }),
    }),
  })
  .map(
    ({ beneficiaries, result, places, ...rest }): Omit<SocialProgram, 'id'> =>
      SocialProgramSchema.omit({ id: true }).parse({
        title: 'A program',
        status: 'implementation',
        period: { start: '2015-01-01' },
        locations: places,
        participants: [{ organizationId: 'ngo-1', role: 'implementing' }],
        ...(beneficiaries === undefined ? {} : { beneficiaries }),
        results: [
          {
            title: 'A result',
            period: { start: '2024-01-01' },
            ...Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)),
            ...(result.measure === 'qualitative'
              ? { baseline: undefined, target: undefined, actual: undefined }
              : {}),
          },
        ],
        sourceIds: ['src-1'],
        ...rest,
      }) as Omit<SocialProgram, 'id'>,
  );

const programs = fc
  .array(program, { maxLength: 5 })
  .map((list): SocialProgram[] => list.map((p, i) => ({ ...p, id: `p-${i}` }) as SocialProgram));

const sitesAndAssessments = fc
  .tuple(
    fc.array(fc.constantFrom('mine', 'processingPlant', 'office', 'explorationCamp'), {
      maxLength: 5,
    }),
    fc.array(
      fc.record({
        site: fc.nat({ max: 5 }),
        asOf: isoDate,
        elements: fc.uniqueArray(
          fc.constantFrom('socialImpactAssessment', 'publicDisclosure', 'grievanceProcess'),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([kinds, raw]): [Site[], CommunityAssessment[]] => [
    kinds.map((kind, i) =>
      SiteSchema.parse({
        id: `s-${i}`,
        name: `Site ${i}`,
        kind,
        companyId: 'miner',
        locationId: 'XX-D1',
        depositIds: [],
      }),
    ),
    raw.map((a) =>
      CommunityAssessmentSchema.parse({
        siteId: `s-${a.site}`,
        asOf: a.asOf,
        elements: a.elements,
        sourceIds: ['src-1'],
      }),
    ),
  ]);

const production = fc
  .uniqueArray(
    fc.record({
      year: fc.integer({ min: 2015, max: 2024 }),
      commodity: fc.constantFrom('gold', 'silver'),
      site: fc.constantFrom(undefined, 'site-a', 'site-b'),
      // 0 or a plausible mass: a year of 1e-311 t makes the change on it overflow, which
      // productionSummary documents as INVALID_NUMBER.
      value: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e6, noNaN: true })),
      unit: fc.constantFrom('t', 'kg', 'ozt'),
    }),
    { selector: (r) => `${r.year}|${r.commodity}|${r.site}`, maxLength: 8 },
  )
  .map((list): ProductionRecord[] =>
    list.map((r) =>
      ProductionRecordSchema.parse({
        ...(r.site === undefined ? {} : { siteId: r.site }),
        year: r.year,
        commodity: r.commodity,
        quantity: { value: r.value, unit: r.unit },
        sourceIds: ['src-1'],
      }),
    ),
  );

const deposits = fc
  .array(
    fc.array(
      fc.record({
        category: fc.constantFrom('measured', 'indicated', 'inferred', 'proved', 'probable'),
        effectiveDate: isoDate,
        ore: fc.double({ min: 0, max: 1e8, noNaN: true }),
        grade: fc.oneof(
          fc.record({
            value: fc.double({ min: 0, max: 30, noNaN: true }),
            unit: fc.constant('g/t'),
          }),
          fc.record({
            value: fc.double({ min: 0, max: 100, noNaN: true }),
            unit: fc.constant('%'),
          }),
        ),
      }),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((list): Deposit[] =>
    list.map((estimates, i) =>
      DepositSchema.parse({
        id: `d-${i}`,
        name: `Deposit ${i}`,
        locationId: ['AZ-DAS', 'AZ-KAL', 'AZ-GAD'][i % 3],
        commodities: ['gold'],
        stage: 'production',
        estimates: estimates.map((e) => ({
          reportingCode: 'JORC',
          effectiveDate: e.effectiveDate,
          category: e.category,
          commodity: 'gold',
          ore: { value: e.ore, unit: 't' },
          grade: e.grade,
          sourceId: 'src-1',
        })),
      }),
    ),
  );

/** A multiplier range in hundredths: low <= central <= high, at least 1.00. */
const typeIHundredths = fc
  .tuple(
    fc.integer({ min: 100, max: 300 }),
    fc.integer({ min: 100, max: 300 }),
    fc.integer({ min: 100, max: 300 }),
  )
  .map((xs) => xs.sort((a, b) => a - b))
  .map(([low, central, high]) => ({
    low: low as number,
    central: central as number,
    high: high as number,
  }));

export const projection = fc
  .record({
    phases: fc.array(
      fc.record({
        phase: fc.constantFrom('construction', 'operations'),
        startYear: fc.integer({ min: 2025, max: 2040 }),
        length: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        directJobs: publishedCount,
      }),
      { minLength: 1, maxLength: 3 },
    ),
    typeI: fc.option(typeIHundredths, { nil: undefined }),
    extra: fc.integer({ min: 0, max: 100 }),
    localHireShare: fc.option(
      fc.oneof(
        fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
        fc.integer({ min: 0, max: 100 }).map((p) => ({ min: p / 100 })),
      ),
      { nil: undefined },
    ),
  })
  .map(
    ({ phases, typeI: t1, extra, localHireShare }): JobProjection =>
      JobProjectionSchema.parse({
        id: 'proj-1',
        depositId: 'd-0',
        scenario: { label: 'Scenario', kind: 'assumed' },
        phases: phases.map(({ length, ...p }) => ({
          ...p,
          ...(length === undefined ? {} : { endYear: p.startYear + length }),
        })),
        ...(localHireShare === undefined ? {} : { localHireShare }),
        ...(t1 === undefined
          ? {}
          : {
              multipliers: {
                typeI: { low: t1.low / 100, central: t1.central / 100, high: t1.high / 100 },
                // Type II = Type I + the same extra at each estimate, in exact hundredths: never
                // below Type I, and the induced spread does not shrink from low to high.
                typeII: {
                  low: (t1.low + extra) / 100,
                  central: (t1.central + extra) / 100,
                  high: (t1.high + extra) / 100,
                },
                sourceId: 'src-1',
              },
            }),
        sourceIds: ['src-1'],
      }),
  );

/** Safety records of one group of workers over a year: any count exact or bounded, hours 0 included. */
const safetyRecords = fc
  .array(
    fc.record({
      year: fc.integer({ min: 2015, max: 2024 }),
      site: fc.constantFrom(undefined, 's-0', 's-1'),
      workers: fc.constantFrom('employees', 'nonEmployees'),
      hoursWorked: fc.option(
        fc.oneof(fc.constant(0), publishedCount, fc.integer({ min: 0, max: 5e6 })),
        { nil: undefined },
      ),
      counts: fc.array(fc.option(publishedCount, { nil: undefined }), {
        minLength: 6,
        maxLength: 6,
      }),
    }),
    { maxLength: 6 },
  )
  .map((list): SafetyRecord[] =>
    list.map((r) => {
      const [
        fatalities,
        highConsequenceInjuries,
        recordableInjuries,
        lostTimeInjuries,
        nearMisses,
        occupationalIllnesses,
      ] = r.counts;
      const counts = {
        fatalities,
        highConsequenceInjuries,
        recordableInjuries,
        lostTimeInjuries,
        nearMisses,
        occupationalIllnesses,
      };
      return SafetyRecordSchema.parse({
        ...(r.site === undefined ? {} : { siteId: r.site }),
        period: { start: `${r.year}-01-01`, end: `${r.year}-12-31` },
        workers: r.workers,
        ...(r.hoursWorked === undefined ? {} : { hoursWorked: r.hoursWorked }),
        ...Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== undefined)),
        sourceIds: ['src-1'],
      });
    }),
  );

/** Grievance records whose resolved grievances can be among those received. */
const grievanceRecords = fc
  .array(
    fc
      .record({
        year: fc.integer({ min: 2015, max: 2024 }),
        site: fc.constantFrom(undefined, 's-0', 's-1'),
        received: publishedCount,
        resolved: fc.option(publishedCount, { nil: undefined }),
        open: fc.option(publishedCount, { nil: undefined }),
      })
      .filter((r) => countCanFit(r.resolved, r.received)),
    { maxLength: 5 },
  )
  .map((list): GrievanceRecord[] =>
    list.map(({ year, site, ...r }) =>
      GrievanceRecordSchema.parse({
        ...(site === undefined ? {} : { siteId: site }),
        period: { start: `${year}-01-01`, end: `${year}-12-31` },
        ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
        sourceIds: ['src-1'],
      }),
    ),
  );

/** Land records: rehabilitated a part of disturbed, areas in ha or km², dates full or partial. */
const landRecords = fc
  .array(
    fc.record({
      asOf: fc.oneof(isoDate, fc.integer({ min: 2015, max: 2024 }).map(String)),
      place: fc.constantFrom({ siteId: 's-0' }, { siteId: 's-1' }, { depositId: 'd-0' }, {}),
      areaUnit: fc.constantFrom('ha', 'km2'),
      disturbed: fc.option(
        fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100),
        { nil: undefined },
      ),
      part: fc.integer({ min: 0, max: 100 }),
      cleared: fc.option(
        fc.integer({ min: 0, max: 100_000 }).map((x) => x / 100),
        { nil: undefined },
      ),
      households: fc.option(publishedCount, { nil: undefined }),
    }),
    { maxLength: 5 },
  )
  .map((list): LandRecord[] =>
    list.map((r) =>
      LandRecordSchema.parse({
        ...r.place,
        asOf: r.asOf,
        areaUnit: r.areaUnit,
        ...(r.disturbed === undefined
          ? {}
          : { disturbed: r.disturbed, rehabilitated: Math.floor(r.disturbed * r.part) / 100 }),
        ...(r.cleared === undefined ? {} : { cleared: r.cleared }),
        ...(r.households === undefined ? {} : { householdsPhysicallyDisplaced: r.households }),
        sourceIds: ['src-1'],
      }),
    ),
  );

/** Closure records of the generated sites, provisions in one or two currencies. */
const closurePlans = fc
  .array(
    fc.record({
      site: fc.nat({ max: 5 }),
      asOf: isoDate,
      hasPlan: fc.boolean(),
      provision: fc.option(
        fc.record({
          amountMinor: fc.integer({ min: 0, max: 1e12 }),
          currency: fc.constantFrom('AZN', 'USD'),
        }),
        { nil: undefined },
      ),
    }),
    { maxLength: 5 },
  )
  .map((list): ClosurePlan[] =>
    list.map(({ site, provision, ...r }) =>
      ClosurePlanSchema.parse({
        siteId: `s-${site}`,
        ...r,
        ...(provision === undefined ? {} : { provision }),
        sourceIds: ['src-1'],
      }),
    ),
  );

/** Inputs for every indicator. */
export const scenario = fc.record({
  employees: fc.array(employeeRecord, { maxLength: 30 }) as fc.Arbitrary<Employee[]>,
  sitedEmployees: fc.array(sitedEmployeeRecord, { maxLength: 30 }) as fc.Arbitrary<Employee[]>,
  localityPolicy: fc.constantFrom<LocalityPolicy | undefined>(
    undefined,
    { kind: 'sameDistrict' },
    { kind: 'sameEconomicRegion' },
    { kind: 'listedLocations', locationIds: ['AZ-DAS', 'AZ-GYG'] as LocationId[] },
    { kind: 'outsideCapital', capitalIds: [] },
  ),
  withFx: fc.boolean(),
  withRecords: fc.boolean(),
  withTerritories: fc.boolean(),
  includeContractors: fc.boolean(),
  period: closedPeriod,
  asOf: isoDate,
  byEngagement: fc.record({ employee: publishedCount, contractor: publishedCount }),
  programs,
  sitesAndAssessments,
  production,
  deposits,
  projection,
  safety: safetyRecords,
  grievances: grievanceRecords,
  land: landRecords,
  closure: closurePlans,
});

export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The workforce summary of the generated records, on the origin gazetteer and sites. */
export function summaryOf(s: Scenario): WorkforceSummary {
  return summarizeWorkforce(s.sitedEmployees, {
    asOf: s.asOf,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: s.localityPolicy ?? { kind: 'sameDistrict' },
    includeContractors: s.includeContractors,
    companyId: 'miner',
  });
}

/** A published summary of the scenario: bounds by engagement, the headcount unknown above. */
function publishedSummary(s: Scenario): WorkforceSummary {
  return WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: s.asOf,
    headcount: { min: 0 },
    byEngagement: s.byEngagement,
    sourceIds: ['src-1'],
  });
}

/**
 * The context a report would build from the scenario's dataset: its records, programs, sites,
 * assessments, production, deposits and projection, on the origin gazetteer. Records with and
 * without sites are both present; about half the scenarios have no records, so that the
 * published summary is read instead.
 */
export function contextOf(s: Scenario): IndicatorContext {
  const [sites, assessments] = s.sitesAndAssessments;
  const records = [...s.employees, ...s.sitedEmployees];
  const data = ImpactDatasetSchema.parse({
    schemaVersion: '1.0',
    company: { id: 'miner', name: 'Miner', entityType: 'registeredEntity', commodities: ['gold'] },
    sites: [...originSites, ...sites],
    deposits: s.deposits,
    employees: s.withRecords ? records : [],
    workforce: [publishedSummary(s)],
    programs: s.programs,
    assessments,
    production: s.production,
    projections: [s.projection],
    safety: s.safety,
    grievances: s.grievances,
    land: s.land,
    closure: s.closure,
  });
  return indicatorContextOf(data, {
    asOf: s.asOf,
    period: { start: s.period.start, end: s.period.end ?? s.period.start },
    localityPolicy: s.localityPolicy,
    fx: s.withFx
      ? { currency: 'AZN', rates: [{ from: 'USD', to: 'AZN', rate: '1.7', date: '2000-01-01' }] }
      : undefined,
    territoryIds: s.withTerritories ? ['AZ-KAL', 'AZ-DAS'] : undefined,
    gazetteer: originGazetteer,
  });
}

/** What one definition gave on a context: results, an absence, or the ImpactError it threw. */
export interface DefinitionRun {
  readonly definition: IndicatorDefinition;
  readonly results: readonly IndicatorResult[];
  readonly absent: boolean;
  readonly error?: Error;
}

/** Runs every registered definition on the context. */
export function runRegistry(context: IndicatorContext): DefinitionRun[] {
  return indicatorRegistry.map((definition) => {
    try {
      const outcome = definition.fromDataset(context);
      return 'status' in outcome
        ? { definition, results: [], absent: true }
        : { definition, results: outcome as readonly IndicatorResult[], absent: false };
    } catch (error) {
      if (!isImpactError(error)) throw error;
      return { definition, results: [], absent: false, error };
    }
  });
}

/** The results of every indicator on generated datasets. */
export const indicatorResults: fc.Arbitrary<IndicatorResult[]> = scenario.map((s) =>
  runRegistry(contextOf(s)).flatMap((run) => [...run.results]),
);
