import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_SITES, engineEmployees } from '../../test/fixtures/engineWorkforce.js';
import { azGazetteer } from '../data/az/index.js';
import {
  createWorkforceAccumulator,
  type Employee,
  isImpactError,
  summarizeWorkforce,
  type WorkforceAccumulatorOptions,
} from '../index.js';
import { summarizeWorkforceFile } from '../node/summarizeWorkforceFile.js';
import { loadDuckDb } from './loadDuckDb.js';
import { summarizeWorkforceWithDuckDb } from './summarizeWorkforceWithDuckDb.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-duckdb-'));
const records = engineEmployees(5, 500);
const file = (name: string): string => join(dir, name);

/** The CSV columns: every field the records use. */
const COLUMNS = [
  'id',
  'companyId',
  'siteId',
  'homeLocationId',
  'gender',
  'birthYear',
  'hireDate',
  'terminationDate',
  'terminationReason',
  'category',
  'contract',
  'engagement',
  'nationality',
  'rehire',
] as const;

/** Records as CSV: a header, then one line per record, an absent field an empty cell. */
function csvOf(rows: readonly Employee[], columns: readonly string[] = COLUMNS): string {
  const cells = (r: Employee) =>
    columns.map((c) => String((r as unknown as Record<string, unknown>)[c] ?? '')).join(',');
  return [columns.join(','), ...rows.map(cells)].join('\n');
}

const ndjsonOf = (rows: readonly object[]): string => rows.map((r) => JSON.stringify(r)).join('\n');

beforeAll(async () => {
  writeFileSync(file('employees.ndjson'), ndjsonOf(records));
  writeFileSync(file('employees.csv'), csvOf(records));
  // Parquet written by DuckDB itself from the NDJSON file.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_json('${file('employees.ndjson')}', format = 'newline_delimited')) TO '${file('employees.parquet')}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PERIOD = { start: '2025-01-01', end: '2025-12-31' } as const;
const base: WorkforceAccumulatorOptions = { asOf: '2025-06-30', gazetteer: azGazetteer };
const full: WorkforceAccumulatorOptions = {
  ...base,
  period: PERIOD,
  includeContractors: true,
  sites: ENGINE_SITES,
  localityPolicy: { kind: 'sameDistrict' },
};

/** The error a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('no rejection');
}

describe('summarizeWorkforceWithDuckDb', () => {
  it.each([
    ['employees.ndjson', base],
    ['employees.ndjson', full],
    ['employees.csv', full],
    ['employees.parquet', full],
    ['employees.parquet', { ...base, companyId: 'azergold', period: PERIOD }],
  ] as const)('summarizes %s as summarizeWorkforce does the records', async (name, options) => {
    const result = await summarizeWorkforceWithDuckDb(file(name), { ...options, threads: 2 });
    expect(result.summary).toEqual(summarizeWorkforce(records, options));
    const fed = createWorkforceAccumulator(options);
    for (const record of records) fed.add(record);
    expect(result.accumulator.flows()).toEqual(fed.flows());
    // Every record read once: the cube's records add up to the 500 written.
    expect(result.read).toBe(500);
    expect(result.cube.length).toBeGreaterThan(0);
  });

  it.each(['employees.ndjson', 'employees.csv'])(
    'gives the summary summarizeWorkforceFile gives of %s',
    async (name) => {
      const validated = await summarizeWorkforceFile(file(name), full);
      expect(validated.counts.rejected).toBe(0);
      expect((await summarizeWorkforceWithDuckDb(file(name), full)).summary).toEqual(
        validated.summary,
      );
    },
  );

  it('reads several files and files whose columns lack optional fields', async () => {
    const columns = COLUMNS.filter(
      (c) => !['nationality', 'rehire', 'terminationReason', 'birthYear'].includes(c),
    );
    const stripped = records.map((r) => {
      const { nationality, rehire, terminationReason, birthYear, ...rest } = r;
      return rest as Employee;
    });
    writeFileSync(file('a-part.csv'), csvOf(stripped.slice(0, 200), columns));
    writeFileSync(file('b-part.csv'), csvOf(stripped.slice(200), columns));
    const result = await summarizeWorkforceWithDuckDb(
      [file('a-part.csv'), file('b-part.csv')],
      full,
    );
    expect(result.summary).toEqual(summarizeWorkforce(stripped, full));
    expect(result.summary.byAgeBand?.unknown).toBe(result.summary.headcount);
    // A glob pattern reads both parts too.
    expect((await summarizeWorkforceWithDuckDb(file('*-part.csv'), full)).read).toBe(500);
  });

  it('reads a path with a quote, and a path holding SQL is only a missing file', async () => {
    writeFileSync(file("it's.ndjson"), ndjsonOf(records.slice(0, 10)));
    expect((await summarizeWorkforceWithDuckDb(file("it's.ndjson"), base)).read).toBe(10);
    const hostile = file("x.ndjson'], format = 'auto'); DROP TABLE t; --.ndjson");
    const error = await rejection(summarizeWorkforceWithDuckDb(hostile, base));
    expect(isImpactError(error, 'FILE_UNREADABLE')).toBe(true);
    expect(error.message).toContain('DuckDB could not summarize');
  });

  it('refuses what the cube shows the library would reject: a gender outside the model', async () => {
    const bad = { ...records[0], hireDate: '2020-01-01', gender: 'robot' };
    delete (bad as { terminationDate?: string }).terminationDate;
    writeFileSync(file('bad.ndjson'), ndjsonOf([bad]));
    const error = await rejection(summarizeWorkforceWithDuckDb(file('bad.ndjson'), base));
    expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect(error.message).toMatch(/workforce cube row 0 gender: "robot" is not one of/);
  });

  it('refuses records DuckDB cannot convert, and files it cannot find', async () => {
    writeFileSync(
      file('baddate.csv'),
      csvOf([{ ...records[0], hireDate: '30/06/2020' } as Employee]),
    );
    const converted = await rejection(summarizeWorkforceWithDuckDb(file('baddate.csv'), base));
    expect(isImpactError(converted, 'INVALID_ARGUMENT')).toBe(true);
    expect(converted.message).toContain('30/06/2020');
    const missing = await rejection(
      summarizeWorkforceWithDuckDb([file('none-1.parquet'), file('none-2.parquet')], base),
    );
    expect(isImpactError(missing, 'FILE_UNREADABLE')).toBe(true);
    expect(missing.message).toContain('2 files');
  });

  it('takes the format from the options over the extension', async () => {
    writeFileSync(file('employees.txt'), ndjsonOf(records));
    const result = await summarizeWorkforceWithDuckDb(file('employees.txt'), {
      ...base,
      format: 'ndjson',
    });
    expect(result.read).toBe(500);
  });

  it.each([
    [[], {}, /no file to read/],
    [['a.csv', 'b.parquet'], {}, /do not all end in/],
    [['a.txt'], {}, /do not all end in/],
    [['a\u0000.csv'], {}, /without NUL/],
    [[''], {}, /without NUL/],
    [['a.csv'], { format: 'xlsx' }, /not ndjson, csv or parquet/],
    [['a.csv'], { threads: 0 }, /threads must be a positive integer/],
    [['a.csv'], { threads: 1.5 }, /threads must be a positive integer/],
    [['a.csv'], { threads: '2' }, /threads must be a positive integer/],
    [42, {}, /files must be a path or an array/],
  ])('refuses the files %j with %j before reading', async (files, extra, message) => {
    const error = await rejection(
      summarizeWorkforceWithDuckDb(files as never, { ...base, ...extra } as never),
    );
    expect(isImpactError(error, 'INVALID_ARGUMENT')).toBe(true);
    expect(error.message).toMatch(message);
  });

  it('refuses options that are not valid before reading', async () => {
    const error = await rejection(
      summarizeWorkforceWithDuckDb(file('employees.csv'), { ...base, asOf: '2025-06-31' }),
    );
    expect(isImpactError(error, 'INVALID_DATE')).toBe(true);
  });
});

describe('loadDuckDb', () => {
  it('loads the package, and names the install command when it is missing', async () => {
    expect(typeof (await loadDuckDb()).DuckDBInstance.create).toBe('function');
    const error = await rejection(
      loadDuckDb(() => Promise.reject(new Error('Cannot find package'))),
    );
    expect(isImpactError(error, 'MISSING_PEER_DEPENDENCY')).toBe(true);
    expect(error.message).toContain('npm install @duckdb/node-api');
  });
});
