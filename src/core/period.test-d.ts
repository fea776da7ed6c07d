import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { CalendarDate } from './calendarDate.js';
import type { Period, PeriodSchema } from './period.js';

describe('the period type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<SameShape<Period, z.output<typeof PeriodSchema>>>().toEqualTypeOf<true>();
  });

  it('names its dates', () => {
    expectTypeOf<Period['start']>().toEqualTypeOf<CalendarDate>();
  });
});
