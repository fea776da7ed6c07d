import { describe, expectTypeOf, it } from 'vitest';
import type { Employee } from '../../model/employee.js';
import type { LocalityPolicy } from '../../model/localityPolicy.js';
import type { Site } from '../../model/site.js';
import type { WorkforceSummary } from '../../model/workforceSummary.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { DetailedResult, IndicatorResult } from '../contract/indicatorResult.js';
import { contractorShare } from './contractorShare.js';
import { createWorkforceAccumulator } from './createWorkforceAccumulator.js';
import { type DiversityCompositionDetail, diversityComposition } from './diversityComposition.js';
import { localEmploymentShare } from './localEmploymentShare.js';
import { type EmploymentChangeDetail, netEmploymentChange } from './netEmploymentChange.js';
import { type NewHireRateOptions, newHireRate } from './newHireRate.js';
import { originConcentration } from './originConcentration.js';
import { regionalOriginShare } from './regionalOriginShare.js';
import { remoteVillageShare } from './remoteVillageShare.js';
import { seniorManagementLocalShare } from './seniorManagementLocalShare.js';
import { summarizeWorkforce } from './summarizeWorkforce.js';
import type { WorkforceAccumulator } from './workforceAccumulator.js';
import type { WorkforceDimension } from './workforceDimension.js';
import {
  type WorkforceOriginDistributionDetail,
  workforceOriginDistribution,
} from './workforceOriginDistribution.js';

declare const gazetteer: Gazetteer;
declare const employees: readonly Employee[];
declare const sites: readonly Site[];
declare const summary: WorkforceSummary;

describe('workforce summary types', () => {
  it('summarizes readonly records into a WorkforceSummary', () => {
    expectTypeOf(
      summarizeWorkforce(employees, { asOf: '2025-06-30', gazetteer }),
    ).toEqualTypeOf<WorkforceSummary>();
    expectTypeOf(summarizeWorkforce).toBeCallableWith(new Set(employees), {
      asOf: '2025-06-30',
      gazetteer,
      sites,
      localityPolicy: { kind: 'sameDistrict' },
      capitalIds: ['AZ-BA'],
      companyId: 'azergold',
      includeContractors: true,
    });
    // @ts-expect-error the gazetteer is required
    summarizeWorkforce(employees, { asOf: '2025-06-30' });
    const near = { asOf: '2025-06-30', gazetteer, localityPolicy: { kind: 'near' } } as const;
    // @ts-expect-error a policy is one of the LocalityPolicy variants
    summarizeWorkforce(employees, near);
  });

  it('has an accumulator with add, merge and result', () => {
    const accumulator = createWorkforceAccumulator({ asOf: '2025-06-30', gazetteer });
    expectTypeOf(accumulator).toEqualTypeOf<WorkforceAccumulator>();
    expectTypeOf(accumulator.add).parameter(0).toEqualTypeOf<Readonly<Employee>>();
    expectTypeOf(accumulator.add).returns.toEqualTypeOf<void>();
    expectTypeOf(accumulator.merge).returns.toEqualTypeOf<WorkforceAccumulator>();
    expectTypeOf(accumulator.result).returns.toEqualTypeOf<WorkforceSummary>();
  });

  it('computes the summary indicators from a summary only', () => {
    for (const indicator of [localEmploymentShare, regionalOriginShare, remoteVillageShare]) {
      expectTypeOf(indicator).parameter(0).toEqualTypeOf<Readonly<WorkforceSummary>>();
      expectTypeOf(indicator).returns.toEqualTypeOf<IndicatorResult>();
    }
    // @ts-expect-error records are summarized first
    localEmploymentShare(employees);
    expectTypeOf(workforceOriginDistribution).toBeCallableWith(summary, { level: 'district' });
    // @ts-expect-error the level is district or economicRegion
    workforceOriginDistribution(summary, { level: 'village' });
    // Without a level, one result per level.
    expectTypeOf(workforceOriginDistribution(summary)).toEqualTypeOf<
      readonly DetailedResult<WorkforceOriginDistributionDetail>[]
    >();
    expectTypeOf(originConcentration).toBeCallableWith(summary);
    expectTypeOf(originConcentration).toBeCallableWith(summary, { level: 'district' });
  });
});

describe('workforce indicator types', () => {
  it('needs a locality policy and sites for senior management', () => {
    const policy: LocalityPolicy = { kind: 'sameDistrict' };
    expectTypeOf(seniorManagementLocalShare).toBeCallableWith(employees, {
      asOf: '2025-06-30',
      gazetteer,
      sites,
      localityPolicy: policy,
      significantSiteIds: ['site-cirpa'],
    });
    // @ts-expect-error the locality policy is required
    seniorManagementLocalShare(employees, { asOf: '2025-06-30', gazetteer, sites });
  });

  it('accepts the originRegion dimension in the flow rates, with a gazetteer', () => {
    expectTypeOf<'originRegion'>().toExtend<WorkforceDimension>();
    const options: NewHireRateOptions = {
      period: { start: '2024-01-01', end: '2024-12-31' },
      breakdown: ['originRegion', 'gender'],
      gazetteer,
    };
    expectTypeOf(newHireRate).toBeCallableWith(employees, options);
    const village = { period: options.period, breakdown: ['village'] } as const;
    // @ts-expect-error not a dimension
    newHireRate(employees, village);
  });

  it('gives the net change and the composition with their detail', () => {
    const period = { start: '2024-01-01', end: '2024-12-31' };
    expectTypeOf(netEmploymentChange(employees, { period })).toEqualTypeOf<
      DetailedResult<EmploymentChangeDetail>
    >();
    expectTypeOf(diversityComposition(employees, { asOf: '2024-12-31' })).toEqualTypeOf<
      DetailedResult<DiversityCompositionDetail>
    >();
    // @ts-expect-error the composition needs its day
    diversityComposition(employees, {});
  });

  it('takes a summary or records for the contractor share', () => {
    expectTypeOf(contractorShare(summary)).toEqualTypeOf<IndicatorResult>();
    expectTypeOf(contractorShare).toBeCallableWith(new Set(employees), { asOf: '2024-12-31' });
    // @ts-expect-error a number is neither a summary nor records
    contractorShare(42);
  });
});
