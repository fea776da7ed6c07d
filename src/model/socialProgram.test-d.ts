import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { Money } from '../core/money.js';
import type {
  Beneficiaries,
  BeneficiariesSchema,
  ProgramCategory,
  ProgramCategorySchema,
  ProgramResult,
  ProgramResultSchema,
  ProgramStatus,
  ProgramStatusSchema,
  SocialProgram,
  SocialProgramSchema,
  Spend,
  SpendSchema,
} from './socialProgram.js';

describe('the social program types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<SocialProgram, z.output<typeof SocialProgramSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ProgramCategory, z.output<typeof ProgramCategorySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ProgramStatus, z.output<typeof ProgramStatusSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Spend, z.output<typeof SpendSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<Beneficiaries, z.output<typeof BeneficiariesSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ProgramResult, z.output<typeof ProgramResultSchema>>
    >().toEqualTypeOf<true>();
  });

  it('name the parts of a program', () => {
    expectTypeOf<SocialProgram['spend']>().toEqualTypeOf<readonly Spend[]>();
    expectTypeOf<Spend['value']>().toEqualTypeOf<Money>();
  });
});
