import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { FinancialSummary, FinancialSummarySchema } from './financialSummary.js';
import type { GovernmentPayment, GovernmentPaymentSchema } from './governmentPayment.js';
import type { ProcurementSummary, ProcurementSummarySchema } from './procurementSummary.js';
import type { StateFinancialFlow, StateFinancialFlowSchema } from './stateFinancialFlow.js';

describe('the economic entity types', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<FinancialSummary, z.output<typeof FinancialSummarySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<GovernmentPayment, z.output<typeof GovernmentPaymentSchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<ProcurementSummary, z.output<typeof ProcurementSummarySchema>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      SameShape<StateFinancialFlow, z.output<typeof StateFinancialFlowSchema>>
    >().toEqualTypeOf<true>();
  });
});
