import { describe, expect, it } from 'vitest';
import { duckDbError } from './duckDbError.js';

describe('duckDbError', () => {
  it('makes an IO error FILE_UNREADABLE and keeps the first line of the message', () => {
    const cause = new Error('IO Error: No files found that match the pattern "a.csv"\n\nLINE 1: …');
    const error = duckDbError(cause, ['a.csv']);
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toBe(
      '[mining-impact] The file or folder cannot be read: DuckDB could not summarize "a.csv": IO Error: No files found that match the pattern "a.csv"',
    );
    expect(error.cause).toBe(cause);
  });

  it('makes anything else INVALID_ARGUMENT, a thrown value that is not an Error included', () => {
    const error = duckDbError('Conversion Error: date field value out of range', ['a', 'b']);
    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(error.message).toContain('DuckDB could not summarize 2 files: Conversion Error');
  });
});
