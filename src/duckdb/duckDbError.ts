import { ImpactError } from '../index.js';

/**
 * A DuckDB error as the library's: `FILE_UNREADABLE` for files DuckDB cannot find or read (its
 * `IO Error`s), `INVALID_ARGUMENT` for anything else (records it cannot convert).
 *
 * @param error - What DuckDB threw.
 * @param files - The paths read, named in the message.
 * @returns The error, with DuckDB's first line of message and the original as `cause`.
 * @internal
 */
export function duckDbError(error: unknown, files: readonly string[]): ImpactError {
  const message = error instanceof Error ? error.message : String(error);
  const code = message.startsWith('IO Error') ? 'FILE_UNREADABLE' : 'INVALID_ARGUMENT';
  const what = files.length === 1 ? JSON.stringify(files[0]) : `${files.length} files`;
  return new ImpactError(code, `DuckDB could not summarize ${what}: ${message.split('\n')[0]}`, {
    cause: error,
  });
}
