import { describe, expect, it } from 'vitest';
import { CellProblem } from './parquetParsers.js';
import { parquetRowToRecord } from './parquetRowToRecord.js';

/** The record of a row given as its cells, each in a column of one row. */
const one = (
  columns: readonly string[],
  cells: readonly unknown[],
  row: number,
  maxRowBytes: number,
): ReturnType<typeof parquetRowToRecord> =>
  parquetRowToRecord(
    columns,
    cells.map((cell) => [cell]),
    0,
    row,
    maxRowBytes,
  );

describe('parquetRowToRecord', () => {
  it('takes the cells at the index given, and a missing column as a null cell', () => {
    const cells = [
      ['e1', 'e2'],
      ['male', 'female'],
    ];
    // Index 1 is the second row; the third column has no cells at all.
    expect(parquetRowToRecord(['id', 'gender', 'siteId'], cells, 1, 2, 100)).toEqual({
      record: { id: 'e2', gender: 'female' },
      problems: undefined,
    });
  });

  it('names each field after its column and leaves null cells out', () => {
    expect(one(['id', 'siteId', 'birthYear', 'rehire'], ['e1', null, 1980, false], 4, 100)).toEqual(
      { record: { id: 'e1', birthYear: 1980, rehire: false }, problems: undefined },
    );
  });

  it('turns a bigint into a number up to ±(2^53 - 1), and into a problem beyond', () => {
    // 2^53 - 1 = 9007199254740991 is the largest safe integer.
    const { record, problems } = one(
      ['a', 'b', 'c'],
      [9_007_199_254_740_991n, -9_007_199_254_740_991n, 9_007_199_254_740_992n],
      7,
      100,
    );
    expect(record).toEqual({ a: 9_007_199_254_740_991, b: -9_007_199_254_740_991 });
    expect(problems).toEqual([
      {
        row: 7,
        column: 'c',
        code: 'parquet.unsafe_integer',
        message:
          'The integer 9007199254740992 is beyond ±9007199254740991, which a number holds exactly.',
      },
    ]);
  });

  it("turns a parser's problem into a problem of its column", () => {
    const cell = new CellProblem('encoding.invalid_utf8', 'The cell is not valid UTF-8.');
    expect(one(['id', 'gender'], [cell, 'male'], 2, 100)).toEqual({
      record: { gender: 'male' },
      problems: [
        {
          row: 2,
          column: 'id',
          code: 'encoding.invalid_utf8',
          message: 'The cell is not valid UTF-8.',
        },
      ],
    });
  });

  it('defines a __proto__ column as an own field, without reaching the prototype', () => {
    const { record } = one(['__proto__'], [{ polluted: true }], 1, 100);
    expect(Object.hasOwn(record as object, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('measures the text of a row in UTF-8 bytes against the limit', () => {
    // Limit 6: 'abcdef' is 6 bytes, kept; 'é' is 2 bytes, so 'abcdé' is 6 and 'abcdeé' is 7.
    expect(one(['a'], ['abcdef'], 1, 6).problems).toBeUndefined();
    // A cell that is not text (5) counts for nothing.
    expect(one(['a', 'b', 'c'], ['abc', 'dé', 5], 1, 6).problems).toBeUndefined();
    expect(one(['a', 'b'], ['abcd', 'eé'], 3, 6)).toEqual({
      record: undefined,
      problems: [
        {
          row: 3,
          column: null,
          code: 'row.too_long',
          message: "The row's text is longer than 6 bytes.",
        },
      ],
    });
  });
});
