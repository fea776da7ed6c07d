import { fc, test } from '@fast-check/vitest';
import { addYears as addYearsFns } from 'date-fns/addYears';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { formatISO } from 'date-fns/formatISO';
import { parseISO } from 'date-fns/parseISO';
import { describe, expect, it } from 'vitest';
import { addYears, daysBetween } from './calendarArithmetic.js';

describe('daysBetween', () => {
  it('counts calendar days, leap days included', () => {
    // February 2024 has 29 days; 2024 has 366; 2023 has 365.
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
    expect(daysBetween('2024-05-05', '2024-05-05')).toBe(0);
  });

  it('keeps years below 100 as given (no 1900 offset)', () => {
    // 0004 is a leap year in the proleptic Gregorian calendar: 366 days to 0005-01-01.
    expect(daysBetween('0004-01-01', '0005-01-01')).toBe(366);
  });
});

describe('addYears', () => {
  it('moves a day by whole years, 29 February to 28 February in a common year', () => {
    expect(addYears('2025-12-06', 15)).toBe('2040-12-06');
    expect(addYears('2024-02-29', 15)).toBe('2039-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });
});

// date-fns, which these replace at run time, stays a development dependency as the reference.
const dates = fc
  .date({
    min: new Date('1000-01-01T00:00:00Z'),
    max: new Date('8999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('the same answers as date-fns', () => {
  test.prop([dates, dates])('daysBetween', (a, b) => {
    expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
  });
  test.prop([dates, fc.integer({ min: 0, max: 900 })])('addYears', (date, years) => {
    expect(addYears(date, years)).toBe(
      formatISO(addYearsFns(parseISO(date), years), { representation: 'date' }),
    );
  });
});
