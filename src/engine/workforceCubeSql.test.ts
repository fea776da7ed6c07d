import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { engineEmployees, referenceCube } from '../../test/fixtures/engineWorkforce.js';
import { isImpactError } from '../index.js';
import { workforceCubeSql } from './workforceCubeSql.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-cube-sql-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Rows as comparable text, sorted: a multiset of rows, counts as numbers. */
function canonical(rows: readonly Record<string, unknown>[]): string[] {
  return rows
    .map((row) =>
      JSON.stringify(
        Object.keys(row)
          .sort()
          .map((key) => [key, typeof row[key] === 'bigint' ? Number(row[key]) : row[key]]),
      ),
    )
    .sort();
}

/** DuckDB with a table `name` of the records, dates as text or as DATE. */
async function duckdbWith(name: string, dateType: 'VARCHAR' | 'DATE', records: readonly object[]) {
  const file = join(dir, `${dateType}.ndjson`);
  writeFileSync(file, records.map((r) => JSON.stringify(r)).join('\n'));
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const columns = `{companyId: 'VARCHAR', engagement: 'VARCHAR', siteId: 'VARCHAR', homeLocationId: 'VARCHAR', gender: 'VARCHAR', category: 'VARCHAR', nationality: 'VARCHAR', birthYear: 'BIGINT', hireDate: '${dateType}', terminationDate: '${dateType}', terminationReason: 'VARCHAR', rehire: 'BOOLEAN'}`;
  await connection.run(
    `CREATE TABLE ${name} AS SELECT * FROM read_json('${file}', format = 'newline_delimited', columns = ${columns})`,
  );
  return { instance, connection };
}

describe('workforceCubeSql', () => {
  it('writes the days as date literals and reads the table named, employees by default', () => {
    const sql = workforceCubeSql({
      asOf: '2025-06-30',
      period: { start: '2025-01-01', end: '2025-12-31' },
    });
    expect(sql).toContain("DATE '2025-06-30'");
    expect(sql).toContain("DATE '2025-01-01'");
    expect(sql).toContain("DATE '2025-12-31'");
    expect(sql).toContain('FROM employees\n');
    // The age is the age reached in the year of asOf: 2025 − birthYear.
    expect(sql).toContain('2025 - birthYear < 30');
    expect(workforceCubeSql({ asOf: '2025-06-30', table: 'lake.hr."Employees 2025"' })).toContain(
      'FROM lake.hr."Employees 2025"\n',
    );
    expect(workforceCubeSql({ asOf: '2025-06-30', table: '`hr`.`a``b`' })).toContain(
      'FROM `hr`.`a``b`\n',
    );
  });

  it.each([
    'employees; DROP TABLE employees',
    'employees --',
    'employees/* x */',
    '"employees"; DELETE FROM x; --"',
    '"a"b"',
    '"unterminated',
    '`a`b`',
    'a.',
    '.a',
    '1employees',
    'emp loyees',
    '"a\nb"',
    '',
    "employees' OR '1'='1",
    'x'.repeat(513),
  ])('refuses the table name %j', (table) => {
    expect(() => workforceCubeSql({ asOf: '2025-06-30', table })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('refuses a table name that is not text', () => {
    expect(() => workforceCubeSql({ asOf: '2025-06-30', table: 42 as never })).toThrow(
      /not an SQL identifier/,
    );
  });

  it('refuses days that are not calendar dates, or a period that is not one', () => {
    const attempts: [unknown, unknown, string][] = [
      ["2025-06-30'; DROP TABLE employees; --", undefined, 'INVALID_DATE'],
      ['2025-02-30', undefined, 'INVALID_DATE'],
      [undefined, undefined, 'INVALID_DATE'],
      ['2025-06-30', { start: "2025-01-01' OR 1=1 --", end: '2025-12-31' }, 'INVALID_DATE'],
      ['2025-06-30', { start: '2025-01-01' }, 'INVALID_ARGUMENT'],
      ['2025-06-30', { start: '2025-01-01', end: '2025-13-01' }, 'INVALID_DATE'],
      ['2025-06-30', { start: '2025-12-31', end: '2025-01-01' }, 'INVALID_PERIOD'],
      ['2025-06-30', '2025', 'INVALID_ARGUMENT'],
      ['2025-06-30', null, 'INVALID_ARGUMENT'],
    ];
    for (const [asOf, period, code] of attempts) {
      let thrown: unknown;
      try {
        workforceCubeSql({ asOf, period } as never);
      } catch (error) {
        thrown = error;
      }
      expect(isImpactError(thrown, code as never), JSON.stringify([asOf, period])).toBe(true);
    }
    expect(() => workforceCubeSql(null as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });

  it.each([
    ['VARCHAR', { start: '2025-01-01', end: '2025-12-31' }],
    ['DATE', { start: '2025-01-01', end: '2025-12-31' }],
    ['VARCHAR', undefined],
  ] as const)(
    'gives in DuckDB (dates as %s, period %j) the cube computed record by record',
    async (dateType, period) => {
      const records = engineEmployees(7, 400);
      const { instance, connection } = await duckdbWith('hr_records', dateType, records);
      try {
        const sql = workforceCubeSql({ asOf: '2025-06-30', period, table: 'hr_records' });
        const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
        const identity = rows[0]?.cube_id as string;
        expect(identity).toBe(
          `mining-impact/workforce-cube/1 asOf=2025-06-30 period=${period === undefined ? 'none' : '2025-01-01..2025-12-31'}`,
        );
        expect(canonical(rows)).toEqual(
          canonical(referenceCube(records, identity, '2025-06-30', period)),
        );
        // Every record counts once in `records`.
        expect(rows.reduce((sum, row) => sum + Number(row.records), 0)).toBe(400);
      } finally {
        connection.closeSync();
        instance.closeSync();
      }
    },
  );

  it('reads a quoted table name in DuckDB, and a hostile name stays a name', async () => {
    const records = engineEmployees(3, 20);
    const { instance, connection } = await duckdbWith('"hr ""records"" 2025"', 'VARCHAR', records);
    try {
      const sql = workforceCubeSql({ asOf: '2025-06-30', table: '"hr ""records"" 2025"' });
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
      expect(rows.reduce((sum, row) => sum + Number(row.records), 0)).toBe(20);
      // A quoted name holding SQL is only a (missing) table: the query fails, nothing runs.
      const hostile = workforceCubeSql({ asOf: '2025-06-30', table: '"x; DROP TABLE y; --"' });
      await expect(connection.run(hostile)).rejects.toThrow(/x; DROP TABLE y; --/);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });
});
