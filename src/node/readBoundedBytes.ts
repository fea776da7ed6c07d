import { createReadStream } from 'node:fs';
import { ImpactError, isImpactError } from '../index.js';
import { describeFileError } from './describeFileError.js';

/**
 * The most bytes `readJsonFile` reads: 256 MiB, well under the engine's longest string
 * (about 512 Mi characters), so a file is refused before it could exhaust memory or end in a
 * misleading error; an endless stream (`/dev/zero`) stops there.
 *
 * @internal
 */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

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
    throw new ImpactError('FILE_UNREADABLE', describeFileError(error, path), { cause: error });
  }
  return Buffer.concat(chunks, size);
}
