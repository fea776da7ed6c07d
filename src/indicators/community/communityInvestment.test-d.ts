import { describe, expectTypeOf, it } from 'vitest';
import type { FxTable } from '../../core/fxTable.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import type { SocialProgram } from '../../model/socialProgram.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { IndicatorResult } from '../indicatorResult.js';
import { beneficiaryCoverage } from './beneficiaryCoverage.js';
import { type CategoryCoverage, categoryCoverage } from './categoryCoverage.js';
import {
  type CommunityInvestment,
  type CommunityInvestmentDimension,
  communityInvestment,
} from './communityInvestment.js';
import { type ProgramBeneficiaryCount, programBeneficiaries } from './programBeneficiaries.js';

declare const programs: readonly SocialProgram[];
declare const gazetteer: Gazetteer;
declare const period: Period;
declare const fx: FxTable;

describe('community indicator types', () => {
  it('takes programs and options with a period and a gazetteer, fx optional', () => {
    expectTypeOf(communityInvestment).returns.toEqualTypeOf<CommunityInvestment>();
    expectTypeOf(communityInvestment).toBeCallableWith(programs, { period, gazetteer });
    expectTypeOf(communityInvestment).toBeCallableWith(programs, {
      period,
      gazetteer,
      fx,
      includeRegrants: true,
      includeBusinessPurpose: undefined,
    });
    // @ts-expect-error the gazetteer is required
    communityInvestment(programs, { period });
    // @ts-expect-error an exchange-rate table needs its currency
    communityInvestment(programs, { period, gazetteer, fx: { rates: [] } });
    const investment = {} as CommunityInvestment;
    expectTypeOf(investment.total).toEqualTypeOf<readonly Money[]>();
    expectTypeOf(investment.rows[0]?.dimension).toEqualTypeOf<
      CommunityInvestmentDimension | undefined
    >();
    expectTypeOf(investment.result).toEqualTypeOf<IndicatorResult>();
    // @ts-expect-error the result is read-only
    investment.total = [];
  });

  it('gives beneficiary coverage and category coverage', () => {
    expectTypeOf(beneficiaryCoverage).returns.toEqualTypeOf<IndicatorResult>();
    expectTypeOf(beneficiaryCoverage).toBeCallableWith(programs, gazetteer, 'AZ-GYG');
    expectTypeOf(categoryCoverage).returns.toEqualTypeOf<CategoryCoverage>();
    expectTypeOf(categoryCoverage).toBeCallableWith(programs, { gazetteer });
    expectTypeOf(categoryCoverage).toBeCallableWith(programs, {
      gazetteer,
      locationIds: ['AZ-DAS'],
      period,
    });
    // @ts-expect-error the options need a gazetteer
    categoryCoverage(programs, { locationIds: ['AZ-DAS'] });
  });

  it('keeps programBeneficiaries callable as before, with an optional gazetteer', () => {
    expectTypeOf(programBeneficiaries).toBeCallableWith(programs);
    expectTypeOf(programBeneficiaries).toBeCallableWith(programs, { unit: 'household' });
    expectTypeOf(programBeneficiaries).toBeCallableWith(programs, { gazetteer });
    const count = {} as ProgramBeneficiaryCount;
    expectTypeOf(count.byRegion?.[0]?.regionId).toEqualTypeOf<string | undefined>();
  });
});
