import { expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { CurrencyCode } from './currencies.js';
import type { Money, MoneySchema } from './money.js';
import { moneyFromDecimal } from './moneyFromDecimal.js';
import type { Ratio } from './ratio.js';
import { ratio } from './ratio.js';

test('a currency code is a union of ISO codes', () => {
  expectTypeOf<'AZN'>().toExtend<CurrencyCode>();
  // @ts-expect-error [ts2345] - 'ZZZ' is not an ISO 4217 code
  moneyFromDecimal('1', 'ZZZ');
});

test('money carries its currency code', () => {
  expectTypeOf<Money['currency']>().toEqualTypeOf<CurrencyCode>();
  expectTypeOf<Money['amountMinor']>().toEqualTypeOf<number>();
});

test('a ratio value may be null', () => {
  expectTypeOf(ratio(1, 2)).toEqualTypeOf<Ratio>();
  expectTypeOf<Ratio['value']>().toEqualTypeOf<number | null>();
});

test('money is the type its schema describes, readonly aside', () => {
  expectTypeOf<SameShape<Money, z.output<typeof MoneySchema>>>().toEqualTypeOf<true>();
});
