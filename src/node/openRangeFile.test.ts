/// <reference types="node" />
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRangeFile } from './openRangeFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-range-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const decode = (buffer: ArrayBuffer): string => new TextDecoder().decode(buffer);

describe('openRangeFile', () => {
  it('reads the ranges asked for, clamped to the file, and reports the bytes read', async () => {
    const path = join(dir, 'digits');
    writeFileSync(path, '0123456789');
    const seen: number[] = [];
    const file = await openRangeFile(path, (n) => seen.push(n));
    try {
      expect(file.byteLength).toBe(10);
      expect(decode(await file.slice(2, 5))).toBe('234');
      expect(decode(await file.slice(7))).toBe('789');
      expect(decode(await file.slice(8, 50))).toBe('89');
      expect((await file.slice(4, 4)).byteLength).toBe(0);
      expect(decode(await file.slice(0, 10))).toBe('0123456789');
      // 3 + 3 + 2 + 0 bytes, then 10 more, which the size of the file (10) caps.
      expect(seen).toEqual([3, 6, 8, 8, 10]);
    } finally {
      await file.close();
    }
  });

  it('gives a short range when the file shrinks while it is open', async () => {
    const path = join(dir, 'shrinks');
    writeFileSync(path, 'abcdefgh');
    const file = await openRangeFile(path);
    try {
      truncateSync(path, 5);
      // The size was taken at opening (8); bytes 3 to 8 are now only 'de'.
      expect(decode(await file.slice(3, 8))).toBe('de');
    } finally {
      await file.close();
    }
  });

  it('refuses a folder with EISDIR and a device as not a regular file', async () => {
    await expect(openRangeFile(dir)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(openRangeFile('/dev/null')).rejects.toThrow(
      '/dev/null: not a regular file (a Parquet file is read by byte ranges)',
    );
    await expect(openRangeFile(join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
