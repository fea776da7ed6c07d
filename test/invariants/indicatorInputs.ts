// Generated inputs for every indicator, and the results of all indicators on them. The invariant
// tests use them to check what must hold of any result: it conforms to IndicatorResultSchema,
// holds no NaN or Infinity, and its shares lie in [0, 1].
import { fc } from '@fast-check/vitest';
import type { LocationId } from '../../src/core/ids.js';
import type { Period } from '../../src/core/period.js';
import { azGazetteer } from '../../src/data/az/index.js';
import { beneficiaryCoverage } from '../../src/indicators/community/beneficiaryCoverage.js';
import { categoryCoverage } from '../../src/indicators/community/categoryCoverage.js';
import { communityEngagementCoverage } from '../../src/indicators/community/communityEngagementCoverage.js';
import { communityInvestment } from '../../src/indicators/community/communityInvestment.js';
import { costPerBeneficiary } from '../../src/indicators/community/costPerBeneficiary.js';
import { programBeneficiaries } from '../../src/indicators/community/programBeneficiaries.js';
import { resultProgress } from '../../src/indicators/community/resultProgress.js';
import { sdgCoverage } from '../../src/indicators/community/sdgCoverage.js';
import { socialExpenditureDisclosure } from '../../src/indicators/community/socialExpenditureDisclosure.js';
import { sroi } from '../../src/indicators/community/sroi.js';
import { depositPipeline } from '../../src/indicators/deposits/depositPipeline.js';
import { productionSummary } from '../../src/indicators/deposits/productionSummary.js';
import { resourceReserveStatement } from '../../src/indicators/deposits/resourceReserveStatement.js';
import type { IndicatorResult } from '../../src/indicators/indicatorResult.js';
import { employmentResults } from '../../src/indicators/jobs/employmentResults.js';
import { jobsInTerritories } from '../../src/indicators/jobs/jobsInTerritories.js';
import { projectEmployment } from '../../src/indicators/jobs/projectEmployment.js';
import { contractorShare } from '../../src/indicators/workforce/contractorShare.js';
import { diversityComposition } from '../../src/indicators/workforce/diversityComposition.js';
import { localEmploymentShare } from '../../src/indicators/workforce/localEmploymentShare.js';
import { netEmploymentChange } from '../../src/indicators/workforce/netEmploymentChange.js';
import { newHireRate } from '../../src/indicators/workforce/newHireRate.js';
import { originConcentration } from '../../src/indicators/workforce/originConcentration.js';
import { regionalOriginShare } from '../../src/indicators/workforce/regionalOriginShare.js';
import { remoteVillageShare } from '../../src/indicators/workforce/remoteVillageShare.js';
import { seniorManagementLocalShare } from '../../src/indicators/workforce/seniorManagementLocalShare.js';
import { summarizeWorkforce } from '../../src/indicators/workforce/summarizeWorkforce.js';
import { turnoverRate } from '../../src/indicators/workforce/turnoverRate.js';
import {
  type OriginLevel,
  workforceOriginDistribution,
} from '../../src/indicators/workforce/workforceOriginDistribution.js';
import {
  type CommunityAssessment,
  CommunityAssessmentSchema,
} from '../../src/model/communityAssessment.js';
import { type Deposit, DepositSchema } from '../../src/model/deposit.js';
import type { Employee } from '../../src/model/employee.js';
import { type JobProjection, JobProjectionSchema } from '../../src/model/jobProjection.js';
import type { LocalityPolicy } from '../../src/model/localityPolicy.js';
import { type ProductionRecord, ProductionRecordSchema } from '../../src/model/productionRecord.js';
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

/** Inputs for every indicator. */
export const scenario = fc.record({
  employees: fc.array(employeeRecord, { maxLength: 30 }) as fc.Arbitrary<Employee[]>,
  sitedEmployees: fc.array(sitedEmployeeRecord, { maxLength: 30 }) as fc.Arbitrary<Employee[]>,
  localityPolicy: fc.constantFrom<LocalityPolicy>(
    { kind: 'sameDistrict' },
    { kind: 'sameEconomicRegion' },
    { kind: 'listedLocations', locationIds: ['AZ-DAS', 'AZ-GYG'] as LocationId[] },
    { kind: 'outsideCapital', capitalIds: [] },
  ),
  includeContractors: fc.boolean(),
  level: fc.constantFrom<OriginLevel>('district', 'economicRegion'),
  period: closedPeriod,
  asOf: isoDate,
  byEngagement: fc.record({ employee: publishedCount, contractor: publishedCount }),
  programs,
  sitesAndAssessments,
  production,
  deposits,
  projection,
  investment: fc.integer({ min: 0, max: 10_000_000 }),
  discountRate: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
});

export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** The workforce summary of the generated records, on the origin gazetteer and sites. */
export function summaryOf(s: Scenario): WorkforceSummary {
  return summarizeWorkforce(s.sitedEmployees, {
    asOf: s.asOf,
    gazetteer: originGazetteer,
    sites: originSites,
    localityPolicy: s.localityPolicy,
    includeContractors: s.includeContractors,
    companyId: 'miner',
  });
}

/** The result of every indicator on one scenario. */
export function resultsOf(s: Scenario): IndicatorResult[] {
  const [sites, assessments] = s.sitesAndAssessments;
  const computed = summaryOf(s);
  const summary = WorkforceSummarySchema.parse({
    companyId: 'miner',
    asOf: s.asOf,
    headcount: { min: 0 },
    byEngagement: s.byEngagement,
    sourceIds: ['src-1'],
  });
  return [
    newHireRate(s.employees, { period: s.period, breakdown: ['gender', 'ageBand'] }),
    turnoverRate(s.employees, {
      period: s.period,
      denominator: 'average',
      breakdown: ['category'],
    }),
    netEmploymentChange(s.employees, { period: s.period }).result,
    diversityComposition(s.employees, { asOf: s.asOf, includeContractors: true }),
    contractorShare(s.employees, { asOf: s.asOf }),
    contractorShare(summary),
    communityEngagementCoverage(sites, assessments, { asOf: s.asOf }),
    costPerBeneficiary(s.programs, { period: s.period }),
    programBeneficiaries(s.programs).result,
    ...s.programs.flatMap((p) => (p.results ?? []).map((r) => resultProgress(r))),
    sdgCoverage(s.programs),
    socialExpenditureDisclosure(s.programs, { period: s.period }).result,
    sroi({
      investment: { amountMinor: s.investment, currency: 'AZN' },
      outcomes: [
        {
          quantity: s.employees.length,
          financialProxy: { amountMinor: 50_000, currency: 'AZN' },
          deadweight: 0.25,
          attribution: 0.2,
          displacement: 0,
          dropOff: 0.5,
          durationYears: 5,
        },
      ],
      discountRate: s.discountRate,
    }).result,
    productionSummary(s.production),
    resourceReserveStatement(s.deposits, { commodity: 'gold', asOf: s.asOf, metalUnit: 'ozt' }),
    ...employmentResults(projectEmployment(s.projection)),
    localEmploymentShare(computed),
    regionalOriginShare(computed),
    remoteVillageShare(computed),
    contractorShare(computed),
    workforceOriginDistribution(computed, { level: s.level, gazetteer: originGazetteer }),
    originConcentration(computed, { level: s.level }),
    seniorManagementLocalShare(s.sitedEmployees, {
      asOf: s.asOf,
      gazetteer: originGazetteer,
      sites: originSites,
      localityPolicy: s.localityPolicy,
    }),
    communityInvestment(s.programs, { period: s.period, gazetteer: azGazetteer }).result,
    beneficiaryCoverage(s.programs, azGazetteer, 'AZ-DAS'),
    categoryCoverage(s.programs, { gazetteer: azGazetteer, period: s.period }).result,
    depositPipeline(s.deposits, { asOf: s.asOf, gazetteer: azGazetteer }).result,
    ...jobsInTerritories([s.projection], s.deposits, azGazetteer, ['AZ-KAL', 'AZ-DAS']).results,
  ];
}

/** The results of every indicator on generated inputs. */
export const indicatorResults: fc.Arbitrary<IndicatorResult[]> = scenario.map(resultsOf);
