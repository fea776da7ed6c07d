import { readFile } from 'node:fs/promises';
import { ImpactError } from '../index.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { errorCode } from './errorCode.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { jsonPosition } from './jsonPosition.js';

/**
 * Reads a JSON file: strict UTF-8 (a byte-order mark is dropped), parsed with `JSON.parse`.
 *
 * @remarks
 * Errors name the file and, for bad content, the line and column: `INVALID_JSON` with the
 * position `JSON.parse` stopped at (the end of the text for a truncated document), and
 * `INVALID_UTF8` at the first byte that is not UTF-8. The whole file is read into memory: use it
 * for datasets, and {@link readEmployees} for large record files.
 *
 * @param path - The file path.
 * @returns The parsed value.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the file cannot be read; `INVALID_UTF8`;
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
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new ImpactError('FILE_UNREADABLE', `${path}: ${errorCode(error)}`, {
      cause: error,
    });
  }
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
