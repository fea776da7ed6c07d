/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_WORKERS,
  HEAD_START_BYTES,
  headStart,
  planShards,
  SHARD_MIN_BYTES,
} from './planShards.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-plan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
/** A file of `bytes` bytes of lines of 100 bytes (99 x and an LF), the last one cut short. */
const sized = (name: string, bytes: number): string =>
  file(name, `${'x'.repeat(99)}\n`.repeat(Math.ceil(bytes / 100)).slice(0, bytes));

describe('planShards', () => {
  const small = file('small.ndjson', 'a\nb\nc\nd\n');

  it('splits a small file when workers are asked for', async () => {
    // 8 bytes in 3 parts: targets 1 and 4, cut after the LFs at 1 and 5.
    expect(await planShards(small, 'ndjson', 3)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 6 },
      { start: 6, end: 8 },
    ]);
  });

  it('keeps one thread for CSV, Parquet, workers: 1, a folder, a missing file and a single line', async () => {
    expect(await planShards(small, 'csv', 4)).toBeUndefined();
    expect(await planShards(small, 'parquet', 4)).toBeUndefined();
    expect(await planShards(small, 'ndjson', 1)).toBeUndefined();
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(await planShards(folder, 'ndjson', 2)).toBeUndefined();
    expect(await planShards(join(dir, 'none.ndjson'), 'ndjson', 2)).toBeUndefined();
    expect(await planShards(file('one.ndjson', 'abc\n'), 'ndjson', 2)).toBeUndefined();
  });

  it('splits by default from 32 MiB on, in min(parallelism, 4) ranges', async () => {
    expect(await planShards(small, 'ndjson', undefined, 8)).toBeUndefined();
    const below = sized('below.ndjson', SHARD_MIN_BYTES - 1);
    expect(await planShards(below, 'ndjson', undefined, 8)).toBeUndefined();
    const at = sized('at.ndjson', SHARD_MIN_BYTES);
    expect(await planShards(at, 'ndjson', undefined, 8)).toHaveLength(DEFAULT_MAX_WORKERS);
    expect(await planShards(at, 'ndjson', undefined, 2)).toHaveLength(2);
    // One thread available: one range, so no split.
    expect(await planShards(at, 'ndjson', undefined, 1)).toBeUndefined();
    // The default parallelism is the machine's; whatever it is, the ranges cover the file.
    const ranges = (await planShards(at, 'ndjson', undefined)) ?? [
      { start: 0, end: SHARD_MIN_BYTES },
    ];
    expect(ranges.at(-1)?.end).toBe(SHARD_MIN_BYTES);
    expect(SHARD_MIN_BYTES).toBe(33_554_432);
  });

  it('gives the first range, scanned by the calling thread, a head start from 32 MiB on', async () => {
    expect(HEAD_START_BYTES).toBe(8_388_608);
    // Below 32 MiB: equal ranges. From 32 MiB on: 8 MiB, at most half a range.
    expect(headStart(SHARD_MIN_BYTES - 1, 2)).toBe(0);
    expect(headStart(240_000_000, 2)).toBe(HEAD_START_BYTES);
    // 32 MiB in 4 ranges of 8 MiB: half a range, 4 MiB.
    expect(headStart(SHARD_MIN_BYTES, 4)).toBe(4_194_304);
    // 32 MiB of 100-byte lines (LFs at 99, 199, …) in 2 parts, head start 8 MiB: the target
    // 8,388,608 + ⌊25,165,824 / 2⌋ − 1 = 20,971,519 lies in the line whose LF is at 20,971,599.
    const at = sized('head.ndjson', SHARD_MIN_BYTES);
    expect(await planShards(at, 'ndjson', 2)).toEqual([
      { start: 0, end: 20_971_600 },
      { start: 20_971_600, end: SHARD_MIN_BYTES },
    ]);
  });
});
