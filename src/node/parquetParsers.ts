/**
 * A Parquet cell that cannot become a field value: why, as the code and message of a row issue.
 *
 * @internal
 */
export class CellProblem {
  /**
   * @param code - The issue code (`parquet.invalid_date`, `encoding.invalid_utf8`, `json.invalid`).
   * @param message - What is wrong, in plain English.
   */
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

const DAY_MS = 86_400_000;

/**
 * The calendar day `days` days after 1970-01-01 as `YYYY-MM-DD`, or a problem when the year is
 * outside 0000-9999 (what a calendar date string can hold).
 */
function dayString(days: number | undefined): string | CellProblem | undefined {
  if (days === undefined) return undefined;
  const date = new Date(days * DAY_MS);
  const year = date.getUTCFullYear();
  // An invalid date (beyond ±100,000,000 days) has a NaN year, which fails both tests.
  if (!(year >= 0 && year <= 9999)) {
    return new CellProblem(
      'parquet.invalid_date',
      `The date (${days} days from 1970-01-01) is outside the years 0000 to 9999.`,
    );
  }
  return date.toISOString().slice(0, 10);
}

/** The day of a timestamp counted in `perDay` units a day from 1970-01-01T00:00Z, rounded down. */
function timestampDay(value: bigint | undefined, perDay: bigint): string | CellProblem | undefined {
  if (value === undefined) return undefined;
  let days = value / perDay;
  // BigInt division rounds toward zero; a moment before 1970 belongs to the day before.
  if (value % perDay !== 0n && value < 0n) days -= 1n;
  // Beyond ±2^53 days the number is out of range anyway; the Date check reports it.
  return dayString(Number(days));
}

/** The text of a byte array, or a problem when it is not UTF-8. */
function text(
  strict: InstanceType<typeof TextDecoder>,
  bytes: Uint8Array | undefined,
): string | CellProblem | undefined {
  if (bytes === undefined) return undefined;
  try {
    return strict.decode(bytes);
  } catch {
    return new CellProblem('encoding.invalid_utf8', 'The cell is not valid UTF-8.');
  }
}

/** The parsers of {@link parquetParsers}: those of hyparquet's `ParquetParsers` it replaces. */
export interface ParquetCellParsers {
  dateFromDays(days: number | undefined): string | CellProblem | undefined;
  timestampFromMilliseconds(millis: bigint | undefined): string | CellProblem | undefined;
  timestampFromMicroseconds(micros: bigint | undefined): string | CellProblem | undefined;
  timestampFromNanoseconds(nanos: bigint | undefined): string | CellProblem | undefined;
  stringFromBytes(bytes: Uint8Array | undefined): string | CellProblem | undefined;
  jsonFromBytes(bytes: Uint8Array | undefined): unknown;
}

/**
 * The parsers hyparquet uses for the logical types of a column, chosen so that a cell becomes
 * what the same field holds in NDJSON: a DATE or a timestamp (milli-, micro-, nanoseconds,
 * INT96) becomes the calendar day `YYYY-MM-DD` it falls on in UTC; text is decoded as strict
 * UTF-8; a JSON cell is parsed; a missing value (a null cell) stays missing. A cell none of this can turn into a value becomes a
 * {@link CellProblem}, which rejects its row instead of the file.
 *
 * @returns The parsers (with a decoder of their own).
 * @internal
 */
export function parquetParsers(): ParquetCellParsers {
  const strict = new TextDecoder('utf-8', { fatal: true });
  return {
    dateFromDays: (days) => dayString(days),
    timestampFromMilliseconds: (millis) => timestampDay(millis, 86_400_000n),
    timestampFromMicroseconds: (micros) => timestampDay(micros, 86_400_000_000n),
    timestampFromNanoseconds: (nanos) => timestampDay(nanos, 86_400_000_000_000n),
    stringFromBytes: (bytes) => text(strict, bytes),
    jsonFromBytes(bytes) {
      const decoded = text(strict, bytes);
      if (typeof decoded !== 'string') return decoded;
      try {
        return JSON.parse(decoded);
      } catch (error) {
        return new CellProblem(
          'json.invalid',
          `The cell is not valid JSON: ${(error as Error).message}`,
        );
      }
    },
  };
}
