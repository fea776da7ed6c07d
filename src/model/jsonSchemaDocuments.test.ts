import { test } from '@fast-check/vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { garbage, nearValidDataset, validDataset } from '../../test/fixtures/datasetArbitraries.js';
import { azergoldPublishedDataset, minimalDataset } from '../../test/fixtures/exampleDatasets.js';
import { propertyRuns } from '../../test/fixtures/propertyRuns.js';
import { isOrderedByKeys, ORDERED_KEYWORD } from '../core/orderedKeyword.js';
import { AwardSchema } from './award.js';
import { CommunityAssessmentSchema } from './communityAssessment.js';
import { CompanySchema } from './company.js';
import { DepositSchema } from './deposit.js';
import { EmployeeSchema } from './employee.js';
import { ImpactDatasetSchema } from './impactDataset.js';
import { JobProjectionSchema } from './jobProjection.js';
import { JSON_SCHEMA_BASE_URI, jsonSchemaDocuments } from './jsonSchemaDocuments.js';
import { LocationSchema } from './location.js';
import { OrganizationSchema } from './organization.js';
import { OwnershipInterestSchema } from './ownershipInterest.js';
import { ProductionRecordSchema } from './productionRecord.js';
import { SiteSchema } from './site.js';
import { SocialProgramSchema } from './socialProgram.js';
import { SourceSchema } from './source.js';
import { WorkforceSummarySchema } from './workforceSummary.js';

const documents = jsonSchemaDocuments();

// Ajv as a user would set it up: draft 2020-12, the `date` and `uri` formats of ajv-formats, and
// the `x-ordered` keyword taught with isOrderedByKeys. Strict mode stays on except
// `strictRequired`: the bounds state "min or max" as `anyOf: [{ required: ['min'] }, …]`.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: false });
addFormats.default(ajv, ['date', 'uri']);
ajv.addKeyword({
  keyword: ORDERED_KEYWORD,
  type: 'object',
  schemaType: 'array',
  validate: (keys: string[], data: Record<string, unknown>) => isOrderedByKeys(data, keys),
});
for (const document of Object.values(documents)) ajv.addSchema(document);
const validatorFor = (file: string) => {
  const validate = ajv.getSchema(`${JSON_SCHEMA_BASE_URI}${file}`);
  if (validate === undefined) throw new Error(`no schema ${file}`);
  return validate;
};
const datasetValidator = validatorFor('dataset.json');

/** The entity schemas, by the dataset collection that holds them and their schema file. */
const ENTITIES: readonly (readonly [string, string, z.ZodType])[] = [
  ['organizations', 'organization.json', OrganizationSchema],
  ['ownership', 'ownershipInterest.json', OwnershipInterestSchema],
  ['locations', 'location.json', LocationSchema],
  ['sites', 'site.json', SiteSchema],
  ['deposits', 'deposit.json', DepositSchema],
  ['employees', 'employee.json', EmployeeSchema],
  ['workforce', 'workforceSummary.json', WorkforceSummarySchema],
  ['programs', 'socialProgram.json', SocialProgramSchema],
  ['awards', 'award.json', AwardSchema],
  ['projections', 'jobProjection.json', JobProjectionSchema],
  ['production', 'productionRecord.json', ProductionRecordSchema],
  ['assessments', 'communityAssessment.json', CommunityAssessmentSchema],
  ['sources', 'source.json', SourceSchema],
];

/** Asserts that zod and Ajv agree on a JSON document, and returns the verdict. */
function agree(document: unknown): boolean {
  const json: unknown = JSON.parse(JSON.stringify(document) ?? 'null');
  const byZod = ImpactDatasetSchema.safeParse(json).success;
  expect(datasetValidator(json), JSON.stringify(json).slice(0, 500)).toBe(byZod);
  if (typeof json === 'object' && json !== null) {
    const record = json as Record<string, unknown>;
    expect(validatorFor('company.json')(record.company)).toBe(
      CompanySchema.safeParse(record.company).success,
    );
    for (const [collection, file, schema] of ENTITIES) {
      const items = record[collection];
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        expect(validatorFor(file)(item), `${file}: ${JSON.stringify(item).slice(0, 300)}`).toBe(
          schema.safeParse(item).success,
        );
      }
    }
  }
  return byZod;
}

describe('the committed JSON Schema files', () => {
  it.each(Object.keys(documents))(
    'schema/%s equals the freshly generated document',
    async (file) => {
      await expect(`${JSON.stringify(documents[file], null, 2)}\n`).toMatchFileSnapshot(
        `../../schema/${file}`,
      );
    },
  );

  it('covers the dataset and every entity, with a versioned $id and a title', () => {
    expect(Object.keys(documents)).toEqual([
      'dataset.json',
      'award.json',
      'closurePlan.json',
      'communityAssessment.json',
      'company.json',
      'deposit.json',
      'employee.json',
      'grievanceRecord.json',
      'jobProjection.json',
      'landRecord.json',
      'location.json',
      'organization.json',
      'ownershipInterest.json',
      'productionRecord.json',
      'safetyRecord.json',
      'site.json',
      'socialProgram.json',
      'source.json',
      'workforceSummary.json',
    ]);
    for (const [file, document] of Object.entries(documents)) {
      expect(document.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(document.$id).toBe(`https://mining-impact.dev/schema/1.0/${file}`);
      expect(typeof document.title).toBe('string');
    }
  });

  it('names shared parts in $defs and carries the orderings as x-ordered', () => {
    const dataset = documents['dataset.json'] as { $defs: Record<string, Record<string, unknown>> };
    expect(Object.keys(dataset.$defs)).toEqual(
      expect.arrayContaining(['Id', 'Count', 'Period', 'Money', 'Location']),
    );
    expect(dataset.$defs.Period?.[ORDERED_KEYWORD]).toEqual(['start', 'end']);
  });
});

describe('Ajv and zod accept and reject the same documents', () => {
  it('accept the example datasets', () => {
    for (const example of [minimalDataset, azergoldPublishedDataset, baseDataset()]) {
      expect(agree(example)).toBe(true);
    }
  });

  it('reject a period that ends before it starts (x-ordered) and a percent grade above 100', () => {
    const reversed = baseDataset();
    reversed.programs = [
      {
        ...(reversed.programs?.[0] as object),
        period: { start: '2024-02-01', end: '2024-01-31' },
      } as never,
    ];
    expect(agree(reversed)).toBe(false);
    const grade = baseDataset();
    const deposit = grade.deposits?.[0];
    const estimate = deposit?.estimates?.[0];
    if (estimate !== undefined) estimate.grade = { value: 100.5, unit: '%' };
    expect(agree(grade)).toBe(false);
  });

  it('reject a __proto__ key in an id-keyed breakdown, which a plain z.record would skip', () => {
    const text = JSON.stringify(baseDataset()).replace(
      '"byOrigin":{',
      '"byOrigin":{"__proto__":{"min":"not a count"},',
    );
    expect(agree(JSON.parse(text))).toBe(false);
  });

  it('reject URLs that a URL parser repairs but RFC 3986 rejects', () => {
    for (const url of [
      ' https://example.com/',
      'https://example.com/a b',
      'https://example.com/%zz',
      'https://例え.jp/',
      'https://a\\b',
    ]) {
      const dataset = baseDataset();
      dataset.company.url = url;
      expect(agree(dataset), url).toBe(false);
    }
  });

  it('count string lengths in code points, as JSON Schema does', () => {
    // 500 emoji are 1,000 UTF-16 units but 500 code points: within a name's 500; 501 are not.
    const within = baseDataset();
    within.company.name = '😀'.repeat(500);
    expect(agree(within)).toBe(true);
    const beyond = baseDataset();
    beyond.company.name = '😀'.repeat(501);
    expect(agree(beyond)).toBe(false);
  });

  test.prop([validDataset], { numRuns: propertyRuns(300) })('on valid datasets', (dataset) => {
    expect(agree(dataset)).toBe(true);
  });

  test.prop([nearValidDataset], { numRuns: propertyRuns(600) })(
    'on near-valid datasets',
    (dataset) => {
      agree(dataset);
    },
  );

  test.prop([garbage], { numRuns: propertyRuns(300) })('on arbitrary JSON', (value) => {
    agree(value);
  });
});
