/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import type { SiteId } from '../core/ids.js';
import { azGazetteer } from '../data/az/index.js';
import { summarizeWorkforce } from '../indicators/workforce/summarizeWorkforce.js';
import type { Employee } from '../model/employee.js';
import { runShardInWorker } from './runShardInWorker.js';
import { summarizeWorkforceFile } from './summarizeWorkforceFile.js';

// Vitest cannot start a worker thread from a .ts module: the shards run in this thread, on a
// structured clone of their request (what postMessage sends). scripts/check-workers.mjs runs
// the real threads on the built package.
vi.mock('./runShardInWorker.js', async () => {
  const { scanWorkforceShard } = await import('./scanWorkforceShard.js');
  return {
    runShardInWorker: vi.fn(
      (
        request: object,
        onBytes: ((n: number) => void) | undefined,
        signal: AbortSignal,
      ): Promise<unknown> => scanWorkforceShard(structuredClone(request) as never, onBytes, signal),
    ),
  };
});

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const base = {
  companyId: 'azergold',
  gender: 'male',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
};
// Rows 1-3 valid; row 4 an impossible date; row 5 bad JSON (NDJSON) or a bad gender (CSV).
const records = [
  { ...base, id: 'e1', siteId: 'site-das', homeLocationId: 'AZ-DAS', hireDate: '2019-03-01' },
  {
    ...base,
    id: 'e2',
    siteId: 'site-das',
    homeLocationId: 'AZ-BA',
    gender: 'female',
    hireDate: '2020-01-15',
  },
  {
    ...base,
    id: 'e3',
    homeLocationId: 'AZ-GYG',
    hireDate: '2018-05-01',
    terminationDate: '2024-12-31',
  },
  { ...base, id: 'e4', homeLocationId: 'AZ-DAS', hireDate: '2023-02-29' },
];
const options = {
  asOf: '2025-06-30',
  gazetteer: azGazetteer,
  sites: [{ id: 'site-das' as SiteId, locationId: 'AZ-DAS' as never }],
  localityPolicy: { kind: 'sameDistrict' } as const,
};
const ndjson = file(
  'employees.ndjson',
  `${records.map((r) => JSON.stringify(r)).join('\n')}\n{"id":\n`,
);
const columns = [
  'id',
  'companyId',
  'siteId',
  'homeLocationId',
  'gender',
  'hireDate',
  'terminationDate',
  'category',
  'contract',
  'engagement',
];
const csv = file(
  'employees.csv',
  [
    columns.join(','),
    ...records.map((r) =>
      columns.map((c) => (r as Record<string, string | undefined>)[c] ?? '').join(','),
    ),
    'e5,azergold,,AZ-DAS,x,2020-01-01,,worker,permanent,employee',
  ].join('\n'),
);

describe('summarizeWorkforceFile', () => {
  it('summarizes the valid rows of an NDJSON file and reports the others', async () => {
    const { summary, counts, issues, issuesOmitted } = await summarizeWorkforceFile(
      ndjson,
      options,
    );
    // e1 and e2 are active on 2025-06-30; e3 left on 2024-12-31; e4 and line 5 are rejected.
    expect(summary.headcount).toBe(2);
    // e1 is from Daşkəsən, where the site is: local; e2 is from Baku: non-local, from the capital.
    expect([summary.local, summary.nonLocal, summary.localityUnknown]).toEqual([1, 1, 0]);
    expect([summary.fromRegions, summary.fromCapital]).toEqual([1, 1]);
    expect(counts).toEqual({ read: 5, valid: 3, rejected: 2 });
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'hireDate', 'schema.invalid_format'],
      [5, null, 'json.invalid'],
    ]);
    expect(issuesOmitted).toBe(0);
    // The same summary as summarizeWorkforce of the valid rows.
    expect(summary).toEqual(summarizeWorkforce(records.slice(0, 3) as Employee[], options));
  });

  it('summarizes a CSV file of the same records alike', async () => {
    const fromCsv = await summarizeWorkforceFile(csv, options);
    const fromNdjson = await summarizeWorkforceFile(ndjson, options);
    expect(fromCsv.summary).toEqual(fromNdjson.summary);
    // The header is row 1: the records are rows 2-6; rows 5 (date) and 6 (gender) are rejected.
    expect(fromCsv.counts).toEqual({ read: 5, valid: 3, rejected: 2 });
    expect(fromCsv.issues.map((i) => [i.row, i.column])).toEqual([
      [5, 'hireDate'],
      [6, 'gender'],
    ]);
  });

  it('keeps at most maxIssues issues and counts the others', async () => {
    const result = await summarizeWorkforceFile(ndjson, { ...options, maxIssues: 1 });
    // Two rejected rows with one issue each: one kept, one omitted.
    expect(result.issues).toHaveLength(1);
    expect(result.issuesOmitted).toBe(1);
    await expect(summarizeWorkforceFile(ndjson, { ...options, maxIssues: -1 })).rejects.toThrow(
      /maxIssues must be a count/,
    );
  });

  it('checks the options before reading, and reports a file that cannot be read', async () => {
    const missing = join(dir, 'none.ndjson');
    await expect(
      summarizeWorkforceFile(missing, { ...options, asOf: '2025-02-30' }),
    ).rejects.toSatisfy((e) => isImpactError(e, 'INVALID_DATE'));
    await expect(summarizeWorkforceFile(missing, options)).rejects.toSatisfy((e) =>
      isImpactError(e, 'FILE_UNREADABLE'),
    );
    await expect(
      summarizeWorkforceFile(ndjson, { ...options, format: 'xml' as never }),
    ).rejects.toThrow(/format must be ndjson, csv or parquet/);
  });

  it('stops at a valid row of another company, naming the row', async () => {
    const mixed = file(
      'mixed.ndjson',
      `${JSON.stringify(records[0])}\n${JSON.stringify({ ...records[1], companyId: 'other' })}\n`,
    );
    await expect(summarizeWorkforceFile(mixed, options)).rejects.toSatisfy(
      (e) =>
        isImpactError(e, 'INVALID_ARGUMENT') && /mixed\.ndjson, row 2: .*other/.test(e.message),
    );
  });
});

describe('summarizeWorkforceFile with worker threads', () => {
  const shardRuns = vi.mocked(runShardInWorker);
  beforeEach(() => {
    shardRuns.mockClear();
  });
  const lines = Array.from({ length: 30 }, (_, i) =>
    i % 7 === 3
      ? '{"id":'
      : JSON.stringify({ ...records[i % 3], id: `e-${i}`, siteId: i % 2 ? 'site-das' : undefined }),
  );
  const many = file('many.ndjson', `\uFEFF${lines.join('\r\n')}\n\n`);

  it('gives what one thread gives, in as many ranges as workers asked for', async () => {
    const one = await summarizeWorkforceFile(many, { ...options, workers: 1 });
    expect(shardRuns).not.toHaveBeenCalled();
    for (const workers of [2, 3]) {
      shardRuns.mockClear();
      expect(await summarizeWorkforceFile(many, { ...options, workers })).toStrictEqual(one);
      // The calling thread scans the first range: workers − 1 threads for the others, the
      // first of them starting at a line start after byte 0.
      expect(shardRuns).toHaveBeenCalledTimes(workers - 1);
      const starts = shardRuns.mock.calls.map(([request]) => request.start);
      expect(starts.every((start) => start > 0)).toBe(true);
    }
    // By default a file under 32 MiB is read in this thread.
    shardRuns.mockClear();
    expect(await summarizeWorkforceFile(many, options)).toStrictEqual(one);
    expect(shardRuns).not.toHaveBeenCalled();
  });

  it('reads CSV in one thread whatever workers says', async () => {
    const one = await summarizeWorkforceFile(csv, { ...options, workers: 1 });
    expect(await summarizeWorkforceFile(csv, { ...options, workers: 4 })).toStrictEqual(one);
    expect(shardRuns).not.toHaveBeenCalled();
  });

  it('checks workers before reading the file', async () => {
    const missing = join(dir, 'none.ndjson');
    for (const workers of [0, -2, 1.5, Number.NaN]) {
      await expect(summarizeWorkforceFile(missing, { ...options, workers })).rejects.toThrow(
        /workers must be a positive count/,
      );
    }
  });

  it('reads sites given once (a generator) for every range, and reports sites that are not iterable', async () => {
    const one = await summarizeWorkforceFile(many, { ...options, workers: 1 });
    function* sites() {
      yield* options.sites;
    }
    expect(
      await summarizeWorkforceFile(many, { ...options, sites: sites(), workers: 2 }),
    ).toStrictEqual(one);
    expect(
      await summarizeWorkforceFile(many, { ...options, sites: new Set(options.sites), workers: 3 }),
    ).toStrictEqual(one);
    await expect(
      summarizeWorkforceFile(many, { ...options, sites: 5 as never, workers: 2 }),
    ).rejects.toThrow(/sites is not iterable/);
  });

  it('stops at a row of another company with the error of one thread', async () => {
    const mixed = file(
      'mixed-many.ndjson',
      `${lines.slice(0, 20).join('\n')}\n${JSON.stringify({ ...records[1], companyId: 'other' })}\n`,
    );
    const error = await summarizeWorkforceFile(mixed, { ...options, workers: 1 }).catch((e) => e);
    expect((error as Error).message).toMatch(/mixed-many\.ndjson, row 21: .*other/);
    await expect(summarizeWorkforceFile(mixed, { ...options, workers: 3 })).rejects.toThrow(
      (error as Error).message,
    );
  });
});
