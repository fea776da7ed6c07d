import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { CurrencyCode } from './currencies.js';
import type { FxRate, FxRateSchema } from './fxRate.js';
import type { SourceId } from './ids.js';

describe('the exchange rate type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<FxRate, z.output<typeof FxRateSchema>>>().toEqualTypeOf<true>();
  });

  it('names its currencies and source', () => {
    expectTypeOf<FxRate['from']>().toEqualTypeOf<CurrencyCode>();
    expectTypeOf<NonNullable<FxRate['sourceId']>>().toEqualTypeOf<SourceId>();
  });
});
