import { describe, expectTypeOf, it } from 'vitest';
import type { Deposit } from '../../model/deposit.js';
import type { JobProjection } from '../../model/jobProjection.js';
import type { DetailedResult } from '../contract/indicatorResult.js';
import type { JobsFigure } from './jobsFigure.js';
import type { JobsFigures } from './jobsFigures.js';
import type { JobsProjection } from './jobsProjection.js';
import { type ProjectEmploymentOptions, projectEmployment } from './projectEmployment.js';

describe('projectEmployment types', () => {
  it('takes a readonly projection and optional options, and returns one result per phase', () => {
    expectTypeOf(projectEmployment).parameter(0).toEqualTypeOf<Readonly<JobProjection>>();
    expectTypeOf(projectEmployment)
      .parameter(1)
      .toEqualTypeOf<Readonly<ProjectEmploymentOptions> | undefined>();
    expectTypeOf(projectEmployment).returns.toEqualTypeOf<
      readonly DetailedResult<JobsProjection>[]
    >();
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection);
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection, { throughYear: 2040 });
    expectTypeOf(projectEmployment).toBeCallableWith({} as JobProjection, undefined);
    // @ts-expect-error a deposit is not a job projection
    projectEmployment({} as Deposit);
    // @ts-expect-error throughYear is a number
    projectEmployment({} as JobProjection, { throughYear: '2040' });
  });

  it('has the figures of each year and the headline in its detail', () => {
    const table = {} as JobsProjection;
    expectTypeOf(table.years[0]?.figures).toEqualTypeOf<JobsFigures | undefined>();
    expectTypeOf(table.headline).toEqualTypeOf<JobsFigures>();
    expectTypeOf(table.phase).toEqualTypeOf<'operations' | 'construction'>();
    // @ts-expect-error the detail is read-only
    table.throughYear = 2050;
    const results = [] as ReturnType<typeof projectEmployment>;
    // @ts-expect-error the results are read-only
    results.push(results[0] as DetailedResult<JobsProjection>);
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
});
