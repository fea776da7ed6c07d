import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ImpactError } from './ImpactError.js';
import { isWithinPeriod } from './isWithinPeriod.js';
import { PeriodSchema } from './period.js';
import { periodDays } from './periodDays.js';
import { periodsOverlap } from './periodsOverlap.js';

describe('PeriodSchema', () => {
  it('accepts a closed and an open period', () => {
    expect(PeriodSchema.parse({ start: '2024-01-01', end: '2024-12-31' })).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
    });
    expect(PeriodSchema.parse({ start: '2023-07-10' })).toEqual({ start: '2023-07-10' });
  });

  it('accepts a one-day period', () => {
    expect(PeriodSchema.safeParse({ start: '2024-05-05', end: '2024-05-05' }).success).toBe(true);
  });

  it('rejects an end before the start, at the end', () => {
    const result = PeriodSchema.safeParse({ start: '2024-12-31', end: '2024-01-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('rejects unknown keys and bad dates', () => {
    expect(PeriodSchema.safeParse({ start: '2024-01-01', until: '2024-02-01' }).success).toBe(
      false,
    );
    expect(PeriodSchema.safeParse({ start: '2024-02-30' }).success).toBe(false);
  });
});

describe('isWithinPeriod', () => {
  const year = { start: '2024-01-01', end: '2024-12-31' };
  it('includes both ends', () => {
    expect(isWithinPeriod('2024-01-01', year)).toBe(true);
    expect(isWithinPeriod('2024-12-31', year)).toBe(true);
  });
  it('excludes the days just outside', () => {
    expect(isWithinPeriod('2023-12-31', year)).toBe(false);
    expect(isWithinPeriod('2025-01-01', year)).toBe(false);
  });
  it('treats an open end as unbounded', () => {
    expect(isWithinPeriod('2099-12-31', { start: '2024-01-01' })).toBe(true);
    expect(isWithinPeriod('2023-12-31', { start: '2024-01-01' })).toBe(false);
  });
});

describe('periodsOverlap', () => {
  it('counts a shared single day as overlap', () => {
    expect(
      periodsOverlap(
        { start: '2024-01-01', end: '2024-06-30' },
        { start: '2024-06-30', end: '2024-07-31' },
      ),
    ).toBe(true);
  });
  it('finds adjacent periods disjoint', () => {
    expect(
      periodsOverlap(
        { start: '2024-01-01', end: '2024-06-29' },
        { start: '2024-06-30', end: '2024-07-31' },
      ),
    ).toBe(false);
    expect(
      periodsOverlap(
        { start: '2024-06-30', end: '2024-07-31' },
        { start: '2024-01-01', end: '2024-06-29' },
      ),
    ).toBe(false);
  });
  it('handles open-ended periods', () => {
    expect(periodsOverlap({ start: '2024-01-01' }, { start: '2030-01-01' })).toBe(true);
    expect(
      periodsOverlap({ start: '2030-01-01' }, { start: '2020-01-01', end: '2029-12-31' }),
    ).toBe(false);
  });
  it('finds containment an overlap', () => {
    expect(
      periodsOverlap(
        { start: '2024-01-01', end: '2024-12-31' },
        { start: '2024-03-01', end: '2024-03-02' },
      ),
    ).toBe(true);
  });

  const date = fc
    .date({
      min: new Date('2000-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const period = fc
    .tuple(date, date)
    .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));

  test.prop([period, period])('is symmetric', (a, b) => {
    expect(periodsOverlap(a, b)).toBe(periodsOverlap(b, a));
  });

  test.prop([period, period, date])('holds whenever some date lies in both', (a, b, d) => {
    if (isWithinPeriod(d, a) && isWithinPeriod(d, b)) expect(periodsOverlap(a, b)).toBe(true);
  });
});

describe('periodDays', () => {
  it('counts both ends', () => {
    expect(periodDays({ start: '2024-05-05', end: '2024-05-05' })).toBe(1);
    // January: 31 days, 1st to 31st inclusive.
    expect(periodDays({ start: '2024-01-01', end: '2024-01-31' })).toBe(31);
  });
  it('counts leap days', () => {
    // 2024 is a leap year: 366 days; 2023 is not: 365.
    expect(periodDays({ start: '2024-01-01', end: '2024-12-31' })).toBe(366);
    expect(periodDays({ start: '2023-01-01', end: '2023-12-31' })).toBe(365);
    // February 2024: 29 days; February 2023: 28.
    expect(periodDays({ start: '2024-02-01', end: '2024-02-29' })).toBe(29);
    expect(periodDays({ start: '2023-02-01', end: '2023-02-28' })).toBe(28);
  });
  it('crosses month ends and years', () => {
    // 2023-12-30, 31, 2024-01-01, 02 = 4 days.
    expect(periodDays({ start: '2023-12-30', end: '2024-01-02' })).toBe(4);
    // 2024-02-28, 29, 03-01 = 3 days.
    expect(periodDays({ start: '2024-02-28', end: '2024-03-01' })).toBe(3);
  });
  it('returns null for an open period', () => {
    expect(periodDays({ start: '2024-01-01' })).toBeNull();
  });
  it('throws INVALID_PERIOD when the end is before the start', () => {
    expect(() => periodDays({ start: '2024-01-02', end: '2024-01-01' })).toThrowError(ImpactError);
    expect(() =>
      periodDays({ start: '2024-01-02', end: '2024-01-01' }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ImpactError: [mining-impact] The period ends before it starts: 2024-01-02 to 2024-01-01]`,
    );
  });
});

describe('periodDays with malformed dates (regression)', () => {
  it('throws INVALID_DATE instead of counting NaN days', () => {
    // date-fns parses "2024-13-01" as an Invalid Date; the difference used to be NaN.
    expect(() => periodDays({ start: '2024-13-01', end: '2024-13-05' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.start: "2024-13-01"',
    );
    expect(() => periodDays({ start: '2024-01-01', end: '2024-02-30' })).toThrow(
      '[mining-impact] The value is not a calendar date in YYYY-MM-DD form: period.end: "2024-02-30"',
    );
  });
  it('checks the start of an open period too', () => {
    expect(() => periodDays({ start: '2024-1-1' })).toThrow(ImpactError);
  });
});
