import { describe, expect, it } from 'vitest';
import { CalendarDateSchema, isCalendarDate } from './calendarDate.js';
import { TimestampSchema } from './timestamp.js';

describe('CalendarDateSchema', () => {
  it.each([
    '2024-02-29', // 2024 is divisible by 4 and not by 100: a leap year
    '2000-02-29', // 2000 is divisible by 400: a leap year
    '2023-01-31',
    '2023-04-30',
    '2023-12-31',
  ])('accepts the real date %s', (date) => {
    expect(CalendarDateSchema.parse(date)).toBe(date);
  });

  it.each([
    ['2023-02-29', '2023 is not a leap year'],
    ['1900-02-29', '1900 is divisible by 100 but not by 400'],
    ['2024-02-30', 'February never has 30 days'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'there is no 13th month'],
    ['2024-00-10', 'there is no month 0'],
    ['2024-01-00', 'there is no day 0'],
    ['2024-1-1', 'month and day need two digits'],
    ['20240101', 'the separators are required'],
    ['2024-01-01T00:00:00Z', 'a timestamp is not a date'],
    [' 2024-01-01', 'no surrounding whitespace'],
    ['', 'empty'],
  ])('rejects %s (%s)', (date) => {
    expect(CalendarDateSchema.safeParse(date).success).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(CalendarDateSchema.safeParse(20240101).success).toBe(false);
    expect(CalendarDateSchema.safeParse(null).success).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it('agrees with the schema', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });
});

describe('TimestampSchema', () => {
  it.each(['2025-11-14T10:00:00Z', '2025-11-14T10:00:00+04:00', '2025-11-14T10:00:00.123-05:30'])(
    'accepts %s',
    (ts) => {
      expect(TimestampSchema.parse(ts)).toBe(ts);
    },
  );

  it.each([
    '2025-11-14T10:00:00', // no offset: not an instant
    '2025-11-14',
    '2025-02-30T10:00:00Z',
    '2025-11-14T25:00:00Z',
  ])('rejects %s', (ts) => {
    expect(TimestampSchema.safeParse(ts).success).toBe(false);
  });
});
