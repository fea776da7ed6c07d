import * as z from 'zod';
import { FxRateSchema } from '../core/fxRate.js';
import { pure } from '../core/pure.js';
import { AwardSchema } from './award.js';
import { CommunityAssessmentSchema } from './communityAssessment.js';
import { CompanySchema } from './company.js';
import { DepositSchema } from './deposit.js';
import { EmployeeSchema } from './employee.js';
import { JobProjectionSchema } from './jobProjection.js';
import { LocationSchema } from './location.js';
import { OrganizationSchema } from './organization.js';
import { OwnershipInterestSchema } from './ownershipInterest.js';
import { ProductionRecordSchema } from './productionRecord.js';
import { SiteSchema } from './site.js';
import { SocialProgramSchema } from './socialProgram.js';
import { SourceSchema } from './source.js';
import { WorkforceSummarySchema } from './workforceSummary.js';

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
export const ImpactDatasetSchema = pure(() =>
  z.strictObject({
    /** The dataset format version, `'1.0'`. */
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    /** The reporting company. */
    company: CompanySchema,
    /** Other organizations: owners, partners, awarding bodies, implementers. */
    organizations: z.array(OrganizationSchema).default([]),
    /** Ownership and control interests. */
    ownership: z.array(OwnershipInterestSchema).default([]),
    /** The dataset's own locations (villages, or a whole gazetteer). */
    locations: z.array(LocationSchema).default([]),
    /** The company's sites. */
    sites: z.array(SiteSchema).default([]),
    /** Mineral deposits. */
    deposits: z.array(DepositSchema).default([]),
    /** Employee records, when they are part of the dataset. */
    employees: z.array(EmployeeSchema).optional(),
    /** Published or computed workforce summaries. */
    workforce: z.array(WorkforceSummarySchema).default([]),
    /** Social programs. */
    programs: z.array(SocialProgramSchema).default([]),
    /** Awards. */
    awards: z.array(AwardSchema).default([]),
    /** Job projections for new mines. */
    projections: z.array(JobProjectionSchema).default([]),
    /** Reported production by year. */
    production: z.array(ProductionRecordSchema).default([]),
    /** GRI 413-1 community engagement assessments of sites. */
    assessments: z.array(CommunityAssessmentSchema).default([]),
    /** The sources cited anywhere in the dataset. */
    sources: z.array(SourceSchema).default([]),
    /** Exchange rates a report may use to convert amounts. */
    fx: z.array(FxRateSchema).optional(),
  }),
);

/**
 * A parsed dataset, every collection present (see {@link ImpactDatasetSchema}).
 *
 * @example
 * ```ts
 * declare const dataset: ImpactDataset;
 * dataset.company.name;
 * ```
 *
 * @category Model
 */
export type ImpactDataset = z.infer<typeof ImpactDatasetSchema>;

/**
 * A dataset as written by hand or in JSON: collections optional, ids plain strings.
 *
 * @example
 * ```ts
 * const input: ImpactDatasetInput = { schemaVersion: '1.0', company: { id: 'c', name: 'C', entityType: 'registeredEntity', commodities: [] } };
 * ```
 *
 * @category Model
 */
export type ImpactDatasetInput = z.input<typeof ImpactDatasetSchema>;
