import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import { type DepositPipeline, depositPipeline } from '../deposits/depositPipeline.js';
import type { EmploymentFigures } from './employmentFigures.js';
import { jobsInTerritories, type TerritoryJobs } from './jobsInTerritories.js';

declare const projections: readonly JobProjection[];
declare const deposits: readonly Deposit[];
declare const gazetteer: Gazetteer;

describe('deposit pipeline and territory jobs types', () => {
  it('takes deposits, asOf and a gazetteer', () => {
    expectTypeOf(depositPipeline).returns.toEqualTypeOf<DepositPipeline>();
    expectTypeOf(depositPipeline).toBeCallableWith(deposits, { asOf: '2024-12-31', gazetteer });
    // @ts-expect-error asOf is required
    depositPipeline(deposits, { gazetteer });
  });

  it('takes projections, deposits, a gazetteer, territory ids and optional options', () => {
    expectTypeOf(jobsInTerritories).returns.toEqualTypeOf<TerritoryJobs>();
    expectTypeOf(jobsInTerritories).toBeCallableWith(projections, deposits, gazetteer, ['AZ-KAL']);
    expectTypeOf(jobsInTerritories).toBeCallableWith(projections, deposits, gazetteer, [], {
      throughYear: 2040,
    });
    // @ts-expect-error deposits come second
    jobsInTerritories(deposits, projections, gazetteer, []);
    const jobs = {} as TerritoryJobs;
    expectTypeOf(jobs.peak).toEqualTypeOf<EmploymentFigures | null>();
    expectTypeOf(jobs.rows[0]?.districtId).toEqualTypeOf<string | undefined>();
  });
});
