import { describe, expect, it } from 'vitest';
import { assertCalendarDate } from './assertCalendarDate.js';
import { assertPeriod } from './assertPeriod.js';
import { isImpactError } from './ImpactError.js';

function codeOf(call: () => void): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    return isImpactError(error) ? error.code : 'not an ImpactError';
  }
}

describe('assertCalendarDate', () => {
  it('accepts a real day, a leap day included', () => {
    expect(codeOf(() => assertCalendarDate('2024-02-29', 'asOf'))).toBeUndefined();
  });
  it('names a string value, cut to 40 characters', () => {
    expect(() => assertCalendarDate(`2024-${'9'.repeat(100)}`, 'asOf')).toThrow(
      `asOf: "2024-${'9'.repeat(35)}"`,
    );
  });
  it('names the type of a value that is not a string', () => {
    expect(() => assertCalendarDate(20240101, 'asOf')).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: asOf: number',
    );
    expect(codeOf(() => assertCalendarDate(undefined, 'asOf'))).toBe('INVALID_DATE');
  });
});

describe('assertPeriod', () => {
  it('accepts a closed, a one-day and an open period', () => {
    expect(codeOf(() => assertPeriod({ start: '2024-01-01', end: '2024-12-31' }, 'p'))).toBe(
      undefined,
    );
    expect(codeOf(() => assertPeriod({ start: '2024-01-01', end: '2024-01-01' }, 'p'))).toBe(
      undefined,
    );
    expect(codeOf(() => assertPeriod({ start: '2024-01-01' }, 'p'))).toBeUndefined();
  });
  it('throws INVALID_PERIOD when the end is before the start', () => {
    expect(() => assertPeriod({ start: '2024-01-02', end: '2024-01-01' }, 'p')).toThrow(
      '[mining-impact] The period ends before it starts: 2024-01-02 to 2024-01-01',
    );
  });
  it('throws INVALID_DATE naming the bad end', () => {
    expect(() => assertPeriod({ start: '2024-02-30' }, 'period')).toThrow(
      'period.start: "2024-02-30"',
    );
    expect(() => assertPeriod({ start: '2024-01-01', end: '2024-1-2' }, 'period')).toThrow(
      'period.end: "2024-1-2"',
    );
  });
  it('throws INVALID_DATE, never a TypeError, for a missing period', () => {
    expect(codeOf(() => assertPeriod(null as never, 'period'))).toBe('INVALID_DATE');
  });
});
