/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { splitLineRanges } from './splitLineRanges.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-ranges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
const file = (content: string): string => {
  const path = join(dir, `${++written}.ndjson`);
  writeFileSync(path, content);
  return path;
};

describe('splitLineRanges', () => {
  it('cuts after the first LF at or after each target', async () => {
    // 'a\nbb\nccc\n' is 9 bytes, LFs at 1, 4 and 8. Two parts: target ⌊9/2⌋ − 1 = 3, in 'bb\n',
    // whose LF (4) ends the first range at 5.
    const path = file('a\nbb\nccc\n');
    expect(await splitLineRanges(path, 9, 2)).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ]);
    // Three parts: targets 2 (cut after the LF at 4) and 5 (its LF is the last byte: no cut).
    expect(await splitLineRanges(path, 9, 3)).toEqual([
      { start: 0, end: 5 },
      { start: 5, end: 9 },
    ]);
    expect(await splitLineRanges(path, 9, 1)).toEqual([{ start: 0, end: 9 }]);
  });

  it('makes the first range larger by the lead, the others sharing the rest', async () => {
    // 'a\nb\nc\nd\ne\nf\n' is 12 bytes, LFs at 1, 3, 5, 7, 9, 11. Without a lead the target
    // ⌊12/2⌋ − 1 = 5 is an LF: cut at 6. With a lead of 4: 4 + ⌊(12 − 4)/2⌋ − 1 = 7, cut at 8.
    const path = file('a\nb\nc\nd\ne\nf\n');
    expect(await splitLineRanges(path, 12, 2, 0)).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 12 },
    ]);
    expect(await splitLineRanges(path, 12, 2, 4)).toEqual([
      { start: 0, end: 8 },
      { start: 8, end: 12 },
    ]);
    // Three parts with a lead of 3: targets 3 + ⌊9/3⌋ − 1 = 5 and 3 + ⌊18/3⌋ − 1 = 8, cuts at
    // 6 and 10: the first range 6 bytes, the others 4 and 2.
    expect(await splitLineRanges(path, 12, 3, 3)).toEqual([
      { start: 0, end: 6 },
      { start: 6, end: 10 },
      { start: 10, end: 12 },
    ]);
  });

  it('cuts exactly at the middle when the byte before it is an LF, and keeps a CR with its line', async () => {
    // 'aaa\nbbb\n': target ⌊8/2⌋ − 1 = 3 is the LF itself, so the cut is at 4.
    expect(await splitLineRanges(file('aaa\nbbb\n'), 8, 2)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
    // 'a\r\nb\r\n': target 2 is the LF after the CR: the CR stays in the first range.
    expect(await splitLineRanges(file('a\r\nb\r\n'), 6, 2)).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 6 },
    ]);
  });

  it('gives fewer ranges when a long line swallows targets, and one for a file without LF', async () => {
    // 20 x, LF (byte 20), 'y\n', 'z\n': 25 bytes. Five parts: targets 4, 9, 14 and 19 all lie in
    // the first line, so the only cut is after its LF, at 21.
    const path = file(`${'x'.repeat(20)}\ny\nz\n`);
    expect(await splitLineRanges(path, 25, 5)).toEqual([
      { start: 0, end: 21 },
      { start: 21, end: 25 },
    ]);
    expect(await splitLineRanges(file('abc'), 3, 2)).toEqual([{ start: 0, end: 3 }]);
    // One byte in two parts: the target ⌊1/2⌋ − 1 = −1 is before the start; no cut.
    expect(await splitLineRanges(file('a'), 1, 2)).toEqual([{ start: 0, end: 1 }]);
  });

  it('reads on past 64 KiB to find the LF of a long line', async () => {
    // A line of 200,000 bytes, then 'y\n': the target ⌊200,003 / 2⌋ − 1 = 100,000 is 100,000
    // bytes before the LF, which the second read of 65,536 bytes finds.
    const path = file(`${'x'.repeat(200_000)}\ny\n`);
    expect(await splitLineRanges(path, 200_003, 2)).toEqual([
      { start: 0, end: 200_001 },
      { start: 200_001, end: 200_003 },
    ]);
  });

  it('stops looking where the file ends, even when it is shorter than the size given', async () => {
    // The file has 3 bytes, the size says 1,000: the read at 499 gives nothing, so no cut.
    expect(await splitLineRanges(file('ab\n'), 1000, 2)).toEqual([{ start: 0, end: 1000 }]);
  });

  it('rejects with the file system error for a missing file', async () => {
    await expect(splitLineRanges(join(dir, 'none'), 10, 2)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('covers any file in order with ranges that end after an LF (the last at the end)', async () => {
    const line = fc.stringMatching(/^[a-z{}",:\r ]{0,30}$/);
    const content = fc
      .array(line, { minLength: 1, maxLength: 40 })
      .chain((lines) => fc.tuple(fc.constant(lines.join('\n')), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(content, fc.integer({ min: 1, max: 7 }), async ([text, lf], parts) => {
        const body = lf ? `${text}\n` : text;
        fc.pre(body.length > 0);
        const bytes = Buffer.from(body);
        const ranges = await splitLineRanges(file(body), bytes.length, parts);
        expect(ranges.length).toBeGreaterThanOrEqual(1);
        expect(ranges.length).toBeLessThanOrEqual(parts);
        expect(ranges[0]?.start).toBe(0);
        expect(ranges.at(-1)?.end).toBe(bytes.length);
        for (const [i, range] of ranges.entries()) {
          expect(range.end).toBeGreaterThan(range.start);
          if (i > 0) expect(range.start).toBe(ranges[i - 1]?.end);
          if (i < ranges.length - 1) expect(bytes[range.end - 1]).toBe(0x0a);
        }
      }),
      { numRuns: 100 },
    );
  });
});
