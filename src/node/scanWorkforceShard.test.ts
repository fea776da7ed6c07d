/// <reference types="node" />
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { employeeJson } from '../../test/fixtures/employeeJson.js';
import { azGazetteer } from '../data/az/index.js';
import { createWorkforceAccumulator } from '../indicators/workforce/createWorkforceAccumulator.js';
import { MAX_ROW_BYTES } from './readEmployees.js';
import { type ShardRequest, scanWorkforceShard } from './scanWorkforceShard.js';
import { summarizeWorkforceFile } from './summarizeWorkforceFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-shard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const row = (id: string, companyId = 'miner'): string => employeeJson(id, { companyId });
const options = { asOf: '2025-06-30' as never, gazetteer: azGazetteer };
const request = (path: string, start: number, end: number, maxIssues = 10): ShardRequest => ({
  path,
  start,
  end,
  options,
  maxIssues,
  maxRowBytes: MAX_ROW_BYTES,
});

// Line 1 valid; 2 blank; 3 not JSON; 4 valid with CRLF; 5 a schema miss (gender); 6 valid, no LF.
const lines = [
  row('e-1'),
  '',
  '{bad',
  `${row('e-4')}\r`,
  row('e-5').replace('female', 'F'),
  row('e-6'),
];
const text = lines.join('\n');
const path = file('rows.ndjson', text);
const size = Buffer.byteLength(text);

describe('scanWorkforceShard', () => {
  it('scans the whole file as the single-thread summary does', async () => {
    const result = await scanWorkforceShard(request(path, 0, size));
    const whole = await summarizeWorkforceFile(path, { ...options, workers: 1 });
    expect(result.counts).toEqual(whole.counts);
    expect(result.issues).toEqual(whole.issues);
    // Six lines: the blank one counts, and so does the last one without an LF.
    expect(result.lines).toBe(6);
    expect(result.first?.row).toBe(1);
    expect(result.first?.employee.id).toBe('e-1');
    expect([result.failure, result.fileError]).toEqual([null, null]);
    const merged = createWorkforceAccumulator(options).merge(result.snapshot as never);
    expect(merged.result()).toEqual(whole.summary);
  });

  it('numbers the rows of a range from its start and keeps its first maxIssues issues', async () => {
    // From line 3 on: lines 3-6 of the file are 1-4 of the range; the bad lines 3 and 5 are 1, 3.
    const start = Buffer.byteLength(`${lines[0]}\n\n`);
    const result = await scanWorkforceShard(request(path, start, size, 1));
    expect(result.lines).toBe(4);
    expect(result.counts).toEqual({ read: 4, valid: 2, rejected: 2 });
    expect(result.issues.map((i) => [i.row, i.code])).toEqual([[1, 'json.invalid']]);
    expect(result.issuesOmitted).toBe(1);
    expect(result.first?.row).toBe(2);
    // The range of lines 1-2 ends after the LF of the blank line: two lines, one row.
    const head = await scanWorkforceShard(request(path, 0, start));
    expect([head.lines, head.counts.read]).toEqual([2, 1]);
  });

  it('stops at a row of another company, with the accumulator error and no snapshot', async () => {
    const mixedText = `${row('e-1')}\n${row('e-2', 'other')}\n${row('e-3')}\n`;
    const mixed = file('mixed.ndjson', mixedText);
    const result = await scanWorkforceShard(request(mixed, 0, Buffer.byteLength(mixedText)));
    expect(result.failure?.row).toBe(2);
    expect(result.failure?.code).toBe('INVALID_ARGUMENT');
    expect(result.failure?.message).toMatch(
      /employee "e-2": it belongs to company "other", not miner/,
    );
    expect(result.snapshot).toBeNull();
    // The scan stopped at row 2: row 3 was not counted.
    expect(result.counts.read).toBe(2);
  });

  it('reports a range that cannot be read as a file error', async () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    const result = await scanWorkforceShard(request(folder, 0, 10));
    expect(result.fileError?.code).toBe('EISDIR');
    expect(result.snapshot).toBeNull();
    const gone = await scanWorkforceShard(request(join(dir, 'none'), 0, 10));
    expect(gone.fileError?.code).toBe('ENOENT');
  });

  it("stops after the chunk in which its signal is aborted, with the signal's reason", async () => {
    // 2,000 rows of some 200 bytes: about 400 KB, several 64 KiB chunks of the read stream.
    const longText = `${Array.from({ length: 2000 }, (_, i) => row(`e-${i}`)).join('\n')}\n`;
    const long = file('long.ndjson', longText);
    const longSize = Buffer.byteLength(longText);
    const stop = new AbortController();
    const reason = new Error('no longer needed');
    const seen: number[] = [];
    const scan = scanWorkforceShard(
      request(long, 0, longSize),
      (n) => {
        seen.push(n);
        stop.abort(reason);
      },
      stop.signal,
    );
    await expect(scan).rejects.toBe(reason);
    // Aborted at the first chunk: the scan went no further than that chunk.
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeLessThan(longSize);
    // Not aborted, the same signal type lets the scan finish: 2,000 rows read.
    const whole = await scanWorkforceShard(
      request(long, 0, longSize),
      undefined,
      new AbortController().signal,
    );
    expect(whole.counts.read).toBe(2000);
  });
});
