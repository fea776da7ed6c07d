import { describe, expectTypeOf, it } from 'vitest';
import type { FxTable } from '../../core/fxTable.js';
import type { Money } from '../../core/money.js';
import type { Period } from '../../core/period.js';
import type { SocialProgram } from '../../model/socialProgram.js';
import type { Gazetteer } from '../../places/gazetteer.js';
import type { RowKeys } from '../contract/breakdownRow.js';
import type { DetailedResult, IndicatorResult } from '../contract/indicatorResult.js';
import { beneficiaryCoverage } from './beneficiaryCoverage.js';
import { type CategoryCoverageDetail, categoryCoverage } from './categoryCoverage.js';
import { type CommunityInvestmentDetail, communityInvestment } from './communityInvestment.js';
import { type ProgramBeneficiariesDetail, programBeneficiaries } from './programBeneficiaries.js';
import { resultProgress } from './resultProgress.js';

declare const programs: readonly SocialProgram[];
declare const gazetteer: Gazetteer;
declare const period: Period;
declare const fx: FxTable;

describe('community indicator types', () => {
  it('takes programs and options with a period and a gazetteer, fx optional', () => {
    expectTypeOf(communityInvestment).returns.toEqualTypeOf<
      DetailedResult<CommunityInvestmentDetail>
    >();
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
    const investment = {} as DetailedResult<CommunityInvestmentDetail>;
    expectTypeOf(investment.detail.total).toEqualTypeOf<readonly Money[]>();
    expectTypeOf(investment.breakdown?.[0]?.keys).toEqualTypeOf<RowKeys | undefined>();
    expectTypeOf(investment.value).toEqualTypeOf<number | null>();
    // @ts-expect-error the result is read-only
    investment.detail.total = [];
  });

  it('gives beneficiary coverage and category coverage', () => {
    expectTypeOf(beneficiaryCoverage).returns.toEqualTypeOf<IndicatorResult>();
    expectTypeOf(beneficiaryCoverage).toBeCallableWith(programs, {
      gazetteer,
      locationId: 'AZ-GYG',
    });
    // @ts-expect-error the gazetteer and the location are one options object
    beneficiaryCoverage(programs, gazetteer, 'AZ-GYG');
    expectTypeOf(categoryCoverage).returns.toEqualTypeOf<DetailedResult<CategoryCoverageDetail>>();
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
    const count = {} as DetailedResult<ProgramBeneficiariesDetail>;
    expectTypeOf(count.detail.byRegion?.[0]?.regionId).toEqualTypeOf<string | undefined>();
  });

  it('gives one progress result per program result', () => {
    expectTypeOf(resultProgress).returns.toEqualTypeOf<readonly IndicatorResult[]>();
    expectTypeOf(resultProgress).toBeCallableWith(programs);
    expectTypeOf(resultProgress).toBeCallableWith(programs, { includeQualitative: false });
  });
});
