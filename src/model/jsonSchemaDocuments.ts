import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendarDate.js';
import { CountSchema } from '../core/count.js';
import { CurrencyCodeSchema } from '../core/currencies.js';
import { FxRateSchema } from '../core/fxRate.js';
import { IdSchema } from '../core/ids.js';
import { MoneySchema } from '../core/money.js';
import { PeriodSchema } from '../core/period.js';
import { QuantitySchema } from '../core/quantity.js';
import { RangeSchema } from '../core/range.js';
import { AwardSchema } from './award.js';
import { ClosurePlanSchema } from './closurePlan.js';
import { CommunityAssessmentSchema } from './communityAssessment.js';
import { CommoditySchema, CompanySchema } from './company.js';
import { DepositSchema } from './deposit.js';
import { EmployeeSchema } from './employee.js';
import { GeoPointSchema } from './geoPoint.js';
import { GrievanceRecordSchema } from './grievanceRecord.js';
import { DATASET_SCHEMA_VERSION, ImpactDatasetSchema } from './impactDataset.js';
import { JobProjectionSchema } from './jobProjection.js';
import { LandRecordSchema } from './landRecord.js';
import { LocalityPolicySchema } from './localityPolicy.js';
import { LocalizedNameSchema } from './localizedName.js';
import { LocationSchema } from './location.js';
import { OrganizationSchema } from './organization.js';
import { OrganizationIdentifierSchema } from './organizationIdentity.js';
import { OwnershipInterestSchema } from './ownershipInterest.js';
import { PartyIdSchema } from './partyId.js';
import { ProductionRecordSchema } from './productionRecord.js';
import { SafetyRecordSchema } from './safetyRecord.js';
import { SiteSchema } from './site.js';
import { SocialProgramSchema } from './socialProgram.js';
import { SourceSchema } from './source.js';
import { WorkforceSummarySchema } from './workforceSummary.js';

/**
 * The base of the `$id` of every generated JSON Schema:
 * `https://mining-impact.dev/schema/<dataset schema version>/`.
 *
 * @remarks
 * The version in the path is {@link DATASET_SCHEMA_VERSION}, the `schemaVersion` a dataset
 * carries, not the package version: the schemas of one dataset format keep their `$id` across
 * releases of the package. The `$id` is a stable name; the files ship in the package under
 * `schema/` (`mining-impact/schema/dataset.json`, …).
 *
 * @internal
 */
export const JSON_SCHEMA_BASE_URI = `https://mining-impact.dev/schema/${DATASET_SCHEMA_VERSION}/`;

type AnySchema = z.core.$ZodType;

/** The documents generated into `schema/`: file name (without `.json`), title and schema. */
const DOCUMENTS: readonly (readonly [string, string, AnySchema])[] = [
  ['dataset', 'ImpactDataset', ImpactDatasetSchema],
  ['award', 'Award', AwardSchema],
  ['closurePlan', 'ClosurePlan', ClosurePlanSchema],
  ['communityAssessment', 'CommunityAssessment', CommunityAssessmentSchema],
  ['company', 'Company', CompanySchema],
  ['deposit', 'Deposit', DepositSchema],
  ['employee', 'Employee', EmployeeSchema],
  ['grievanceRecord', 'GrievanceRecord', GrievanceRecordSchema],
  ['jobProjection', 'JobProjection', JobProjectionSchema],
  ['landRecord', 'LandRecord', LandRecordSchema],
  ['location', 'Location', LocationSchema],
  ['organization', 'Organization', OrganizationSchema],
  ['ownershipInterest', 'OwnershipInterest', OwnershipInterestSchema],
  ['productionRecord', 'ProductionRecord', ProductionRecordSchema],
  ['safetyRecord', 'SafetyRecord', SafetyRecordSchema],
  ['site', 'Site', SiteSchema],
  ['socialProgram', 'SocialProgram', SocialProgramSchema],
  ['source', 'Source', SourceSchema],
  ['workforceSummary', 'WorkforceSummary', WorkforceSummarySchema],
];

/** Schemas used in several places, named in `$defs` instead of repeated inline. */
const SHARED: readonly (readonly [AnySchema, string])[] = [
  ...DOCUMENTS.slice(1).map(([, title, schema]) => [schema, title] as const),
  [IdSchema, 'Id'],
  [PartyIdSchema, 'PartyId'],
  [CalendarDateSchema, 'CalendarDate'],
  [PeriodSchema, 'Period'],
  [CountSchema, 'Count'],
  [MoneySchema, 'Money'],
  [CurrencyCodeSchema, 'CurrencyCode'],
  [QuantitySchema, 'Quantity'],
  [RangeSchema, 'Range'],
  [CommoditySchema, 'Commodity'],
  [LocalizedNameSchema, 'LocalizedName'],
  [OrganizationIdentifierSchema, 'OrganizationIdentifier'],
  [GeoPointSchema, 'GeoPoint'],
  [LocalityPolicySchema, 'LocalityPolicy'],
  [FxRateSchema, 'FxRate'],
];

/**
 * A metadata registry that reads the global one and names the shared schemas, so that
 * `z.toJSONSchema` puts them in `$defs` under readable names. The global registry is left
 * untouched (an `id` there would clash when two copies of the library load).
 */
class NamingRegistry extends z.core.$ZodRegistry<Record<string, unknown>> {
  readonly #names: ReadonlyMap<AnySchema, string>;
  readonly #root: AnySchema;

  constructor(names: ReadonlyMap<AnySchema, string>, root: AnySchema) {
    super();
    this.#names = names;
    this.#root = root;
  }

  override get<S extends AnySchema>(
    schema: S,
  ): z.core.$replace<Record<string, unknown>, S> | undefined {
    const meta = z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
    const id = schema === this.#root ? undefined : this.#names.get(schema);
    if (id === undefined) return meta as z.core.$replace<Record<string, unknown>, S> | undefined;
    return { ...meta, id } as z.core.$replace<Record<string, unknown>, S>;
  }
}

/**
 * Generates the JSON Schema (draft 2020-12) documents of the dataset and of each entity.
 *
 * @remarks
 * `z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' })`: the shape a dataset is
 * written in (collections optional, with their defaults). Each document is self-contained, with
 * `$schema`, a versioned `$id` under `JSON_SCHEMA_BASE_URI` and a `title`; shared parts sit
 * in `$defs`. Orderings between sibling fields that zod checks with refinements appear as the
 * `x-ordered` keyword (see `ORDERED_KEYWORD`).
 *
 * @returns The documents by file name, e.g. `'dataset.json'`, in a fixed order.
 * @internal
 */
export function jsonSchemaDocuments(): Record<string, Record<string, unknown>> {
  const names = new Map<AnySchema, string>(SHARED);
  const documents: Record<string, Record<string, unknown>> = {};
  for (const [file, title, schema] of DOCUMENTS) {
    const generated = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      metadata: new NamingRegistry(names, schema),
    }) as Record<string, unknown>;
    const { $schema, ...rest } = generated;
    documents[`${file}.json`] = {
      $schema,
      $id: `${JSON_SCHEMA_BASE_URI}${file}.json`,
      title,
      ...rest,
    };
  }
  return documents;
}
