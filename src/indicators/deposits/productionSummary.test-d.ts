import { describe, expectTypeOf, it } from 'vitest';
import type { ProductionRecord } from '../../model/productionRecord.js';
import type { IndicatorResult } from '../contract/indicatorResult.js';
import { type ProductionSummaryOptions, productionSummary } from './productionSummary.js';

describe('productionSummary types', () => {
  it('summarises readonly production records read once, with optional options', () => {
    expectTypeOf(productionSummary)
      .parameter(0)
      .toEqualTypeOf<Iterable<Readonly<ProductionRecord>>>();
    expectTypeOf(productionSummary)
      .parameter(1)
      .toEqualTypeOf<Readonly<ProductionSummaryOptions> | undefined>();
    expectTypeOf(productionSummary).returns.toEqualTypeOf<IndicatorResult>();
    expectTypeOf(productionSummary).toBeCallableWith([]);
    expectTypeOf(productionSummary).toBeCallableWith([], { unit: 'ozt' });
    // @ts-expect-error the unit is a mass unit
    productionSummary([], { unit: 'oz' });
  });
});
