import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Money } from '../core/money.js';
import type { PartialDate } from '../core/partialDate.js';
import type {
  MoneyBounds,
  MoneyBoundsSchema,
  ReportedAmount,
  ReportedAmountBasis,
  ReportedAmountSchema,
  ReportedMoney,
  ReportedMoneySchema,
  ReportedPeriod,
  ReportedPeriodSchema,
} from './reportedAmount.js';
import type { SocialProgram, Spend } from './socialProgram.js';

describe('the reported amount types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<ReportedAmount, z.output<typeof ReportedAmountSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<MoneyBounds, z.output<typeof MoneyBoundsSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ReportedMoney, z.output<typeof ReportedMoneySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ReportedPeriod, z.output<typeof ReportedPeriodSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the basis, the partial dates and where a program holds them', () => {
    expectTypeOf<ReportedAmount['basis']>().toEqualTypeOf<ReportedAmountBasis>();
    expectTypeOf<ReportedPeriod['start']>().toEqualTypeOf<PartialDate>();
    expectTypeOf<SocialProgram['reportedAmounts']>().toEqualTypeOf<
      readonly ReportedAmount[] | undefined
    >();
    expectTypeOf<Spend['equivalents']>().toEqualTypeOf<readonly Money[] | undefined>();
  });

  it('give a cumulative amount, and only it, an asOf', () => {
    const amount = {} as ReportedAmount;
    if (amount.basis === 'cumulative') expectTypeOf(amount.asOf).toEqualTypeOf<PartialDate>();
    // @ts-expect-error - a period amount has no asOf
    amount.asOf;
  });
});
