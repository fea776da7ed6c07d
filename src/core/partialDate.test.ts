import { describe, expect, it } from 'vitest';
import { isImpactError } from './ImpactError.js';
import {
  comparePartialDates,
  isPartialDate,
  PartialDateSchema,
  partialDateRange,
} from './partialDate.js';

describe('PartialDateSchema and isPartialDate', () => {
  it.each([
    '1997', // a year
    '1997-05', // a month
    '1997-05-14', // a day
    '2024-02-29', // 2024 is a leap year
  ])('accept %s', (date) => {
    expect(PartialDateSchema.parse(date)).toBe(date);
    expect(isPartialDate(date)).toBe(true);
  });

  it.each([
    ['1997-13', 'there is no 13th month'],
    ['1997-00', 'there is no month 0'],
    ['1997-5', 'the month has two digits'],
    ['97', 'the year has four digits'],
    ['2023-02-29', '2023 is not a leap year'],
    ['2024-04-31', 'April has 30 days'],
    ['1997-05-14T00:00:00Z', 'a timestamp is not a date'],
    ['', 'empty'],
  ])('reject %s (%s)', (date) => {
    expect(PartialDateSchema.safeParse(date).success).toBe(false);
    expect(isPartialDate(date)).toBe(false);
  });

  it('rejects a number and reports one issue for an unreal day', () => {
    expect(isPartialDate(1997)).toBe(false);
    expect(PartialDateSchema.safeParse('2023-02-29').error?.issues).toHaveLength(1);
  });
});

describe('partialDateRange', () => {
  it('gives a year as the whole year, a month as the whole month, a day as itself', () => {
    expect(partialDateRange('1997')).toEqual({ start: '1997-01-01', end: '1997-12-31' });
    // May has 31 days.
    expect(partialDateRange('1997-05')).toEqual({ start: '1997-05-01', end: '1997-05-31' });
    expect(partialDateRange('1997-05-14')).toEqual({ start: '1997-05-14', end: '1997-05-14' });
  });

  it('counts the days of February in leap and common years', () => {
    // 2024 and 2000 are leap years (divisible by 4, and 2000 by 400); 1900 and 2023 are not.
    expect(partialDateRange('2024-02').end).toBe('2024-02-29');
    expect(partialDateRange('2000-02').end).toBe('2000-02-29');
    expect(partialDateRange('1900-02').end).toBe('1900-02-28');
    expect(partialDateRange('2023-02').end).toBe('2023-02-28');
    expect(partialDateRange('2023-04').end).toBe('2023-04-30');
    expect(partialDateRange('2023-12').end).toBe('2023-12-31');
  });

  it('throws INVALID_DATE on anything else', () => {
    for (const bad of ['1997-13', '2023-02-29', '', 1997 as unknown as string]) {
      let caught: unknown;
      try {
        partialDateRange(bad);
      } catch (error) {
        caught = error;
      }
      expect(isImpactError(caught) && caught.code === 'INVALID_DATE', String(bad)).toBe(true);
    }
  });
});

describe('comparePartialDates', () => {
  it('orders by the days each date stands for', () => {
    // May 1997 (1997-05-01 … 1997-05-31) begins after 1997-04-30 ends.
    expect(comparePartialDates('1997-05', '1997-04-30')).toBe('after');
    expect(comparePartialDates('1997-04-30', '1997-05')).toBe('before');
    expect(comparePartialDates('1996', '1997-01')).toBe('before');
  });

  it('claims no order when the ranges share a day', () => {
    // 1997-03-01 lies inside 1997: neither before nor after.
    expect(comparePartialDates('1997', '1997-03-01')).toBe('overlapping');
    expect(comparePartialDates('1997-03', '1997')).toBe('overlapping');
    expect(comparePartialDates('1997-05-14', '1997-05-14')).toBe('overlapping');
  });
});
