/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { employeeParquet } from '../../test/fixtures/employeeParquet.js';
import { isImpactError } from '../core/ImpactError.js';
import { validateEmployeeRow } from '../index.js';
import { errorCode } from './errorCode.js';
import { jsonErrorOffset } from './jsonErrorOffset.js';
import { jsonPosition } from './jsonPosition.js';
import { readBoundedBytes } from './readBoundedBytes.js';
import { ROW_ISSUE_LIMIT, readDatasetInput } from './readDatasetInput.js';
import { readEmployees } from './readEmployees.js';

const root = mkdtempSync(join(tmpdir(), 'mining-impact-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = join(root, `f${n++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const employee = (i: number) => ({
  id: `e${i}`,
  companyId: 'c',
  homeLocationId: 'AZ-DAS',
  gender: i % 2 === 0 ? 'female' : 'male',
  hireDate: '2020-01-01',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
  // Long enough that lines cross the 64 kB chunks of the file stream.
  siteId: `site-${'x'.repeat(100)}`,
});

describe('readDatasetInput', () => {
  it('reads a JSON file as it is', async () => {
    const dir = folder({ 'd.json': '{"schemaVersion":"1.0"}' });
    expect(await readDatasetInput(join(dir, 'd.json'))).toEqual({
      dataset: { schemaVersion: '1.0' },
      employees: null,
    });
  });

  it('reads a folder without an employee file', async () => {
    const dir = folder({ 'dataset.json': '{"a":1}' });
    expect(await readDatasetInput(dir)).toEqual({ dataset: { a: 1 }, employees: null });
  });

  it('hands the valid employees on in file order with streamEmployees, keeping none', async () => {
    // Rows 1 and 3 valid, row 2 without a hire date: rejected, counted, never handed on.
    const { hireDate: _hire, ...undated } = employee(1);
    const rows = [employee(0), undated, employee(2)].map((e) => JSON.stringify(e)).join('\n');
    const dir = folder({ 'dataset.json': '{"schemaVersion":"1.0"}', 'employees.ndjson': rows });
    const seen: string[] = [];
    const datasets: unknown[] = [];
    const input = await readDatasetInput(dir, {
      streamEmployees: (dataset) => {
        datasets.push(dataset);
        return (e) => seen.push(e.id);
      },
    });
    expect(datasets).toEqual([{ schemaVersion: '1.0' }]);
    expect(seen).toEqual(['e0', 'e2']);
    expect(input.dataset).toEqual({ schemaVersion: '1.0' });
    expect(input.employees?.counts).toEqual({ read: 3, valid: 2, rejected: 1 });
    expect(input.employees?.issues.map((i) => [i.row, i.column])).toEqual([[2, 'hireDate']]);
    // A JSON file has no employee file: the stream is not asked for.
    const json = folder({ 'd.json': '{}' });
    await readDatasetInput(join(json, 'd.json'), {
      streamEmployees: () => {
        throw new Error('not called');
      },
    });
  });

  it('streams a large employee file across chunks, with progress', async () => {
    // 2,000 rows of about 250 bytes: some 500 kB, so lines straddle the 64 kB chunks.
    const rows = Array.from({ length: 2000 }, (_, i) => JSON.stringify(employee(i))).join('\n');
    const dir = folder({
      'dataset.json': '{"schemaVersion":"1.0"}',
      'employees.ndjson': `${rows}\n`,
    });
    const progress: number[] = [];
    const input = await readDatasetInput(dir, {
      onProgress: (read, total) => progress.push(read / total),
    });
    expect(input.employees?.counts).toEqual({ read: 2000, valid: 2000, rejected: 0 });
    expect((input.dataset as { employees: unknown[] }).employees).toHaveLength(2000);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
  });

  it('keeps the first rejected rows in full and counts all of them by code', async () => {
    const bad = Array.from({ length: ROW_ISSUE_LIMIT + 5 }, () => '{').join('\n');
    const dir = folder({
      'dataset.json': '{}',
      'employees.ndjson': `${JSON.stringify(employee(1))}\n${bad}\n`,
    });
    const input = await readDatasetInput(dir);
    expect(input.employees?.counts).toEqual({
      read: ROW_ISSUE_LIMIT + 6,
      valid: 1,
      rejected: ROW_ISSUE_LIMIT + 5,
    });
    expect(input.employees?.issues).toHaveLength(ROW_ISSUE_LIMIT);
    expect(input.employees?.issuesByCode).toEqual({ 'json.invalid': ROW_ISSUE_LIMIT + 5 });
  });

  it('reads the employees of a folder from employees.parquet', async () => {
    // Two valid records and one with a gender outside the model (row 3).
    const records = [employee(1), employee(2), { ...employee(3), gender: 'M' }];
    const dir = folder({
      'dataset.json': '{"schemaVersion":"1.0"}',
      'employees.parquet': employeeParquet(records),
    });
    const { dataset, employees } = await readDatasetInput(dir);
    expect((dataset as { employees: unknown[] }).employees).toEqual([employee(1), employee(2)]);
    expect(employees?.path).toBe(join(dir, 'employees.parquet'));
    expect(employees?.counts).toEqual({ read: 3, valid: 2, rejected: 1 });
    expect(employees?.issues.map((issue) => [issue.row, issue.column])).toEqual([[3, 'gender']]);
  });

  it('leaves a dataset that is not an object to validation', async () => {
    const dir = folder({ 'dataset.json': '[1]', 'employees.csv': 'id\ne1\n' });
    expect(await readDatasetInput(dir)).toEqual({ dataset: [1], employees: null });
  });

  it('refuses ambiguous folders and missing paths', async () => {
    const code = async (path: string) => {
      try {
        await readDatasetInput(path);
      } catch (error) {
        return [isImpactError(error, 'FILE_UNREADABLE'), (error as Error).message];
      }
      return null;
    };
    const both = folder({ 'dataset.json': '{}', 'employees.csv': 'id\n', 'employees.ndjson': '' });
    expect(await code(both)).toEqual([
      true,
      `[mining-impact] The file or folder cannot be read: ${both}: holds both employees.ndjson and employees.csv; keep one`,
    ]);
    const three = folder({
      'dataset.json': '{}',
      'employees.csv': 'id\n',
      'employees.ndjson': '',
      'employees.parquet': '',
    });
    expect(await code(three)).toEqual([
      true,
      `[mining-impact] The file or folder cannot be read: ${three}: holds employees.ndjson, employees.csv and employees.parquet; keep one`,
    ]);
    const twice = folder({ 'dataset.json': '{"employees":[]}', 'employees.ndjson': '' });
    expect((await code(twice))?.[1]).toContain('dataset.json already has employees');
    expect((await code(join(root, 'absent')))?.[1]).toContain(
      `no such file or folder: ${join(root, 'absent')}`,
    );
    const empty = folder({});
    expect((await code(empty))?.[1]).toContain(
      `no such file or folder: ${join(empty, 'dataset.json')}`,
    );
  });

  // Issue 21, fault 1: these were skipped without a word (exit 0, the report fell back to the
  // published summary: headcount 2,554 instead of the 800 active records).
  it('refuses an employee file that is a dangling symlink, a loop, a FIFO or a folder', async () => {
    const message = async (path: string) => {
      try {
        await readDatasetInput(path);
      } catch (error) {
        return [isImpactError(error, 'FILE_UNREADABLE'), (error as Error).message];
      }
      return null;
    };
    const prefix = '[mining-impact] The file or folder cannot be read: ';
    const dangling = folder({ 'dataset.json': '{}' });
    symlinkSync(join(dangling, 'nowhere.ndjson'), join(dangling, 'employees.ndjson'));
    expect(await message(dangling)).toEqual([
      true,
      `${prefix}a symlink to nothing: ${join(dangling, 'employees.ndjson')}`,
    ]);
    const loop = folder({ 'dataset.json': '{}' });
    symlinkSync(join(loop, 'employees.csv'), join(loop, 'employees.csv'));
    expect(await message(loop)).toEqual([
      true,
      `${prefix}a loop of symbolic links: ${join(loop, 'employees.csv')}`,
    ]);
    const fifo = folder({ 'dataset.json': '{}' });
    execFileSync('mkfifo', [join(fifo, 'employees.ndjson')]);
    expect(await message(fifo)).toEqual([
      true,
      `${prefix}not a regular file (a FIFO, socket or device): ${join(fifo, 'employees.ndjson')}`,
    ]);
    const dir = folder({ 'dataset.json': '{}' });
    mkdirSync(join(dir, 'employees.ndjson'));
    expect(await message(dir)).toEqual([
      true,
      `${prefix}not a regular file (a folder): ${join(dir, 'employees.ndjson')}`,
    ]);
  });
});

describe('row validation and CSV structure', () => {
  it('names the column of an unknown key and no column for a row that is not an object', () => {
    const extra = validateEmployeeRow({ ...employee(1), salary: 1 }, 7);
    expect('issues' in extra && extra.issues).toEqual([
      { row: 7, column: 'salary', code: 'schema.unrecognized_keys', message: expect.any(String) },
    ]);
    const scalar = validateEmployeeRow(42, 8);
    expect('issues' in scalar && scalar.issues.map((i) => [i.column, i.code])).toEqual([
      [null, 'schema.invalid_type'],
    ]);
  });

  it('reports an unclosed quote as a CSV error at the next row and stops there', async () => {
    const dir = folder({ 'e.csv': 'id,companyId\ne1,c\n"e2,c\n' });
    const rows = readEmployees(join(dir, 'e.csv'));
    const seen: unknown[] = [];
    for await (const row of rows) seen.push(row.issues?.map((i) => [i.row, i.code]));
    expect(seen.at(-1)).toEqual([[3, 'csv.invalid']]);
    expect(rows.counts.rejected).toBe(2);
  });

  it('fails on a missing CSV file', async () => {
    const rows = readEmployees(join(root, 'none.csv'));
    await expect(
      (async () => {
        for await (const _ of rows) {
          // nothing is read
        }
      })(),
    ).rejects.toSatisfy((e) => isImpactError(e, 'FILE_UNREADABLE'));
  });
});

// Issue 21, fault 7: `mining-impact validate /dev/zero` grew to 24 GB and was killed.
describe('a byte budget for JSON files', () => {
  it('stops reading an endless stream at the limit', async () => {
    const message = await readBoundedBytes('/dev/zero', 1_000_000).then(
      () => 'read',
      (error: unknown) => [isImpactError(error, 'FILE_UNREADABLE'), (error as Error).message],
    );
    expect(message).toEqual([
      true,
      '[mining-impact] The file or folder cannot be read: /dev/zero: larger than 1000000 bytes, the most a JSON file may hold (employee records go in employees.ndjson, which is streamed)',
    ]);
    const small = folder({ 'small.json': '[1]' });
    expect(await readBoundedBytes(join(small, 'small.json'), 3)).toEqual(Buffer.from('[1]'));
  });
});

describe('error helpers', () => {
  it('reads system error codes', () => {
    expect(errorCode(Object.assign(new Error('x'), { code: 'ENOENT' }))).toBe('ENOENT');
    expect(errorCode(new Error('x'))).toBe('error');
    expect(errorCode(null)).toBe('error');
  });

  it('finds where JSON.parse stopped from each form of message', () => {
    expect(jsonErrorOffset('Expected property name in JSON at position 7', '{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('Unexpected end of JSON input', '{"a":')).toBe(5);
    // Not cut: the token is found from the start of the context.
    expect(jsonErrorOffset(`Unexpected token '}', "}" is not valid JSON`, '}')).toBe(0);
    // Cut: ten characters before the token, found from there.
    const text = '{\n  "schemaVersion": "1.0",\n  "company": }\n';
    expect(
      jsonErrorOffset(`Unexpected token '}', ..."company": }\n" is not valid JSON`, text),
    ).toBe(text.indexOf('}'));
    // A context that is not in the text gives the end.
    expect(jsonErrorOffset(`Unexpected token 'x', "zzz" is not valid JSON`, 'abc')).toBe(3);
    expect(jsonPosition('a\nbc\nd', 4)).toEqual({ line: 2, column: 3 });
    expect(jsonPosition('abc', 99)).toEqual({ line: 1, column: 4 });
  });
});
