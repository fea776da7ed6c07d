import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type {
  Deposit,
  DepositSchema,
  EstimateCategory,
  EstimateCategorySchema,
  Grade,
  GradeSchema,
  Licence,
  LicenceSchema,
  MineStage,
  MineStageSchema,
  ReportingCode,
  ReportingCodeSchema,
  ResourceEstimate,
  ResourceEstimateSchema,
} from './deposit.js';

describe('the deposit types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Deposit, z.output<typeof DepositSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<SameShape<MineStage, z.output<typeof MineStageSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ReportingCode, z.output<typeof ReportingCodeSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<EstimateCategory, z.output<typeof EstimateCategorySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Grade, z.output<typeof GradeSchema>>>().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ResourceEstimate, z.output<typeof ResourceEstimateSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<SameShape<Licence, z.output<typeof LicenceSchema>>>().toEqualTypeOf<true>();
  });

  it('name the parts of a deposit', () => {
    expectTypeOf<Deposit['stage']>().toEqualTypeOf<MineStage>();
    expectTypeOf<NonNullable<Deposit['licence']>>().toEqualTypeOf<Licence>();
    expectTypeOf<NonNullable<Deposit['estimates']>>().toEqualTypeOf<readonly ResourceEstimate[]>();
  });
});
