import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import type { JobsFigures } from './jobsFigures.js';
import {
  type JobsInTerritoriesInput,
  type JobsInTerritoriesOptions,
  jobsInTerritories,
  type TerritoryJobsDetail,
} from './jobsInTerritories.js';

declare const projections: readonly JobProjection[];
declare const deposits: readonly Deposit[];
declare const gazetteer: Gazetteer;

describe('jobsInTerritories types', () => {
  it('takes the projections and deposits, then the gazetteer, territories and options', () => {
    expectTypeOf(jobsInTerritories).returns.toEqualTypeOf<DetailedResult<TerritoryJobsDetail>>();
    expectTypeOf(jobsInTerritories).parameter(0).toEqualTypeOf<Readonly<JobsInTerritoriesInput>>();
    expectTypeOf(jobsInTerritories)
      .parameter(1)
      .toEqualTypeOf<Readonly<JobsInTerritoriesOptions>>();
    expectTypeOf(jobsInTerritories).toBeCallableWith(
      { projections, deposits },
      { gazetteer, territoryIds: ['AZ-KAL'] },
    );
    expectTypeOf(jobsInTerritories).toBeCallableWith(
      { projections: new Set(projections), deposits },
      { gazetteer, territoryIds: [], throughYear: 2040 },
    );
    // @ts-expect-error the deposits are projections' deposits, not projections
    jobsInTerritories({ projections: deposits, deposits }, { gazetteer, territoryIds: [] });
    // @ts-expect-error the territories are required
    jobsInTerritories({ projections, deposits }, { gazetteer });
    const result = {} as DetailedResult<TerritoryJobsDetail>;
    expectTypeOf(result.detail.peak).toEqualTypeOf<JobsFigures | null>();
    expectTypeOf(result.detail.rows[0]?.districtId).toEqualTypeOf<string | undefined>();
  });
});
