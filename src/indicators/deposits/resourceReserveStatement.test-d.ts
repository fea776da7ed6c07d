import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import {
  type ResourceReserveStatementOptions,
  resourceReserveStatement,
} from './resourceReserveStatement.js';

describe('resourceReserveStatement types', () => {
  it('takes deposits, a commodity and a date, and returns one result', () => {
    expectTypeOf(resourceReserveStatement).returns.toEqualTypeOf<IndicatorResult>();
    expectTypeOf(resourceReserveStatement)
      .parameter(0)
      .toEqualTypeOf<Iterable<Readonly<Deposit>>>();
    expectTypeOf(resourceReserveStatement)
      .parameter(1)
      .toEqualTypeOf<Readonly<ResourceReserveStatementOptions>>();
    expectTypeOf(resourceReserveStatement).toBeCallableWith(new Set<Deposit>(), {
      commodity: 'gold',
      asOf: '2024-12-31',
      metalUnit: 'ozt',
    });
    // @ts-expect-error asOf is required
    resourceReserveStatement([], { commodity: 'gold' });
    // @ts-expect-error the metal unit is a mass unit
    resourceReserveStatement([], { commodity: 'gold', asOf: '2024-12-31', metalUnit: 'lb' });
  });
});
