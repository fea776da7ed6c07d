// Invariants: every schema survives a JSON round trip. A value a schema accepts, written with
// JSON.stringify and read back with JSON.parse, is accepted again and written the same way; so a
// dataset, an issue or an indicator result can be stored and reloaded without loss.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type * as z from 'zod';
import { BoundsSchema } from '../../src/core/bounds.js';
import { CountSchema } from '../../src/core/count.js';
import { FxRateSchema } from '../../src/core/fxRate.js';
import { MoneySchema } from '../../src/core/money.js';
import { PeriodSchema } from '../../src/core/period.js';
import { QuantitySchema } from '../../src/core/quantity.js';
import { RangeSchema } from '../../src/core/range.js';
import { RatioSchema, ratio } from '../../src/core/ratio.js';
import { TimestampSchema } from '../../src/core/timestamp.js';
import { IndicatorResultSchema } from '../../src/indicators/contract/indicatorResult.js';
import { AwardSchema } from '../../src/model/award.js';
import { CommunityAssessmentSchema } from '../../src/model/communityAssessment.js';
import { CompanySchema } from '../../src/model/company.js';
import { DepositSchema } from '../../src/model/deposit.js';
import { EmployeeSchema } from '../../src/model/employee.js';
import { ImpactDatasetSchema } from '../../src/model/impactDataset.js';
import { JobProjectionSchema } from '../../src/model/jobProjection.js';
import { LocationSchema } from '../../src/model/location.js';
import { OrganizationSchema } from '../../src/model/organization.js';
import { OwnershipInterestSchema } from '../../src/model/ownershipInterest.js';
import { ProductionRecordSchema } from '../../src/model/productionRecord.js';
import { SiteSchema } from '../../src/model/site.js';
import { SocialProgramSchema } from '../../src/model/socialProgram.js';
import { SourceSchema } from '../../src/model/source.js';
import { WorkforceSummarySchema } from '../../src/model/workforceSummary.js';
import { IssueSchema } from '../../src/validation/issue.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { NOW } from '../fixtures/baseDataset.js';
import { nearValidDataset, validDataset } from '../fixtures/datasetArbitraries.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';
import { indicatorResults } from './indicatorInputs.js';

/** Parses, writes, reads and parses again; the two parsed values must be written identically. */
function expectRoundTrip(schema: z.ZodType, value: unknown): void {
  const first = schema.parse(value);
  const text = JSON.stringify(first);
  const second = schema.parse(JSON.parse(text));
  expect(JSON.stringify(second)).toBe(text);
}

/** The collection of a dataset each entity schema describes. */
const ENTITIES: readonly [string, z.ZodType][] = [
  ['organizations', OrganizationSchema],
  ['ownership', OwnershipInterestSchema],
  ['locations', LocationSchema],
  ['sites', SiteSchema],
  ['deposits', DepositSchema],
  ['employees', EmployeeSchema],
  ['workforce', WorkforceSummarySchema],
  ['programs', SocialProgramSchema],
  ['awards', AwardSchema],
  ['projections', JobProjectionSchema],
  ['production', ProductionRecordSchema],
  ['assessments', CommunityAssessmentSchema],
  ['sources', SourceSchema],
];

const day = fc
  .integer({ min: 0, max: 40_000 })
  .map((d) => new Date(Date.UTC(1950, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const count = fc.oneof(
  fc.nat(),
  fc
    .tuple(fc.nat(), fc.nat())
    .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b), phrase: 'between' })),
  fc.nat().map((min) => ({ min })),
);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('JSON round trip', () => {
  test.prop([validDataset], { numRuns: propertyRuns(200) })(
    'of a dataset, and of every entity through its own schema',
    (dataset) => {
      expectRoundTrip(ImpactDatasetSchema, dataset);
      expectRoundTrip(CompanySchema, dataset.company);
      for (const [collection, schema] of ENTITIES) {
        for (const record of (dataset[collection] as unknown[] | undefined) ?? []) {
          expectRoundTrip(schema, record);
        }
      }
    },
  );

  test.prop([
    fc.record({
      amountMinor: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
      currency: fc.constantFrom('AZN', 'USD', 'JPY', 'KWD', 'CLF'),
    }),
    fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b })),
    count,
    fc.tuple(finite, finite).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
    fc
      .tuple(finite, finite, finite)
      .map((xs) => xs.sort((a, b) => a - b))
      .map(([low, central, high]) => ({ low, central, high })),
    fc.record({
      value: fc.double({ min: 0, max: 1e300, noNaN: true }),
      unit: fc.constantFrom('g', 'kg', 't', 'ozt'),
    }),
  ])('of the core values: money, periods, counts, bounds, ranges, quantities', (...values) => {
    const schemas = [
      MoneySchema,
      PeriodSchema,
      CountSchema,
      BoundsSchema,
      RangeSchema,
      QuantitySchema,
    ];
    values.forEach((value, i) => {
      expectRoundTrip(schemas[i] as z.ZodType, value);
    });
  });

  test.prop([
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: -1e9, max: 1e9 }),
    day,
    fc.integer({ min: 1, max: 10 ** 15 }),
  ])('of ratios, exchange rates and timestamps', (n, d, date, rateDigits) => {
    expectRoundTrip(RatioSchema, ratio(n, d));
    const rate = `${Math.floor(rateDigits / 1000)}.${String(rateDigits % 1000).padStart(3, '0')}`;
    if (/[1-9]/.test(rate)) expectRoundTrip(FxRateSchema, { from: 'USD', to: 'AZN', rate, date });
    expectRoundTrip(TimestampSchema, `${date}T12:30:00+04:00`);
  });

  test.prop([nearValidDataset], { numRuns: propertyRuns(200) })(
    'of every issue validateDataset reports',
    (input) => {
      for (const issue of validateDataset(input, { now: NOW }).issues) {
        expectRoundTrip(IssueSchema, issue);
      }
    },
  );

  test.prop([indicatorResults], { numRuns: propertyRuns(100) })(
    'of every indicator result, which also conforms to IndicatorResultSchema',
    (results) => {
      for (const result of results) expectRoundTrip(IndicatorResultSchema, result);
    },
    // Every registered indicator on 100 generated datasets, as in indicatorResults.test.ts.
    60_000,
  );
});
