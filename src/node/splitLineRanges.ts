import { open } from 'node:fs/promises';

/**
 * A range of bytes of a file, `[start, end)`, that starts at the start of a line and ends after
 * an LF (or at the end of the file).
 *
 * @internal
 */
export interface LineRange {
  /** The first byte. */
  readonly start: number;
  /** The byte after the last one. */
  readonly end: number;
}

/** The bytes read at a time while looking for the LF that ends a line. */
const PROBE_BYTES = 65_536;
const NEWLINE = 0x0a;

/**
 * The offset after the first LF at or after `from`, or `size` when there is none.
 *
 * @param read - Reads bytes of the file into a buffer at a position; returns how many it read.
 */
async function afterNextNewline(
  read: (buffer: Buffer, position: number) => Promise<number>,
  from: number,
  size: number,
): Promise<number> {
  const buffer = Buffer.alloc(PROBE_BYTES);
  // A read of no bytes (the file shrank) ends the search as the end of the file does.
  for (let position = from, bytes = -1; position < size && bytes !== 0; position += bytes) {
    bytes = await read(buffer, position);
    const at = buffer.subarray(0, bytes).indexOf(NEWLINE);
    if (at !== -1) return position + at + 1;
  }
  return size;
}

/**
 * Splits a file of `size` bytes into at most `parts` ranges of about equal size (the first
 * larger by `lead` bytes), each starting at the start of a line and ending after an LF (the last
 * at the end of the file).
 *
 * @remarks
 * The cut `k` is placed after the first LF at or after byte
 * `lead + ⌊k × (size − lead) / parts⌋ − 1`, so that a target that falls just after an LF cuts
 * there. A CR before the LF stays with its line. A line
 * longer than the gap between two targets swallows them: the ranges are then fewer than
 * `parts`, never empty, and they cover the file in order without overlap. A file without an LF
 * is one range.
 *
 * @param path - The file.
 * @param size - Its size in bytes (at least 1).
 * @param parts - The ranges wanted (at least 1).
 * @param lead - The bytes the first range gets over the others (default 0; less than `size`).
 * @returns The ranges, in file order.
 * @throws The file system's error when the file cannot be read.
 *
 * @example
 * ```ts
 * // A file 'a\nbb\nccc\n' (9 bytes) in 2 parts: the target byte ⌊9 / 2⌋ − 1 = 3 lies in 'bb\n'.
 * await splitLineRanges(path, 9, 2);
 * //=> [{ start: 0, end: 5 }, { start: 5, end: 9 }]
 * ```
 *
 * @internal
 */
export async function splitLineRanges(
  path: string,
  size: number,
  parts: number,
  lead = 0,
): Promise<LineRange[]> {
  const handle = await open(path, 'r');
  try {
    const read = async (buffer: Buffer, position: number): Promise<number> =>
      (await handle.read(buffer, 0, buffer.length, position)).bytesRead;
    const ranges: LineRange[] = [];
    let start = 0;
    for (let k = 1; k < parts && start < size; k++) {
      const target = lead + Math.floor((k * (size - lead)) / parts) - 1;
      if (target < start) continue;
      const end = await afterNextNewline(read, target, size);
      if (end >= size) break;
      ranges.push({ start, end });
      start = end;
    }
    ranges.push({ start, end: size });
    return ranges;
  } finally {
    await handle.close();
  }
}
