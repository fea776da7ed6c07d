import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { CurrencyCode, CurrencyCodeSchema, currencyMinorUnits } from './currencies.js';

describe('the currency code type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<CurrencyCode, z.output<typeof CurrencyCodeSchema>>
    >().toEqualTypeOf<true>();
  });

  it('is the list of codes of the minor-unit table', () => {
    expectTypeOf<SameShape<CurrencyCode, keyof typeof currencyMinorUnits>>().toEqualTypeOf<true>();
  });
});
