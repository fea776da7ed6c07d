import { ImpactError } from '../index.js';

/**
 * The error of a file summary whose accumulator refused a valid row (a row of another company):
 * `INVALID_ARGUMENT` with the path, the row number and the accumulator's own reason.
 *
 * @remarks
 * The reason is the accumulator's message without the prefix every
 * {@link mining-impact!ImpactError} message has (`[mining-impact] <what the code means>: `); the
 * accumulator's error is the cause.
 *
 * @param path - The file.
 * @param row - The row number, as the single-thread scan of the whole file counts it.
 * @param error - The accumulator's error.
 * @returns The error to throw.
 *
 * @example
 * ```ts
 * refusedRowError('staff.ndjson', 7, new ImpactError('INVALID_ARGUMENT', 'employee "e-7": …')).message;
 * //=> '[mining-impact] The argument is not valid for this function: staff.ndjson, row 7: employee "e-7": …'
 * ```
 *
 * @internal
 */
export function refusedRowError(path: string, row: number, error: unknown): ImpactError {
  const reason = (error as Error).message.replace(/^\[mining-impact\] [^:]*: /, '');
  return new ImpactError('INVALID_ARGUMENT', `${path}, row ${row}: ${reason}`, { cause: error });
}
