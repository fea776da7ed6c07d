import { ImpactError, isImpactError } from '../index.js';
import { describeFileError } from './describeFileError.js';

/**
 * Reads a scan of an employee file to its end, its rows handed on by the scan's visitor: an
 * error of the library comes out as it is, any other (the file system's) as `FILE_UNREADABLE`
 * naming the file.
 *
 * @param rows - The scan (one step per chunk read).
 * @param path - The file, for the message.
 * @returns When the whole file has been read.
 * @throws {@link mining-impact!ImpactError} the scan's or the visitor's own; `FILE_UNREADABLE`
 * for any other error.
 *
 * @example
 * ```ts
 * await drainRows(scanEmployeeFile(path, options, visit), path);
 * ```
 *
 * @internal
 */
export async function drainRows(rows: AsyncIterable<unknown>, path: string): Promise<void> {
  try {
    for await (const _ of rows) {
      // Each chunk's rows have been handed on by the visitor.
    }
  } catch (error) {
    if (isImpactError(error)) throw error;
    throw new ImpactError('FILE_UNREADABLE', describeFileError(error, path), { cause: error });
  }
}
