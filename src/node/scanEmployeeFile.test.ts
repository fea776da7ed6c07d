/// <reference types="node" />
// Whole NDJSON files read with and without the line scanner give the same rows, issues, counts
// and summaries: the scanner only decides rows the full path (JSON.parse + validateEmployeeRow)
// accepts, and gives them as that path does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { rowsCases } from '../../test/corpus/fileCases.js';
import { employeeJson } from '../../test/fixtures/employeeJson.js';
import { employeeLine } from '../../test/fixtures/employeeLines.js';
import type { SiteId } from '../core/ids.js';
import { azGazetteer } from '../data/az/index.js';
import { MAX_ROW_BYTES, readEmployees } from './readEmployees.js';
import { scanEmployeeFile } from './scanEmployeeFile.js';
import { scanEmployeeLine, useLineScanner } from './scanEmployeeLine.js';
import { summarizeWorkforceFile } from './summarizeWorkforceFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => useLineScanner(true));
let written = 0;
const file = (content: string | Uint8Array): string => {
  const path = join(dir, `${++written}.ndjson`);
  writeFileSync(path, content);
  return path;
};

/** Everything `readEmployees` gives for a file: each row as it came, the counts, or the error. */
async function readAll(path: string): Promise<unknown> {
  try {
    const rows = readEmployees(path);
    const out: unknown[] = [];
    for await (const row of rows) out.push(row);
    return { rows: out, counts: rows.counts };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Everything `summarizeWorkforceFile` gives for a file, or the error it throws. */
async function summarize(path: string): Promise<unknown> {
  try {
    return await summarizeWorkforceFile(path, {
      asOf: '2025-06-30',
      gazetteer: azGazetteer,
      sites: [{ id: 'site-das' as SiteId, locationId: 'AZ-DAS' as never }],
      localityPolicy: { kind: 'sameDistrict' },
      includeContractors: true,
      maxIssues: 50,
    });
  } catch (error) {
    return { error: String(error) };
  }
}

/** Reads a file with the scanner on and off, and checks that both give the same. */
async function expectSameWithAndWithoutScanner(path: string): Promise<void> {
  useLineScanner(false);
  const rowsWithout = await readAll(path);
  const summaryWithout = await summarize(path);
  useLineScanner(true);
  expect(await readAll(path)).toStrictEqual(rowsWithout);
  expect(await summarize(path)).toStrictEqual(summaryWithout);
}

describe('NDJSON files with and without the line scanner', () => {
  it.each(rowsCases.filter((c) => c.file.endsWith('.ndjson')).map((c) => [c.name, c] as const))(
    '%s',
    async (_, c) => {
      await expectSameWithAndWithoutScanner(file(c.content));
    },
  );

  it('give the same on generated files of valid and near-valid rows', async () => {
    const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\n\n', '\n \n');
    const files = fc.array(fc.tuple(employeeLine, lineEnd), { maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(files, async (lines) => {
        await expectSameWithAndWithoutScanner(file(lines.map(([l, end]) => l + end).join('')));
      }),
      { numRuns: 40 },
    );
  });

  it('give the same on a file of several chunks, most of its rows decided by the scanner', async () => {
    // About 3,000 rows of some 200 bytes: several chunks of the 64 KiB stream, rows across their ends.
    const lines = fc.sample(employeeLine, { numRuns: 3000, seed: 7 });
    const valid = JSON.stringify({
      id: 'e-1',
      companyId: 'azergold',
      siteId: 'site-das',
      homeLocationId: 'AZ-DAS',
      gender: 'female',
      birthYear: 1990,
      hireDate: '2020-01-01',
      category: 'worker',
      contract: 'permanent',
      engagement: 'employee',
    });
    const all = lines.flatMap((line, i) => [line, valid.replace('e-1', `e-${i}`)]);
    const decided = all.filter((line) => scanEmployeeLine(Buffer.from(line)) !== undefined).length;
    // Every second line is the plain valid row: at least half of the rows are decided.
    expect(decided).toBeGreaterThanOrEqual(3000);
    await expectSameWithAndWithoutScanner(file(`\uFEFF${all.join('\n')}`));
  });
});

describe('NDJSON byte ranges', () => {
  const rows = async (
    path: string,
    range: { start?: number; end?: number },
  ): Promise<{ rows: [number, string | undefined, string | undefined][]; lines: number }> => {
    const out: [number, string | undefined, string | undefined][] = [];
    let lines = -1;
    const scan = scanEmployeeFile(
      path,
      {
        format: 'ndjson',
        maxRowBytes: MAX_ROW_BYTES,
        ...range,
        onLines: (n) => {
          lines = n;
        },
      },
      (row, employee, issues) => out.push([row, employee?.id, issues?.[0]?.code]),
    );
    for await (const _ of scan) {
      // Rows are collected by the visitor.
    }
    return { rows: out, lines };
  };
  const valid = (id: string): string => employeeJson(id);

  it('counts the lines of a file: blank ones, and a last one without LF', async () => {
    // 'r1', blank, 'r3', then 'r4' without LF: four lines, three rows.
    const path = file(`${valid('r1')}\n\n${valid('r3')}\n${valid('r4')}`);
    expect(await rows(path, {})).toEqual({
      rows: [
        [1, 'r1', undefined],
        [3, 'r3', undefined],
        [4, 'r4', undefined],
      ],
      lines: 4,
    });
    // With a final LF there is no fifth line; an empty file has none.
    expect((await rows(file(`${valid('r1')}\n`), {})).lines).toBe(1);
    expect((await rows(file(''), {})).lines).toBe(0);
  });

  it('numbers the lines of a range from 1 and drops a byte order mark only at byte 0', async () => {
    const first = `\uFEFF${valid('r1')}\n`;
    const path = file(`${first}\uFEFF${valid('r2')}\r\n${valid('r3')}\n`);
    const start = Buffer.byteLength(first);
    // From byte 0: the mark of line 1 is dropped, that of line 2 is not (not JSON).
    expect((await rows(path, {})).rows).toEqual([
      [1, 'r1', undefined],
      [2, undefined, 'json.invalid'],
      [3, 'r3', undefined],
    ]);
    // From the start of line 2, it is line 1 of the range, and its mark is still not dropped.
    const second = Buffer.byteLength(`\uFEFF${valid('r2')}\r\n`);
    expect(await rows(path, { start, end: start + second })).toEqual({
      rows: [[1, undefined, 'json.invalid']],
      lines: 1,
    });
    expect(await rows(path, { start: start + second })).toEqual({
      rows: [[1, 'r3', undefined]],
      lines: 1,
    });
  });
});
