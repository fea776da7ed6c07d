import { ImpactError } from '../index.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { jsonPosition } from './jsonPosition.js';
import { MAX_JSON_BYTES, readBoundedBytes } from './readBoundedBytes.js';

/**
 * Reads a JSON file: strict UTF-8 (a byte-order mark is dropped), parsed with `JSON.parse`.
 *
 * @remarks
 * Errors name the file and, for bad content, the line and column: `INVALID_JSON` with the
 * position `JSON.parse` stopped at (the end of the text for a truncated document), and
 * `INVALID_UTF8` at the first byte that is not UTF-8. The whole file is read into memory: use it
 * for datasets, and {@link readEmployees} for large record files. A file (or stream, such as
 * `/dev/zero`) of more than 256 MiB is refused with `FILE_UNREADABLE` once that much is read.
 *
 * @param path - The file path.
 * @returns The parsed value.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the file cannot be read or
 * holds more than 256 MiB; `INVALID_UTF8`;
 * `INVALID_JSON`.
 *
 * @example
 * ```ts
 * import { readJsonFile } from 'mining-impact/node';
 *
 * const dataset = await readJsonFile('dataset.json');
 * ```
 *
 * @category Node
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const bytes = await readBoundedBytes(path, MAX_JSON_BYTES);
  const text = decodeUtf8(bytes, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(message, text);
    const { line, column } = jsonPosition(text, offset);
    const reason = message
      .replace(/ in JSON at position \d+.*$/s, '')
      .replace(/^JSON\.parse: /, '');
    throw new ImpactError('INVALID_JSON', `${path}: line ${line}, column ${column}: ${reason}`, {
      cause: error,
    });
  }
}
