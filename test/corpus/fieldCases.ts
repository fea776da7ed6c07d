// Generated cases: a wrong type at every field of every entity (and of every object nested in
// one), and every required field left out. The field tables below are written by hand from the
// schemas; corpus.test.ts checks that each table lists exactly the keys of its schema, so a new
// field cannot go untested.
//
// The expected code follows from the kind of the field (zod 4 as mapped by validateDataset):
// - a string, date, id or pattern field given the number 42: `schema.invalid_type`;
// - a number or integer field given the string "42": `schema.invalid_type`;
// - a boolean field given the string "yes": `schema.invalid_type`;
// - an array or tuple field given an object: `schema.invalid_type`;
// - an object, record or discriminated-union field given an array: `schema.invalid_type`
//   (an array is not an object for zod);
// - a closed code list or a fixed value given 42: `schema.invalid_value`;
// - a field with alternative shapes (a count, a party id, a share) given `true`:
//   `schema.invalid_union`.
// A required field that is missing gets the same code as a wrong type (zod reads the missing
// value as `undefined`, which is neither of the allowed types nor of the listed values).
import type * as z from 'zod';
import { CountBoundsSchema } from '../../src/core/count.js';
import { FxRateSchema } from '../../src/core/fxRate.js';
import { MoneySchema } from '../../src/core/money.js';
import { PeriodSchema } from '../../src/core/period.js';
import { QuantitySchema } from '../../src/core/quantity.js';
import { RangeSchema } from '../../src/core/range.js';
import { AwardSchema } from '../../src/model/award.js';
import { ClosurePlanSchema } from '../../src/model/closurePlan.js';
import { CommunityAssessmentSchema } from '../../src/model/communityAssessment.js';
import { CompanySchema } from '../../src/model/company.js';
import {
  DepositSchema,
  GradeSchema,
  LicenceSchema,
  ResourceEstimateSchema,
} from '../../src/model/deposit.js';
import { EmployeeSchema } from '../../src/model/employee.js';
import { GeoPointSchema } from '../../src/model/geoPoint.js';
import { GovernanceBodySchema } from '../../src/model/governanceBody.js';
import { GrievanceRecordSchema } from '../../src/model/grievanceRecord.js';
import { ImpactDatasetSchema } from '../../src/model/impactDataset.js';
import { JobProjectionSchema, ProjectionPhaseSchema } from '../../src/model/jobProjection.js';
import { LandRecordSchema } from '../../src/model/landRecord.js';
import { LocalizedNameSchema } from '../../src/model/localizedName.js';
import { LocationSchema, PopulationSchema } from '../../src/model/location.js';
import { OrganizationSchema } from '../../src/model/organization.js';
import { OrganizationIdentifierSchema } from '../../src/model/organizationIdentity.js';
import { OwnershipInterestSchema } from '../../src/model/ownershipInterest.js';
import { ProductionRecordSchema } from '../../src/model/productionRecord.js';
import { PublishedShareSchema } from '../../src/model/publishedShare.js';
import { ReportedAmountSchema, ReportedPeriodSchema } from '../../src/model/reportedAmount.js';
import { SafetyRecordSchema } from '../../src/model/safetyRecord.js';
import { SiteSchema } from '../../src/model/site.js';
import {
  BeneficiariesSchema,
  ProgramResultSchema,
  SocialProgramSchema,
  SpendSchema,
} from '../../src/model/socialProgram.js';
import { SourceSchema } from '../../src/model/source.js';
import { WorkforceSharesSchema, WorkforceSummarySchema } from '../../src/model/workforceSummary.js';
import { baseDataset } from '../fixtures/baseDataset.js';
import type { DatasetCase } from './corpusCase.js';
import { records } from './records.js';

/** The kind of a field, as far as a wrong type is concerned; `!` marks a required field. */
type Kind = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'enum' | 'union';
type Field = Kind | `${Kind}!`;

const WRONG: Readonly<
  Record<Kind, { value: unknown; code: DatasetCase['issues'][number]['code'] }>
> = {
  string: { value: 42, code: 'schema.invalid_type' },
  number: { value: '42', code: 'schema.invalid_type' },
  boolean: { value: 'yes', code: 'schema.invalid_type' },
  array: { value: {}, code: 'schema.invalid_type' },
  object: { value: [], code: 'schema.invalid_type' },
  enum: { value: 42, code: 'schema.invalid_value' },
  union: { value: true, code: 'schema.invalid_union' },
};

/** One object of the model whose fields are broken one at a time. */
export interface EntitySpec {
  /** A name for the case titles, e.g. `'employee'` or `'program spend'`. */
  readonly entity: string;
  /** The schema of the object: its keys must be exactly those of `fields`. */
  readonly schema: z.ZodType;
  /** Every key of the schema with its kind. */
  readonly fields: Readonly<Record<string, Field>>;
  /** The dataset collection the record goes into; `null` for the company. */
  readonly collection: string | null;
  /** A valid record; `n` makes its ids unique. */
  readonly record: (n: number) => Record<string, unknown>;
  /** The path from the record to the object under test (`[]` for the record itself). */
  readonly target: readonly (string | number)[];
}

const organizationFields = {
  name: 'string!',
  names: 'array',
  identifiers: 'array',
  entityType: 'enum!',
  jurisdiction: 'string',
  foundedOn: 'string',
  url: 'string',
  sourceIds: 'array',
} as const;

export const entitySpecs: readonly EntitySpec[] = [
  {
    entity: 'company',
    schema: CompanySchema,
    fields: {
      id: 'string!',
      ...organizationFields,
      commodities: 'array!',
      headquartersLocationId: 'string',
    },
    collection: null,
    record: records.company,
    target: [],
  },
  {
    entity: 'organization',
    schema: OrganizationSchema,
    fields: { id: 'string!', ...organizationFields },
    collection: 'organizations',
    record: records.organization,
    target: [],
  },
  {
    entity: 'organization identifier',
    schema: OrganizationIdentifierSchema,
    fields: { scheme: 'string!', id: 'string!' },
    collection: 'organizations',
    record: records.organization,
    target: ['identifiers', 0],
  },
  {
    entity: 'organization name',
    schema: LocalizedNameSchema,
    fields: { value: 'string!', lang: 'string!', kind: 'enum!' },
    collection: 'organizations',
    record: records.organization,
    target: ['names', 0],
  },
  {
    entity: 'ownership interest',
    schema: OwnershipInterestSchema,
    fields: {
      subjectId: 'union!',
      interestedPartyId: 'union!',
      type: 'enum!',
      share: 'union',
      start: 'string',
      end: 'string',
      sourceIds: 'array',
    },
    collection: 'ownership',
    record: records.ownership,
    target: [],
  },
  {
    entity: 'location',
    schema: LocationSchema,
    fields: {
      id: 'string!',
      kind: 'enum!',
      name: 'string!',
      names: 'array',
      parentId: 'string',
      iso3166_2: 'string',
      remote: 'boolean',
      population: 'object',
      point: 'object',
      capitalId: 'string',
      validFrom: 'string',
      sourceIds: 'array',
    },
    collection: 'locations',
    record: records.location,
    target: [],
  },
  {
    entity: 'location population',
    schema: PopulationSchema,
    fields: { count: 'number!', asOf: 'string!', sourceId: 'string!' },
    collection: 'locations',
    record: records.location,
    target: ['population'],
  },
  {
    entity: 'location point',
    schema: GeoPointSchema,
    fields: { type: 'enum!', coordinates: 'array!' },
    collection: 'locations',
    record: records.location,
    target: ['point'],
  },
  {
    entity: 'site',
    schema: SiteSchema,
    fields: {
      id: 'string!',
      name: 'string!',
      names: 'array',
      kind: 'enum!',
      companyId: 'string!',
      locationId: 'string!',
      depositIds: 'array!',
      significant: 'boolean',
      sourceIds: 'array',
    },
    collection: 'sites',
    record: records.site,
    target: [],
  },
  {
    entity: 'deposit',
    schema: DepositSchema,
    fields: {
      id: 'string!',
      name: 'string!',
      names: 'array',
      locationId: 'string!',
      commodities: 'array!',
      stage: 'enum!',
      stageHistory: 'array',
      operatorId: 'union',
      licence: 'object',
      estimates: 'array',
      sourceIds: 'array',
      note: 'string',
    },
    collection: 'deposits',
    record: records.deposit,
    target: [],
  },
  {
    entity: 'deposit stage change',
    schema: (DepositSchema.shape.stageHistory.unwrap() as z.ZodArray<z.ZodType>).element,
    fields: { stage: 'enum!', from: 'string!', sourceIds: 'array' },
    collection: 'deposits',
    record: records.deposit,
    target: ['stageHistory', 0],
  },
  {
    entity: 'deposit licence',
    schema: LicenceSchema,
    fields: {
      reference: 'string',
      holderId: 'union',
      grantedOn: 'string',
      expiresOn: 'string',
      sourceIds: 'array',
    },
    collection: 'deposits',
    record: records.deposit,
    target: ['licence'],
  },
  {
    entity: 'resource estimate',
    schema: ResourceEstimateSchema,
    fields: {
      reportingCode: 'enum!',
      effectiveDate: 'string!',
      category: 'enum!',
      commodity: 'string!',
      ore: 'object',
      grade: 'object',
      containedMetal: 'object',
      inclusiveOfReserves: 'boolean',
      competentPerson: 'string',
      sourceId: 'string!',
    },
    collection: 'deposits',
    record: records.deposit,
    target: ['estimates', 0],
  },
  {
    entity: 'estimate grade',
    schema: GradeSchema,
    fields: { value: 'number!', unit: 'enum!' },
    collection: 'deposits',
    record: records.deposit,
    target: ['estimates', 0, 'grade'],
  },
  {
    entity: 'estimate ore',
    schema: QuantitySchema,
    fields: { value: 'number!', unit: 'enum!', approximately: 'boolean', phrase: 'string' },
    collection: 'deposits',
    record: records.deposit,
    target: ['estimates', 0, 'ore'],
  },
  {
    entity: 'employee',
    schema: EmployeeSchema,
    fields: {
      id: 'string!',
      companyId: 'string!',
      siteId: 'string',
      homeLocationId: 'string!',
      gender: 'enum!',
      birthYear: 'number',
      hireDate: 'string!',
      terminationDate: 'string',
      terminationReason: 'enum',
      category: 'enum!',
      contract: 'enum!',
      engagement: 'enum!',
      nationality: 'enum',
      workingTime: 'enum',
      nonGuaranteedHours: 'boolean',
      rehire: 'boolean',
      workerType: 'enum',
    },
    collection: 'employees',
    record: records.employee,
    target: [],
  },
  {
    entity: 'workforce summary',
    schema: WorkforceSummarySchema,
    fields: {
      companyId: 'string!',
      siteId: 'string',
      asOf: 'string!',
      headcount: 'union!',
      scope: 'enum',
      scopeBasis: 'enum',
      local: 'union',
      nonLocal: 'union',
      localityUnknown: 'union',
      fromRegions: 'union',
      fromCapital: 'union',
      originUnknown: 'union',
      fromRemoteVillages: 'union',
      byOrigin: 'object',
      byEconomicRegion: 'object',
      byGender: 'object',
      byCategory: 'object',
      byEngagement: 'object',
      byAgeBand: 'object',
      byNationality: 'object',
      shares: 'object',
      localityPolicy: 'object',
      localityDefinition: 'string',
      note: 'string',
      sourceIds: 'array!',
    },
    collection: 'workforce',
    record: records.workforce,
    target: [],
  },
  {
    entity: 'workforce shares',
    schema: WorkforceSharesSchema,
    fields: {
      local: 'object',
      nonLocal: 'object',
      localityUnknown: 'object',
      fromRegions: 'object',
      fromCapital: 'object',
      originUnknown: 'object',
      fromRemoteVillages: 'object',
      hostCountryNationals: 'object',
      expatriates: 'object',
      nationalityNotStated: 'object',
      contractors: 'object',
    },
    collection: 'workforce',
    record: (n) => ({ ...records.workforce(n), shares: {} }),
    target: ['shares'],
  },
  {
    // 30 local of 50 is 0.6, in "60 %" = [0.595, 0.605).
    entity: 'published share',
    schema: PublishedShareSchema,
    fields: {
      value: 'number',
      rounding: 'number',
      min: 'number',
      minExclusive: 'boolean',
      max: 'number',
      maxExclusive: 'boolean',
      phrase: 'string!',
    },
    collection: 'workforce',
    record: (n) => ({
      ...records.workforce(n),
      shares: { local: { value: 0.6, phrase: '60 %' } },
    }),
    target: ['shares', 'local'],
  },
  {
    entity: 'count bounds',
    schema: CountBoundsSchema,
    fields: { min: 'number', max: 'number', phrase: 'string' },
    collection: 'workforce',
    record: records.workforce,
    target: ['fromRegions'],
  },
  {
    entity: 'program',
    schema: SocialProgramSchema,
    fields: {
      id: 'string!',
      title: 'string!',
      names: 'array',
      description: 'string',
      category: 'enum!',
      categories: 'array',
      sdgs: 'array!',
      status: 'enum!',
      period: 'object!',
      locations: 'array!',
      participants: 'array!',
      obligation: 'enum!',
      form: 'enum!',
      spend: 'array!',
      reportedAmounts: 'array',
      budget: 'object',
      regrant: 'boolean',
      primaryPurpose: 'enum',
      beneficiaries: 'object',
      results: 'array',
      note: 'string',
      sourceIds: 'array!',
    },
    collection: 'programs',
    record: records.program,
    target: [],
  },
  {
    entity: 'program period',
    schema: PeriodSchema,
    fields: { start: 'string!', end: 'string' },
    collection: 'programs',
    record: records.program,
    target: ['period'],
  },
  {
    entity: 'program location',
    schema: (SocialProgramSchema.shape.locations as z.ZodArray<z.ZodType>).element,
    fields: { locationId: 'string!', percentage: 'number' },
    collection: 'programs',
    record: records.program,
    target: ['locations', 1],
  },
  {
    entity: 'program participant',
    schema: (SocialProgramSchema.shape.participants as z.ZodArray<z.ZodType>).element,
    fields: { organizationId: 'union!', role: 'enum!' },
    collection: 'programs',
    record: records.program,
    target: ['participants', 1],
  },
  {
    entity: 'program spend',
    schema: SpendSchema,
    fields: {
      date: 'string!',
      value: 'object!',
      kind: 'enum!',
      form: 'enum',
      recipientId: 'union',
      description: 'string',
      equivalents: 'array',
      sourceIds: 'array',
    },
    collection: 'programs',
    record: records.program,
    target: ['spend', 0],
  },
  {
    entity: 'program reported amount',
    // The branch of the spent, budgeted and committed amounts; `basis` is the discriminator.
    schema: ReportedAmountSchema.options[0],
    fields: {
      basis: 'union!',
      period: 'object!',
      value: 'union!',
      equivalents: 'array',
      phrase: 'string',
      description: 'string',
      recipientId: 'union',
      sourceIds: 'array!',
    },
    collection: 'programs',
    record: records.program,
    target: ['reportedAmounts', 0],
  },
  {
    entity: 'reported period',
    schema: ReportedPeriodSchema,
    fields: { start: 'string!', end: 'string' },
    collection: 'programs',
    record: records.program,
    target: ['reportedAmounts', 0, 'period'],
  },
  {
    entity: 'spend money',
    schema: MoneySchema,
    fields: { amountMinor: 'number!', currency: 'enum!' },
    collection: 'programs',
    record: records.program,
    target: ['spend', 0, 'value'],
  },
  {
    entity: 'program beneficiaries',
    schema: BeneficiariesSchema,
    fields: {
      count: 'union!',
      unit: 'enum!',
      ids: 'array',
      estimated: 'boolean!',
      jointWith: 'array',
    },
    collection: 'programs',
    record: records.program,
    target: ['beneficiaries'],
  },
  {
    entity: 'program result',
    schema: ProgramResultSchema,
    fields: {
      title: 'string!',
      measure: 'enum!',
      baseline: 'number',
      target: 'number',
      actual: 'number',
      description: 'string',
      period: 'object!',
      sourceIds: 'array',
    },
    collection: 'programs',
    record: records.program,
    target: ['results', 0],
  },
  {
    entity: 'award',
    schema: AwardSchema,
    fields: {
      id: 'string!',
      title: 'string!',
      awardingBodyId: 'union!',
      recipientId: 'union!',
      date: 'string',
      year: 'number',
      nomination: 'string',
      level: 'enum!',
      firstOfItsKind: 'string',
      sourceIds: 'array!',
    },
    collection: 'awards',
    record: records.award,
    target: [],
  },
  {
    entity: 'job projection',
    schema: JobProjectionSchema,
    fields: {
      id: 'string!',
      depositId: 'string!',
      scenario: 'object!',
      phases: 'array!',
      localHireShare: 'union',
      multipliers: 'object',
      note: 'string',
      sourceIds: 'array!',
    },
    collection: 'projections',
    record: records.projection,
    target: [],
  },
  {
    entity: 'projection scenario',
    schema: JobProjectionSchema.shape.scenario,
    fields: { label: 'string!', kind: 'enum!' },
    collection: 'projections',
    record: records.projection,
    target: ['scenario'],
  },
  {
    entity: 'projection phase',
    schema: ProjectionPhaseSchema,
    fields: { phase: 'enum!', startYear: 'number!', endYear: 'number', directJobs: 'union!' },
    collection: 'projections',
    record: records.projection,
    target: ['phases', 0],
  },
  {
    entity: 'projection multipliers',
    schema: JobProjectionSchema.shape.multipliers.unwrap(),
    fields: { typeI: 'object!', typeII: 'object', sourceId: 'string!' },
    collection: 'projections',
    record: records.projection,
    target: ['multipliers'],
  },
  {
    entity: 'multiplier range',
    schema: RangeSchema,
    fields: { low: 'number!', central: 'number', high: 'number!' },
    collection: 'projections',
    record: records.projection,
    target: ['multipliers', 'typeII'],
  },
  {
    entity: 'production record',
    schema: ProductionRecordSchema,
    fields: {
      siteId: 'string',
      depositId: 'string',
      year: 'number!',
      partOfYear: 'enum',
      commodity: 'string!',
      quantity: 'object!',
      note: 'string',
      sourceIds: 'array!',
    },
    collection: 'production',
    record: records.production,
    target: [],
  },
  {
    entity: 'community assessment',
    schema: CommunityAssessmentSchema,
    fields: {
      siteId: 'string!',
      asOf: 'string!',
      elements: 'array!',
      communityMeetings: 'array',
      sourceIds: 'array!',
    },
    collection: 'assessments',
    record: records.assessment,
    target: [],
  },
  {
    entity: 'safety record',
    schema: SafetyRecordSchema,
    fields: {
      siteId: 'string',
      period: 'object!',
      workers: 'enum!',
      hoursWorked: 'union',
      fatalities: 'union',
      highConsequenceInjuries: 'union',
      recordableInjuries: 'union',
      lostTimeInjuries: 'union',
      nearMisses: 'union',
      occupationalIllnesses: 'union',
      sourceIds: 'array!',
    },
    collection: 'safety',
    record: records.safety,
    target: [],
  },
  {
    entity: 'grievance record',
    schema: GrievanceRecordSchema,
    fields: {
      siteId: 'string',
      period: 'object!',
      received: 'union!',
      byType: 'object',
      resolved: 'union',
      open: 'union',
      escalated: 'union',
      sourceIds: 'array!',
    },
    collection: 'grievances',
    record: records.grievance,
    target: [],
  },
  {
    entity: 'grievances by type',
    schema: GrievanceRecordSchema.shape.byType.unwrap(),
    fields: {
      land: 'union',
      environment: 'union',
      employment: 'union',
      compensation: 'union',
      other: 'union',
    },
    collection: 'grievances',
    record: records.grievance,
    target: ['byType'],
  },
  {
    entity: 'land record',
    schema: LandRecordSchema,
    fields: {
      siteId: 'string',
      depositId: 'string',
      asOf: 'string!',
      areaUnit: 'enum!',
      owned: 'number',
      leased: 'number',
      disturbed: 'number',
      rehabilitated: 'number',
      cleared: 'number',
      householdsPhysicallyDisplaced: 'union',
      householdsEconomicallyDisplaced: 'union',
      peopleDisplaced: 'union',
      householdsCompensated: 'union',
      sourceIds: 'array!',
    },
    collection: 'land',
    record: records.land,
    target: [],
  },
  {
    entity: 'closure plan',
    schema: ClosurePlanSchema,
    fields: {
      siteId: 'string!',
      asOf: 'string!',
      hasPlan: 'boolean!',
      planDate: 'string',
      provision: 'object',
      sourceIds: 'array!',
    },
    collection: 'closure',
    record: records.closure,
    target: [],
  },
  {
    entity: 'governance body',
    schema: GovernanceBodySchema,
    fields: {
      id: 'string!',
      companyId: 'string!',
      name: 'string!',
      kind: 'enum!',
      asOf: 'string!',
      members: 'number!',
      byGender: 'object',
      byAgeBand: 'object',
      otherDiversity: 'object',
      sourceIds: 'array!',
    },
    collection: 'governanceBodies',
    record: records.governanceBody,
    target: [],
  },
  {
    entity: 'source',
    schema: SourceSchema,
    fields: {
      id: 'string!',
      title: 'string!',
      publisher: 'string',
      url: 'string',
      publishedOn: 'string',
      retrievedOn: 'string',
      quote: 'string',
      language: 'string',
      reliability: 'enum',
      note: 'string',
    },
    collection: 'sources',
    record: records.source,
    target: [],
  },
  {
    entity: 'exchange rate',
    schema: FxRateSchema,
    fields: { from: 'enum!', to: 'enum!', rate: 'string!', date: 'string!', sourceId: 'string' },
    collection: 'fx',
    record: records.fx,
    target: [],
  },
];

/** The top level of a dataset: every collection, the version and the company. */
export const datasetFields: Readonly<Record<string, Field>> = {
  schemaVersion: 'enum!',
  company: 'object!',
  organizations: 'array',
  ownership: 'array',
  locations: 'array',
  sites: 'array',
  deposits: 'array',
  employees: 'array',
  workforce: 'array',
  programs: 'array',
  awards: 'array',
  projections: 'array',
  production: 'array',
  assessments: 'array',
  safety: 'array',
  grievances: 'array',
  land: 'array',
  closure: 'array',
  governanceBodies: 'array',
  sources: 'array',
  fx: 'array',
  financials: 'array',
  governmentPayments: 'array',
  procurement: 'array',
  stateFlows: 'array',
};

/** The schema of the top level, for the key check. */
export const datasetSchema: z.ZodType = ImpactDatasetSchema;

function objectAt(root: Record<string, unknown>, path: readonly (string | number)[]) {
  let current: unknown = root;
  for (const key of path) current = (current as Record<string | number, unknown>)[key];
  return current as Record<string, unknown>;
}

function pointer(path: readonly (string | number)[]): string {
  return path.map((key) => `/${key}`).join('');
}

function kindOf(field: Field): { kind: Kind; required: boolean } {
  return field.endsWith('!')
    ? { kind: field.slice(0, -1) as Kind, required: true }
    : { kind: field as Kind, required: false };
}

function entityCases(spec: EntitySpec): DatasetCase[] {
  const out: DatasetCase[] = [];
  const index =
    spec.collection === null
      ? null
      : ((baseDataset() as unknown as Record<string, unknown[] | undefined>)[spec.collection]
          ?.length ?? 0);
  const at = spec.collection === null ? ['company'] : [spec.collection, index as number];
  const place = (change: (target: Record<string, unknown>) => void) => () => {
    const dataset = baseDataset() as Record<string, unknown>;
    const bad = spec.record(1);
    change(objectAt(bad, spec.target));
    if (spec.collection === null) dataset.company = bad;
    else {
      const list = (dataset[spec.collection] as unknown[] | undefined) ?? [];
      dataset[spec.collection] = [...list, bad, spec.record(2)];
    }
    return dataset;
  };
  for (const [field, declared] of Object.entries(spec.fields)) {
    const { kind, required } = kindOf(declared);
    const path = pointer([...at, ...spec.target, field]);
    // Without the bad record nothing is wrong; the company has no neighbour of its own kind.
    const bad = spec.collection === null ? [] : [pointer(at)];
    out.push({
      kind: 'dataset',
      name: `wrong type: ${spec.entity}.${field} is ${JSON.stringify(WRONG[kind].value)}`,
      input: place((target) => {
        target[field] = WRONG[kind].value;
      }),
      issues: [{ code: WRONG[kind].code, path }],
      bad,
    });
    if (required) {
      out.push({
        kind: 'dataset',
        name: `missing: ${spec.entity}.${field}`,
        input: place((target) => {
          delete target[field];
        }),
        issues: [{ code: WRONG[kind].code, path }],
        bad,
      });
    }
  }
  return out;
}

function datasetCases(): DatasetCase[] {
  const out: DatasetCase[] = [];
  for (const [field, declared] of Object.entries(datasetFields)) {
    const { kind, required } = kindOf(declared);
    out.push({
      kind: 'dataset',
      name: `wrong type: dataset.${field} is ${JSON.stringify(WRONG[kind].value)}`,
      input: () => ({ ...baseDataset(), [field]: WRONG[kind].value }),
      issues: [{ code: WRONG[kind].code, path: `/${field}` }],
    });
    if (required) {
      out.push({
        kind: 'dataset',
        name: `missing: dataset.${field}`,
        input: () => {
          const dataset = baseDataset() as Record<string, unknown>;
          delete dataset[field];
          return dataset;
        },
        issues: [{ code: WRONG[kind].code, path: `/${field}` }],
      });
    }
  }
  return out;
}

/** Every generated field case. */
export const fieldCases: readonly DatasetCase[] = [
  ...entitySpecs.flatMap(entityCases),
  ...datasetCases(),
];
