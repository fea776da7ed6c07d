/// <reference types="node" />
// Differential: an NDJSON file summarized range by range (each range scanned in this thread by
// the shard function, its request copied as postMessage copies it) gives exactly what the
// single-thread summary gives: summary, counts, issues and their rows, issuesOmitted, or the
// same error. The thread plumbing itself is run on the built package by scripts/check-workers.mjs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsCases } from '../../test/corpus/fileCases.js';
import { employeeJson } from '../../test/fixtures/employeeJson.js';
import { employeeLine } from '../../test/fixtures/employeeLines.js';
import type { SiteId } from '../core/ids.js';
import { azGazetteer } from '../data/az/index.js';
import { MAX_ROW_BYTES } from './readEmployees.js';
import { scanWorkforceShard } from './scanWorkforceShard.js';
import { type LineRange, splitLineRanges } from './splitLineRanges.js';
import { type ShardRunner, summarizeInShards } from './summarizeInShards.js';
import type { WorkforceFileOptions } from './summarizeWorkforceFile.js';
import { summarizeWorkforceFile } from './summarizeWorkforceFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let written = 0;
const file = (content: string | Uint8Array): string => {
  const path = join(dir, `${++written}.ndjson`);
  writeFileSync(path, content);
  return path;
};

/** Runs a shard in this thread, on a structured clone of its request (what postMessage sends). */
const inProcess: ShardRunner = (request, onBytes, signal) =>
  scanWorkforceShard(structuredClone(request), onBytes, signal);

/** The signals of the runs of a runner that never ends unless aborted (then rejects). */
function hanging(): { readonly run: ShardRunner; readonly signals: AbortSignal[] } {
  const signals: AbortSignal[] = [];
  const run: ShardRunner = (_request, _onBytes, signal) => {
    signals.push(signal);
    return new Promise((_, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
    });
  };
  return { run, signals };
}

const withSites: WorkforceFileOptions = {
  asOf: '2025-06-30' as never,
  gazetteer: azGazetteer,
  sites: [{ id: 'site-das' as SiteId, locationId: 'AZ-DAS' as never }],
  localityPolicy: { kind: 'sameDistrict' },
  includeContractors: true,
  maxIssues: 50,
};
const withCompany: WorkforceFileOptions = {
  asOf: '2025-06-30' as never,
  gazetteer: azGazetteer,
  companyId: 'miner',
  maxIssues: 2,
};

/** The result, or the error as its name, code, message and cause's message. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return await run();
  } catch (error) {
    const e = error as Error & { code?: string };
    const cause = e.cause as Error | undefined;
    return { name: e.name, code: e.code, message: e.message, cause: [cause?.name, cause?.message] };
  }
}

const single = (path: string, options: WorkforceFileOptions): Promise<unknown> =>
  outcome(() => summarizeWorkforceFile(path, { ...options, workers: 1 }));
const sharded = (
  path: string,
  options: WorkforceFileOptions,
  ranges: readonly LineRange[],
  run: ShardRunner = inProcess,
): Promise<unknown> =>
  outcome(() =>
    summarizeInShards(path, options, ranges, run, {
      maxIssues: options.maxIssues ?? 1000,
      maxRowBytes: MAX_ROW_BYTES,
    }),
  );

/** One range per line: the finest split, a cut after every LF. */
function perLine(content: Uint8Array): LineRange[] {
  const ranges: LineRange[] = [];
  let start = 0;
  for (let i = content.indexOf(0x0a); i !== -1; i = content.indexOf(0x0a, i + 1)) {
    if (i + 1 < content.length) ranges.push({ start, end: i + 1 });
    if (i + 1 < content.length) start = i + 1;
  }
  ranges.push({ start, end: content.length });
  return ranges;
}

/** Checks that every split of a file gives what one thread gives, for both option sets. */
async function expectSameSplit(content: Uint8Array): Promise<void> {
  const path = file(content);
  for (const options of [withSites, withCompany]) {
    const expected = await single(path, options);
    expect(await sharded(path, options, perLine(content))).toStrictEqual(expected);
    for (const parts of [2, 3]) {
      const ranges = await splitLineRanges(path, content.length, parts);
      expect(await sharded(path, options, ranges)).toStrictEqual(expected);
    }
  }
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const row = (id: string, companyId = 'miner'): string =>
  employeeJson(id, { companyId, siteId: 'site-das' });

describe('summarizeInShards against one thread', () => {
  it.each(
    rowsCases.filter((c) => c.file.endsWith('.ndjson')).map((c) => [c.name, c.content] as const),
  )('%s', async (_, content) => {
    await expectSameSplit(content);
  });

  it('gives the same for a row of another company in a later range and in the same range', async () => {
    // Row 3 of company "other" is the first valid row of its range when split per line, and
    // lies in the range of rows 1-3 when split in two.
    await expectSameSplit(encode(`${row('e-1')}\n\n${row('e-3', 'other')}\n${row('e-4')}\n`));
    // No valid row before "other" (row 3): the file is of "other", and "miner" (row 4) is refused;
    // with companyId "miner", row 3 is refused.
    await expectSameSplit(encode(`{bad\n\n${row('e-3', 'other')}\n${row('e-4')}\r\n`));
  });

  it('gives the same maxIssues cut wherever the ranges end', async () => {
    // Twelve bad lines, 2 issues kept with withCompany, 50 with withSites; ids e-0 … e-11.
    const lines = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? `{bad ${i}` : row(`e-${i}`)));
    const content = encode(`${lines.join('\n')}\n${'{x\n'.repeat(12)}`);
    await expectSameSplit(content);
    for (const maxIssues of [0, 1, 7]) {
      const path = file(content);
      const expected = await single(path, { ...withSites, maxIssues });
      const ranges = perLine(content);
      expect(await sharded(path, { ...withSites, maxIssues }, ranges)).toStrictEqual(expected);
    }
  });

  it('gives the same on generated files split anywhere', async () => {
    const lineEnd = fc.constantFrom('\n', '\n', '\r\n', '\n\n', '\n \n');
    const lines = fc.array(fc.tuple(employeeLine, lineEnd), { minLength: 1, maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(lines, fc.boolean(), async (rows, bom) => {
        const text = rows.map(([l, end]) => l + end).join('');
        await expectSameSplit(encode(bom ? `\uFEFF${text}` : text.trimEnd()));
      }),
      { numRuns: 25 },
    );
  });

  it('sends the threads only the options the summary reads, as plain data', async () => {
    const content = encode(`${row('e-1')}\n{bad\n${row('e-3')}\n`);
    const path = file(content);
    // A property the summary does not read, which postMessage could not copy; and a period,
    // not an option of the file summary but part of the accumulators' signature.
    const options = {
      ...withSites,
      extra: () => 'not copied',
      period: { start: '2025-01-01', end: '2025-06-30' },
    } as unknown as WorkforceFileOptions;
    const expected = await single(path, options);
    expect(await sharded(path, options, perLine(content))).toStrictEqual(expected);
    expect((expected as { counts: unknown }).counts).toEqual({ read: 3, valid: 2, rejected: 1 });
  });

  it('reports the bytes read over all ranges, up to the size of the file', async () => {
    const content = encode(`${row('e-1')}\n${row('e-2')}\n${row('e-3')}\n`);
    const path = file(content);
    const seen: number[] = [];
    const options = { ...withSites, onBytes: (n: number) => seen.push(n) };
    await sharded(path, options, perLine(content));
    expect(seen.at(-1)).toBe(content.length);
    for (const [i, n] of seen.entries())
      if (i > 0) expect(n).toBeGreaterThan(seen[i - 1] as number);
  });

  it('gives the same error for a file gone after it was split', async () => {
    const path = join(dir, 'gone.ndjson');
    expect(
      await sharded(path, withSites, [
        { start: 0, end: 10 },
        { start: 10, end: 20 },
      ]),
    ).toStrictEqual(await single(path, withSites));
  });
});

describe('summarizeInShards: the first range in this thread, the others stopped when not needed', () => {
  const rows = (ids: readonly string[]): string =>
    ids.map((id) => `${row(id, id.endsWith('x') ? 'other' : 'miner')}\n`).join('');
  /** The ranges that end after the given rows, as line counts of the file's rows. */
  const rangesAfterRows = (text: string, counts: readonly number[]): LineRange[] => {
    const ends = text.split('\n').map((line) => Buffer.byteLength(line) + 1);
    const cuts = counts.map((n) => ends.slice(0, n).reduce((a, b) => a + b, 0));
    const bounds = [0, ...cuts, Buffer.byteLength(text)];
    return bounds.slice(1).map((end, i) => ({ start: bounds[i] as number, end }));
  };

  it('runs only the ranges after the first', async () => {
    const text = rows(['e-1', 'e-2', 'e-3']);
    const path = file(encode(text));
    const starts: number[] = [];
    const run: ShardRunner = (request, onBytes, signal) => {
      starts.push(request.start);
      return inProcess(request, onBytes, signal);
    };
    const ranges = rangesAfterRows(text, [1, 2]);
    expect(await sharded(path, withSites, ranges, run)).toStrictEqual(
      await single(path, withSites),
    );
    // Three ranges of one row each: the runner got the second and the third.
    expect(starts).toEqual([ranges[1]?.start, ranges[2]?.start]);
  });

  it('stops the other ranges when the first meets a row of another company', async () => {
    // Row 2 ("e-2x", company "other") is refused in the first range (rows 1-2).
    const text = rows(['e-1', 'e-2x', 'e-3', 'e-4', 'e-5']);
    const path = file(encode(text));
    const { run, signals } = hanging();
    const expected = await single(path, withCompany);
    expect(expected).toMatchObject({ message: expect.stringMatching(/row 2: .*other/) });
    expect(await sharded(path, withCompany, rangesAfterRows(text, [2, 4]), run)).toStrictEqual(
      expected,
    );
    expect(signals.map((signal) => signal.aborted)).toEqual([true, true]);
  });

  it('stops the other ranges when the first cannot be read', async () => {
    const path = join(dir, 'never.ndjson');
    const { run, signals } = hanging();
    const ranges = [
      { start: 0, end: 10 },
      { start: 10, end: 20 },
    ];
    expect(await sharded(path, withSites, ranges, run)).toStrictEqual(
      await single(path, withSites),
    );
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
  });

  it('stops only the ranges after one that stops, and gives the error of one thread', async () => {
    // Rows 1-2 | 3-4 | 5-6: the second range refuses row 4 ("e-4x"), the whole file's row 4.
    const text = rows(['e-1', 'e-2', 'e-3', 'e-4x', 'e-5', 'e-6']);
    const path = file(encode(text));
    const ranges = rangesAfterRows(text, [2, 4]);
    const { run: hang, signals } = hanging();
    const second: AbortSignal[] = [];
    const run: ShardRunner = (request, onBytes, signal) => {
      if (request.start !== ranges[1]?.start) return hang(request, onBytes, signal);
      second.push(signal);
      return inProcess(request, onBytes, signal);
    };
    const expected = await single(path, withCompany);
    expect(expected).toMatchObject({ message: expect.stringMatching(/row 4: .*other/) });
    expect(await sharded(path, withCompany, ranges, run)).toStrictEqual(expected);
    expect([second[0]?.aborted, signals[0]?.aborted]).toEqual([false, true]);
  });

  it('stops every range when one fails, and throws its error', async () => {
    // The first range is long (2,000 rows, several chunks), so it is still being scanned when
    // the third range fails; the second never ends unless stopped.
    const ids = Array.from({ length: 2003 }, (_, i) => `e-${i}`);
    const text = rows(ids);
    const path = file(encode(text));
    const { run: hang, signals } = hanging();
    const crash = new Error('the thread crashed');
    let calls = 0;
    const run: ShardRunner = (request, onBytes, signal) =>
      ++calls === 1 ? hang(request, onBytes, signal) : Promise.reject(crash);
    const seen: number[] = [];
    const options = { ...withSites, onBytes: (n: number) => seen.push(n) };
    await expect(
      summarizeInShards(path, options, rangesAfterRows(text, [2000, 2001]), run, {
        maxIssues: 10,
        maxRowBytes: MAX_ROW_BYTES,
      }),
    ).rejects.toBe(crash);
    expect(signals.map((signal) => signal.aborted)).toEqual([true]);
    // The first range stopped after its first chunk: fewer bytes read than its 2,000 rows.
    expect(seen.length).toBeLessThanOrEqual(1);
    expect(seen.every((n) => n < Buffer.byteLength(rows(ids.slice(0, 2000))))).toBe(true);
  });
});
