import { createReadStream } from 'node:fs';
import { ImpactError, isImpactError } from '../index.js';
import { decodeUtf8 } from './decodeUtf8.js';
import { errorCode } from './errorCode.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { jsonPosition } from './jsonPosition.js';

/**
 * The most bytes {@link readJsonFile} reads: 256 MiB, well under the engine's longest string
 * (about 512 Mi characters), so a file is refused before it could exhaust memory or end in a
 * misleading error; an endless stream (`/dev/zero`) stops there.
 */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * Reads a whole file, or stops with `FILE_UNREADABLE` once it holds more than `limit` bytes.
 *
 * @param path - The file (a FIFO or device too).
 * @param limit - The most bytes read.
 * @returns The bytes.
 * @throws {@link mining-impact!ImpactError} `FILE_UNREADABLE` when the file cannot be read or is
 * larger than `limit`.
 * @internal
 */
export async function readBoundedBytes(path: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of createReadStream(path)) {
      size += (chunk as Buffer).length;
      if (size > limit)
        throw new ImpactError(
          'FILE_UNREADABLE',
          `${path}: larger than ${limit} bytes, the most a JSON file may hold (employee records go in employees.ndjson, which is streamed)`,
        );
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (isImpactError(error)) throw error;
    throw new ImpactError('FILE_UNREADABLE', `${path}: ${errorCode(error)}`, { cause: error });
  }
  return Buffer.concat(chunks, size);
}

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
