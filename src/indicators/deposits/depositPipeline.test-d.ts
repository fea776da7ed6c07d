import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import {
  type DepositPipelineDetail,
  type DepositPipelineEntry,
  depositPipeline,
} from './depositPipeline.js';

declare const deposits: readonly Deposit[];
declare const gazetteer: Gazetteer;

describe('depositPipeline types', () => {
  it('takes deposits, asOf and a gazetteer, and returns a detailed result', () => {
    expectTypeOf(depositPipeline).returns.toEqualTypeOf<DetailedResult<DepositPipelineDetail>>();
    expectTypeOf(depositPipeline).toBeCallableWith(deposits, { asOf: '2024-12-31', gazetteer });
    // @ts-expect-error asOf is required
    depositPipeline(deposits, { gazetteer });
    const result = {} as DetailedResult<DepositPipelineDetail>;
    expectTypeOf(result.detail.deposits).toEqualTypeOf<readonly DepositPipelineEntry[]>();
    // @ts-expect-error the detail is read-only
    result.detail.asOf = '2025-01-01';
  });
});
