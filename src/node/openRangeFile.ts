import { open } from 'node:fs/promises';
import { ImpactError } from '../index.js';

/**
 * A file read by byte ranges: its size, a reader of any range, and a way to close it.
 *
 * @remarks
 * The shape of hyparquet's `AsyncBuffer` (`byteLength` and `slice`), plus `close`.
 *
 * @internal
 */
export interface RangeFile {
  /** The size of the file, in bytes. */
  readonly byteLength: number;
  /** Reads the bytes from `start` up to `end` (exclusive; the end of the file when absent). */
  slice(start: number, end?: number): Promise<ArrayBuffer>;
  /** Closes the file. */
  close(): Promise<void>;
}

/**
 * Opens a regular file for range reads through one file handle: nothing is read until a range
 * is asked for, so memory holds only the ranges in use, never the whole file.
 *
 * @remarks
 * `onBytes` is called after each range with the bytes read so far, never more than the size of
 * the file (a range read twice counts once toward that ceiling). A folder is the system's
 * `EISDIR` error; any other path that is not a regular file (a pipe, a device) is refused, since
 * ranges cannot be read from it.
 *
 * @param path - The file.
 * @param onBytes - Called as bytes are read, with the bytes read so far.
 * @returns The file, open.
 * @throws The system error when the file cannot be opened; {@link mining-impact!ImpactError}
 * `FILE_UNREADABLE` when it is not a regular file.
 * @internal
 */
export async function openRangeFile(
  path: string,
  onBytes?: ((bytesRead: number) => void) | undefined,
): Promise<RangeFile> {
  const handle = await open(path, 'r');
  let byteLength: number;
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (!stats.isFile()) {
      throw new ImpactError(
        'FILE_UNREADABLE',
        `${path}: not a regular file (a Parquet file is read by byte ranges)`,
      );
    }
    byteLength = stats.size;
  } catch (error) {
    await handle.close();
    throw error;
  }
  let read = 0;
  return {
    byteLength,
    async slice(start: number, end = byteLength): Promise<ArrayBuffer> {
      const from = Math.max(0, Math.min(start, byteLength));
      const length = Math.max(0, Math.min(end, byteLength) - from);
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const { bytesRead } = await handle.read(bytes, filled, length - filled, from + filled);
        // The file shrank while it was read: the range is short, which the reader reports.
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      read = Math.min(byteLength, read + filled);
      onBytes?.(read);
      return filled === length ? bytes.buffer : bytes.buffer.slice(0, filled);
    },
    close: () => handle.close(),
  };
}
