import { describe, expect, it } from 'vitest';
import { CellProblem, parquetParsers } from './parquetParsers.js';

const parsers = parquetParsers();
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parquetParsers', () => {
  it('turns days from 1970-01-01 into the calendar day', () => {
    // 0 is 1970-01-01; 17,956 = 49 years of 365 days + 12 leap days (1972…2016) + 59 (Jan, Feb)
    // = 17,885 + 12 + 59 = 17,956: 2019-03-01. -1 is 1969-12-31.
    expect(parsers.dateFromDays(0)).toBe('1970-01-01');
    expect(parsers.dateFromDays(17_956)).toBe('2019-03-01');
    expect(parsers.dateFromDays(-1)).toBe('1969-12-31');
    expect(parsers.dateFromDays(undefined)).toBeUndefined();
  });

  it('keeps the years 0000 to 9999 and nothing beyond', () => {
    // 2,932,896 days is 9999-12-31 (Date.UTC(9999, 11, 31) / 86,400,000); one more is 10000.
    // -719,528 days is 0000-01-01 (Date.UTC(0, 0, 1) with the full year 0); one less is -0001.
    expect(parsers.dateFromDays(2_932_896)).toBe('9999-12-31');
    expect(parsers.dateFromDays(2_932_897)).toBeInstanceOf(CellProblem);
    expect(parsers.dateFromDays(-719_528)).toBe('0000-01-01');
    expect(parsers.dateFromDays(-719_529)).toBeInstanceOf(CellProblem);
    // Beyond what a Date holds (±100,000,000 days) the date is invalid, a problem too.
    expect(parsers.dateFromDays(2_000_000_000)).toMatchObject({
      code: 'parquet.invalid_date',
      message: 'The date (2000000000 days from 1970-01-01) is outside the years 0000 to 9999.',
    });
  });

  it('takes the UTC day of a timestamp, rounding down before 1970', () => {
    // 86,399,999 ms is the last millisecond of 1970-01-01; 86,400,000 the first of 1970-01-02;
    // -1 the last of 1969-12-31, and -86,400,000 its first: both 1969-12-31.
    expect(parsers.timestampFromMilliseconds(86_399_999n)).toBe('1970-01-01');
    expect(parsers.timestampFromMilliseconds(86_400_000n)).toBe('1970-01-02');
    expect(parsers.timestampFromMilliseconds(-1n)).toBe('1969-12-31');
    expect(parsers.timestampFromMilliseconds(-86_400_000n)).toBe('1969-12-31');
    expect(parsers.timestampFromMicroseconds(-1n)).toBe('1969-12-31');
    expect(parsers.timestampFromNanoseconds(86_400_000_000_000n)).toBe('1970-01-02');
    expect(parsers.timestampFromNanoseconds(undefined)).toBeUndefined();
    // 2^63 - 1 ms is about 292 million years: beyond any calendar date.
    expect(parsers.timestampFromMilliseconds(9_223_372_036_854_775_807n)).toBeInstanceOf(
      CellProblem,
    );
  });

  it('decodes text as strict UTF-8', () => {
    expect(parsers.stringFromBytes(encode('Gədəbəy'))).toBe('Gədəbəy');
    expect(parsers.stringFromBytes(undefined)).toBeUndefined();
    expect(parsers.stringFromBytes(Uint8Array.from([0xc3]))).toEqual(
      new CellProblem('encoding.invalid_utf8', 'The cell is not valid UTF-8.'),
    );
  });

  it('parses JSON, and makes a problem of a cell that is not JSON or not UTF-8', () => {
    expect(parsers.jsonFromBytes(encode('"female"'))).toBe('female');
    expect(parsers.jsonFromBytes(encode('{"a":[1]}'))).toEqual({ a: [1] });
    expect(parsers.jsonFromBytes(undefined)).toBeUndefined();
    expect(parsers.jsonFromBytes(Uint8Array.from([0xff]))).toMatchObject({
      code: 'encoding.invalid_utf8',
    });
    const problem = parsers.jsonFromBytes(encode('{oops'));
    expect(problem).toBeInstanceOf(CellProblem);
    expect((problem as CellProblem).code).toBe('json.invalid');
    expect((problem as CellProblem).message).toMatch(/^The cell is not valid JSON: /);
  });
});
