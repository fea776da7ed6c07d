import * as z from 'zod';
import { type FxRate, FxRateSchema } from '../core/fxRate.js';
import { lazyShape } from '../core/lazyShape.js';
import { pure } from '../core/pure.js';
import { type Award, AwardSchema } from './award.js';
import { type ClosurePlan, ClosurePlanSchema } from './closurePlan.js';
import { type CommunityAssessment, CommunityAssessmentSchema } from './communityAssessment.js';
import { type Company, CompanySchema } from './company.js';
import { type Deposit, DepositSchema } from './deposit.js';
import { type Employee, EmployeeSchema } from './employee.js';
import { type FinancialSummary, FinancialSummarySchema } from './financialSummary.js';
import { type GovernanceBody, GovernanceBodySchema } from './governanceBody.js';
import { type GovernmentPayment, GovernmentPaymentSchema } from './governmentPayment.js';
import { type GrievanceRecord, GrievanceRecordSchema } from './grievanceRecord.js';
import { type JobProjection, JobProjectionSchema } from './jobProjection.js';
import { type LandRecord, LandRecordSchema } from './landRecord.js';
import { type Location, LocationSchema } from './location.js';
import { type Organization, OrganizationSchema } from './organization.js';
import { type OwnershipInterest, OwnershipInterestSchema } from './ownershipInterest.js';
import { type ProcurementSummary, ProcurementSummarySchema } from './procurementSummary.js';
import { type ProductionRecord, ProductionRecordSchema } from './productionRecord.js';
import { type SafetyRecord, SafetyRecordSchema } from './safetyRecord.js';
import { type Site, SiteSchema } from './site.js';
import { type SocialProgram, SocialProgramSchema } from './socialProgram.js';
import { type Source, SourceSchema } from './source.js';
import { type StateFinancialFlow, StateFinancialFlowSchema } from './stateFinancialFlow.js';
import { type WorkforceSummary, WorkforceSummarySchema } from './workforceSummary.js';

/**
 * The version of the dataset format this release reads and writes.
 *
 * @example
 * ```ts
 * DATASET_SCHEMA_VERSION;
 * //=> '1.0'
 * ```
 *
 * @category Model
 */
export const DATASET_SCHEMA_VERSION = '1.0';

/**
 * The dataset schema as zod builds it; exported as {@link ImpactDatasetSchema}, typed by the
 * named interfaces.
 *
 * @internal
 */
export const impactDatasetObject = pure(() =>
  z.strictObject(
    lazyShape({
      /** The dataset format version, `'1.0'`. */
      schemaVersion: () => z.literal(DATASET_SCHEMA_VERSION),
      /** The reporting company. */
      company: CompanySchema,
      /** Other organizations: owners, partners, awarding bodies, implementers. */
      organizations: () => z.array(OrganizationSchema).default([]),
      /** Ownership and control interests. */
      ownership: () => z.array(OwnershipInterestSchema).default([]),
      /** The dataset's own locations (villages, or a whole gazetteer). */
      locations: () => z.array(LocationSchema).default([]),
      /** The company's sites. */
      sites: () => z.array(SiteSchema).default([]),
      /** Mineral deposits. */
      deposits: () => z.array(DepositSchema).default([]),
      /** Employee records, when they are part of the dataset. */
      employees: () => z.array(EmployeeSchema).optional(),
      /** Published or computed workforce summaries. */
      workforce: () => z.array(WorkforceSummarySchema).default([]),
      /** Social programs. */
      programs: () => z.array(SocialProgramSchema).default([]),
      /** Awards. */
      awards: () => z.array(AwardSchema).default([]),
      /** Job projections for new mines. */
      projections: () => z.array(JobProjectionSchema).default([]),
      /** Reported production by year. */
      production: () => z.array(ProductionRecordSchema).default([]),
      /** GRI 413-1 community engagement assessments of sites. */
      assessments: () => z.array(CommunityAssessmentSchema).default([]),
      /** Occupational health and safety records by site, period and group of workers. */
      safety: () => z.array(SafetyRecordSchema).default([]),
      /** Grievances received and resolved by site and period. */
      grievances: () => z.array(GrievanceRecordSchema).default([]),
      /** Land held, disturbed, rehabilitated and cleared, and households displaced. */
      land: () => z.array(LandRecordSchema).default([]),
      /** Closure plans and closure provisions of sites. */
      closure: () => z.array(ClosurePlanSchema).default([]),
      /** The composition of the company's governance bodies (GRI 405-1 a). */
      governanceBodies: () => z.array(GovernanceBodySchema).optional(),
      /** GRI 201-1 financial summaries: revenue and economic value distributed. */
      financials: () => z.array(FinancialSummarySchema).optional(),
      /** Payments to governments by revenue stream (EITI 4.1, GRI 207-4). */
      governmentPayments: () => z.array(GovernmentPaymentSchema).optional(),
      /** Procurement spend and suppliers by supplier locality (GRI 204-1). */
      procurement: () => z.array(ProcurementSummarySchema).optional(),
      /** Financial flows between the state and the company (EITI 2.6, 6.2). */
      stateFlows: () => z.array(StateFinancialFlowSchema).optional(),
      /** The sources cited anywhere in the dataset. */
      sources: () => z.array(SourceSchema).default([]),
      /** Exchange rates a report may use to convert amounts. */
      fx: () => z.array(FxRateSchema).optional(),
    }),
  ),
);

/**
 * Everything known about one company's social and economic footprint, with the sources of every
 * fact.
 *
 * @remarks
 * Collections may be left out of the input and are empty arrays in the parsed value.
 * `locations` holds the dataset's own places; they may extend a gazetteer (a village whose
 * parent is an ISO district) without repeating it. `employees` is optional: large record sets
 * may be streamed instead. `fx` holds the exchange rates a report may use; amounts are never
 * converted without one.
 *
 * @example
 * ```ts
 * const dataset = ImpactDatasetSchema.parse({
 *   schemaVersion: '1.0',
 *   company: { id: 'azergold', name: 'AzerGold CJSC', entityType: 'registeredEntity', commodities: ['gold'] },
 * });
 * dataset.programs;
 * //=> []
 * ```
 *
 * @category Model
 */
export const ImpactDatasetSchema: z.ZodType<ImpactDataset, ImpactDatasetInput> =
  impactDatasetObject;

/**
 * A parsed dataset: everything known about one company's social and economic footprint, every
 * collection present (see {@link ImpactDatasetSchema}).
 *
 * @remarks
 * Collections left out of the input are empty arrays here; `employees` and `fx` stay optional.
 * `locations` holds the dataset's own places, which may extend a gazetteer.
 *
 * @example
 * ```ts
 * declare const dataset: ImpactDataset;
 * dataset.company.name;
 * ```
 *
 * @category Model
 */
export interface ImpactDataset {
  /** The dataset format version, `'1.0'`. */
  readonly schemaVersion: typeof DATASET_SCHEMA_VERSION;
  /** The reporting company. */
  readonly company: Company;
  /** Other organizations: owners, partners, awarding bodies, implementers. */
  readonly organizations: readonly Organization[];
  /** Ownership and control interests. */
  readonly ownership: readonly OwnershipInterest[];
  /** The dataset's own locations (villages, or a whole gazetteer). */
  readonly locations: readonly Location[];
  /** The company's sites. */
  readonly sites: readonly Site[];
  /** Mineral deposits. */
  readonly deposits: readonly Deposit[];
  /** Employee records, when they are part of the dataset. */
  readonly employees?: readonly Employee[] | undefined;
  /** Published or computed workforce summaries. */
  readonly workforce: readonly WorkforceSummary[];
  /** Social programs. */
  readonly programs: readonly SocialProgram[];
  /** Awards. */
  readonly awards: readonly Award[];
  /** Job projections for new mines. */
  readonly projections: readonly JobProjection[];
  /** Reported production by year. */
  readonly production: readonly ProductionRecord[];
  /** GRI 413-1 community engagement assessments of sites. */
  readonly assessments: readonly CommunityAssessment[];
  /** Occupational health and safety records by site, period and group of workers. */
  readonly safety: readonly SafetyRecord[];
  /** Grievances received and resolved by site and period. */
  readonly grievances: readonly GrievanceRecord[];
  /** Land held, disturbed, rehabilitated and cleared, and households displaced. */
  readonly land: readonly LandRecord[];
  /** Closure plans and closure provisions of sites. */
  readonly closure: readonly ClosurePlan[];
  /** The composition of the company's governance bodies (GRI 405-1 a). */
  readonly governanceBodies?: readonly GovernanceBody[] | undefined;
  /** GRI 201-1 financial summaries: revenue and economic value distributed. */
  readonly financials?: readonly FinancialSummary[] | undefined;
  /** Payments to governments by revenue stream (EITI 4.1, GRI 207-4). */
  readonly governmentPayments?: readonly GovernmentPayment[] | undefined;
  /** Procurement spend and suppliers by supplier locality (GRI 204-1). */
  readonly procurement?: readonly ProcurementSummary[] | undefined;
  /** Financial flows between the state and the company (EITI 2.6, 6.2). */
  readonly stateFlows?: readonly StateFinancialFlow[] | undefined;
  /** The sources cited anywhere in the dataset. */
  readonly sources: readonly Source[];
  /** Exchange rates a report may use to convert amounts. */
  readonly fx?: readonly FxRate[] | undefined;
}

/**
 * A dataset as written by hand or in JSON: collections optional, ids plain strings.
 *
 * @remarks
 * The input type of {@link ImpactDatasetSchema}, derived from it: every entity again with plain
 * string ids, so it is not spelled out by hand.
 *
 * @example
 * ```ts
 * const input: ImpactDatasetInput = { schemaVersion: '1.0', company: { id: 'c', name: 'C', entityType: 'registeredEntity', commodities: [] } };
 * ```
 *
 * @category Model
 */
export type ImpactDatasetInput = z.input<typeof impactDatasetObject>;
