import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { SameShape } from '../../test/fixtures/typeEquality.js';
import type { CalendarDate, CalendarDateSchema } from './calendarDate.js';

describe('the calendar date type', () => {
  it('are the types their schemas describe, readonly aside', () => {
    expectTypeOf<
      SameShape<CalendarDate, z.output<typeof CalendarDateSchema>>
    >().toEqualTypeOf<true>();
  });
});
