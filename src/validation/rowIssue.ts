/**
 * A problem with one row of a record file: where it is and what is wrong.
 *
 * @remarks
 * `row` is the line number for NDJSON, and the record number with the header as row 1 (as a
 * spreadsheet numbers rows) for CSV. `column` is the field the problem is in, `null` when it is
 * the whole row (malformed JSON, invalid UTF-8 in NDJSON). `code` is a validation code such as
 * `schema.invalid_type`, `period.end_before_start`, `json.invalid` or `encoding.invalid_utf8`.
 *
 * @example
 * ```ts
 * const issue: RowIssue = { row: 12, column: 'hireDate', code: 'schema.invalid_format', message: 'Expected a date YYYY-MM-DD.' };
 * ```
 *
 * @category Validation
 */
export interface RowIssue {
  /** The row: the NDJSON line number, or the CSV record number with the header as row 1. */
  readonly row: number;
  /** The field, or `null` for the whole row. */
  readonly column: string | null;
  /** The stable code of the problem. */
  readonly code: string;
  /** What is wrong, in plain English. */
  readonly message: string;
}
