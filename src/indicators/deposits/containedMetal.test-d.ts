import { describe, expectTypeOf, it } from 'vitest';
import type { ResourceEstimate } from '../../model/deposit.js';
import type { ProductionRecord } from '../../model/productionRecord.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { type ContainedMetal, containedMetal } from './containedMetal.js';
import { productionSummary } from './productionSummary.js';
import { resourceReserveStatement } from './resourceReserveStatement.js';

describe('deposits types', () => {
  it('computes ContainedMetal from an estimate', () => {
    expectTypeOf(containedMetal).parameter(0).toEqualTypeOf<Readonly<ResourceEstimate>>();
    expectTypeOf(containedMetal).returns.toEqualTypeOf<ContainedMetal>();
    const metal = {} as ContainedMetal;
    // @ts-expect-error contained metal is read-only
    metal.tonnes = 1;
  });

  it('takes a commodity and a date for a statement', () => {
    expectTypeOf(resourceReserveStatement).returns.toEqualTypeOf<IndicatorResult>();
    // @ts-expect-error asOf is required
    resourceReserveStatement([], { commodity: 'gold' });
    // @ts-expect-error the metal unit is a mass unit
    resourceReserveStatement([], { commodity: 'gold', asOf: '2024-12-31', metalUnit: 'lb' });
  });

  it('summarises readonly production records', () => {
    expectTypeOf(productionSummary)
      .parameter(0)
      .toEqualTypeOf<readonly Readonly<ProductionRecord>[]>();
    expectTypeOf(productionSummary).toBeCallableWith([], { unit: 'ozt' });
    // @ts-expect-error the unit is a mass unit
    productionSummary([], { unit: 'oz' });
  });
});
