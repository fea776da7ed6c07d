import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { IndicatorResult } from '../indicatorResult.js';
import type { EmploymentFigures } from './employmentFigures.js';
import type { EmploymentProjection } from './employmentProjection.js';
import { employmentResults } from './employmentResults.js';
import type { JobsFigure } from './jobsFigure.js';
import { projectEmployment } from './projectEmployment.js';

describe('projectEmployment types', () => {
  it('takes a readonly projection and optional options, and returns an EmploymentProjection', () => {
    expectTypeOf(projectEmployment).parameter(0).toEqualTypeOf<Readonly<JobProjection>>();
    expectTypeOf(projectEmployment).returns.toEqualTypeOf<EmploymentProjection>();
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection);
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection, { throughYear: 2040 });
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection, undefined);
    // @ts-expect-error a deposit is not a job projection
    projectEmployment({} as Deposit);
    // @ts-expect-error throughYear is a number
    projectEmployment({} as JobProjection, { throughYear: '2040' });
  });

  it('has nullable operations and construction figures per year', () => {
    const employment = {} as EmploymentProjection;
    expectTypeOf(employment.years[0]?.operations).toEqualTypeOf<
      EmploymentFigures | null | undefined
    >();
    expectTypeOf(employment.operationsPeak).toEqualTypeOf<EmploymentFigures | null>();
    // @ts-expect-error the result is read-only
    employment.throughYear = 2050;
  });

  it('narrows a JobsFigure by its kind', () => {
    const figure = {} as JobsFigure;
    if (figure.kind === 'range')
      expectTypeOf(figure.range.central).toEqualTypeOf<number | undefined>();
    if (figure.kind === 'bounds')
      expectTypeOf(figure.bounds.min).toEqualTypeOf<number | undefined>();
    if (figure.kind === 'notEstimated') {
      expectTypeOf(figure.missing).toEqualTypeOf<'multipliers' | 'typeII' | 'localHireShare'>();
    }
  });

  it('presents the projection as indicator results', () => {
    expectTypeOf(employmentResults).returns.toEqualTypeOf<IndicatorResult[]>();
  });
});
