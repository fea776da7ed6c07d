import { ImpactError } from '../index.js';
import { jsonPosition } from './jsonPosition.js';

/**
 * Decodes UTF-8 bytes strictly, dropping a leading byte-order mark.
 *
 * @param bytes - The bytes of a file.
 * @param name - The file name, for the error message.
 * @returns The text.
 * @throws {@link ImpactError} `INVALID_UTF8` with the line and column of the first invalid byte.
 * @internal
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first bad byte: the longest prefix that decodes.
    let low = 0;
    let high = bytes.length;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      try {
        decoder.decode(bytes.subarray(0, mid));
        low = mid;
      } catch {
        high = mid - 1;
      }
    }
    // A fatal decoder rejects a truncated sequence too, so `low` ends on a character boundary.
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, low)).replace(/^\uFEFF/, '');
    const { line, column } = jsonPosition(prefix, prefix.length);
    throw new ImpactError('INVALID_UTF8', `${name}: line ${line}, column ${column}`);
  }
}
