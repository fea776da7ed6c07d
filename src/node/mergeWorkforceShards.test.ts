/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/index.js';
import { mergeWorkforceShards } from './mergeWorkforceShards.js';
import { MAX_ROW_BYTES } from './readEmployees.js';
import { type ShardResult, scanWorkforceShard } from './scanWorkforceShard.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-merge-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const options = { asOf: '2025-06-30' as never, gazetteer: azGazetteer };
const row = (id: string, companyId = 'miner', gender = 'female'): string =>
  JSON.stringify({
    id,
    companyId,
    homeLocationId: 'AZ-DAS',
    gender,
    hireDate: '2020-01-01',
    category: 'worker',
    contract: 'permanent',
    engagement: 'employee',
  });

/** The results of a file given as its ranges' texts, each range scanned on its own. */
async function shards(name: string, texts: readonly string[]): Promise<ShardResult[]> {
  const path = join(dir, name);
  writeFileSync(path, texts.join(''));
  const results: ShardResult[] = [];
  let start = 0;
  for (const text of texts) {
    const end = start + Buffer.byteLength(text);
    results.push(
      await scanWorkforceShard({
        path,
        start,
        end,
        options,
        maxIssues: 1,
        maxRowBytes: MAX_ROW_BYTES,
      }),
    );
    start = end;
  }
  return results;
}

describe('mergeWorkforceShards', () => {
  it('renumbers rows by the lines of the ranges before, and keeps the first maxIssues of the file', async () => {
    // Range 1: lines 1 (valid) and 2 (blank). Range 2: line 3 not JSON, line 4 valid (CRLF).
    // Range 3: line 5 not JSON, line 6 valid without LF. Offsets 0, 2 and 4: the bad lines are
    // rows 1 and 1 of their ranges, 3 and 5 of the file.
    const results = await shards('rows.ndjson', [
      `${row('e-1')}\n\n`,
      `{bad\n${row('e-4')}\r\n`,
      `{bad\n${row('e-6', 'miner', 'male')}`,
    ]);
    const merged = mergeWorkforceShards('rows.ndjson', options, results, 1);
    // Five rows, three valid; two issues of which maxIssues = 1 is kept (row 3), one omitted.
    expect(merged.counts).toEqual({ read: 5, valid: 3, rejected: 2 });
    expect(merged.issues.map((i) => [i.row, i.code])).toEqual([[3, 'json.invalid']]);
    expect(merged.issuesOmitted).toBe(1);
    // e-1, e-4 female and e-6 male, all hired in 2020 and active on 2025-06-30.
    expect(merged.summary.headcount).toBe(3);
    expect(merged.summary.byGender).toEqual({ female: 2, male: 1, other: 0, undisclosed: 0 });
    const all = mergeWorkforceShards('rows.ndjson', options, results, 5);
    expect(all.issues.map((i) => i.row)).toEqual([3, 5]);
  });

  it('refuses the first valid row of a range of another company, at its row in the file', async () => {
    // Range 2 starts with a blank line and a bad one: its first valid row is line 5 of the file.
    const results = await shards('mixed.ndjson', [
      `${row('e-1')}\n${row('e-2')}\n`,
      `\n{bad\n${row('e-5', 'other')}\n`,
    ]);
    expect(() => mergeWorkforceShards('mixed.ndjson', options, results, 10)).toThrow(
      'mixed.ndjson, row 5: employee "e-5": it belongs to company "other", not miner',
    );
  });

  it('throws the file error of a range that could not be read', () => {
    const result: ShardResult = {
      snapshot: null,
      counts: { read: 0, valid: 0, rejected: 0 },
      issues: [],
      issuesOmitted: 0,
      lines: 0,
      first: null,
      failure: null,
      fileError: { code: 'EACCES', message: 'EACCES: permission denied' },
    };
    let thrown: unknown;
    try {
      mergeWorkforceShards('locked.ndjson', options, [result], 10);
    } catch (error) {
      thrown = error;
    }
    expect(isImpactError(thrown, 'FILE_UNREADABLE')).toBe(true);
    expect((thrown as Error).message).toMatch(/: permission denied: locked\.ndjson$/);
    expect(((thrown as Error).cause as { code: string }).code).toBe('EACCES');
  });
});
