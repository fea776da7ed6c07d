/// <reference types="node" />
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isImpactError } from '../core/ImpactError.js';
import { type EmployeeRow, MAX_ROW_BYTES, readEmployees } from './readEmployees.js';
import { readJsonFile } from './readJsonFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, bytes: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const good = {
  id: 'e1',
  companyId: 'c',
  homeLocationId: 'AZ-DAS',
  gender: 'female',
  hireDate: '2020-01-01',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
};

async function all(rows: AsyncIterable<EmployeeRow>): Promise<EmployeeRow[]> {
  const out: EmployeeRow[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('readEmployees', () => {
  it('reads NDJSON with a BOM, CRLF and blank lines, and rejects bad rows without stopping', async () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf]);
    const text = `${JSON.stringify(good)}\r\n\r\n{"id":\r\n${JSON.stringify({ ...good, id: 'e2', gender: 'x' })}\r\n`;
    const bad = Uint8Array.from([0x7b, 0xff, 0x7d, 0x0a]);
    const path = file(
      'e.ndjson',
      Buffer.concat([
        bom,
        Buffer.from(text),
        bad,
        Buffer.from(JSON.stringify({ ...good, id: 'e3' })),
      ]),
    );
    const rows = readEmployees(path);
    const list = await all(rows);
    // Lines: 1 valid, 2 blank (not a row), 3 bad JSON, 4 bad gender, 5 invalid UTF-8, 6 valid (no final newline).
    expect(
      list.map((r) => [
        r.row,
        r.employee?.id ?? r.issues?.map((i) => `${i.column}:${i.code}`).join(),
      ]),
    ).toEqual([
      [1, 'e1'],
      [3, 'null:json.invalid'],
      [4, 'gender:schema.invalid_value'],
      [5, 'null:encoding.invalid_utf8'],
      [6, 'e3'],
    ]);
    expect(rows.counts).toEqual({ read: 5, valid: 2, rejected: 3 });
  });

  it('reads the boolean columns of CSV as booleans, and other text as text the schema rejects', async () => {
    const header =
      'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement,workingTime,nonGuaranteedHours,rehire\n';
    const path = file(
      'flags.csv',
      `${header}e1,c,AZ-DAS,female,2020-01-01,worker,permanent,employee,partTime,true,false\ne2,c,AZ-DAS,male,2020-01-01,worker,permanent,employee,fullTime,yes,\n`,
    );
    const read = readEmployees(path);
    const list = await all(read);
    expect(list[0]?.employee).toMatchObject({
      workingTime: 'partTime',
      nonGuaranteedHours: true,
      rehire: false,
    });
    // Row 3: "yes" is not a boolean; the empty rehire cell is an absent field.
    expect(list[1]?.issues?.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'nonGuaranteedHours', 'schema.invalid_type'],
    ]);
    expect(read.counts).toEqual({ read: 2, valid: 1, rejected: 1 });
  });

  it('reads CSV with a header, quoted line breaks, empty cells and invalid UTF-8', async () => {
    const header =
      'id,companyId,homeLocationId,gender,birthYear,hireDate,terminationDate,category,contract,engagement\n';
    const rows = [
      'e1,c,AZ-DAS,female,1990,2020-01-01,,worker,permanent,employee',
      '"e2",c,"AZ-\nDAS",male,19x0,2020-01-01,,worker,permanent,employee',
    ].join('\n');
    const path = file(
      'e.csv',
      Buffer.concat([
        Buffer.from(`\ufeff${header}${rows}\ne3,c,`),
        Uint8Array.from([0xc3, 0x28]),
        Buffer.from(',male,,2020-01-01,,worker,permanent,employee\n'),
      ]),
    );
    const read = readEmployees(path);
    const list = await all(read);
    expect(list[0]?.employee).toMatchObject({ id: 'e1', birthYear: 1990 });
    expect(list[0]?.employee?.terminationDate).toBeUndefined();
    // Row 3: the id with a line break and the text year are both rejected; row numbers count the header as 1.
    expect(list[1]?.issues?.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, 'homeLocationId', 'schema.invalid_format'],
      [3, 'birthYear', 'schema.invalid_type'],
    ]);
    expect(list[2]?.issues).toEqual([
      {
        row: 4,
        column: 'homeLocationId',
        code: 'encoding.invalid_utf8',
        message: 'The cell is not valid UTF-8.',
      },
    ]);
    expect(read.counts).toEqual({ read: 3, valid: 1, rejected: 2 });
  });

  it('rejects a line longer than MAX_ROW_BYTES as a whole and reads on', async () => {
    const long = `{"id":"${'x'.repeat(MAX_ROW_BYTES + 10)}"}`;
    const path = file('long.ndjson', `${long}\n${JSON.stringify(good)}\n${long}`);
    const rows = readEmployees(path);
    const list = await all(rows);
    expect(list.map((r) => [r.row, r.employee?.id ?? r.issues?.[0]?.code])).toEqual([
      [1, 'row.too_long'],
      [2, 'e1'],
      [3, 'row.too_long'],
    ]);
    const csv = file('long.csv', `id,companyId\n${'y'.repeat(MAX_ROW_BYTES + 10)},c\n`);
    const csvRows = await all(readEmployees(csv));
    expect(csvRows.map((r) => r.issues?.[0]?.code)).toEqual(['csv.invalid']);
  });

  // Issue 21, fault 16: a CRLF row of exactly MAX_ROW_BYTES starting at byte 65,535 was
  // rejected as row.too_long (its CR ended a 64 KiB chunk), the same row at byte 0 accepted.
  it('takes a row of MAX_ROW_BYTES with CRLF wherever the chunks cut it', async () => {
    const padded = (id: string, bytes: number): string => {
      const json = JSON.stringify({ ...good, id });
      return `${json.slice(0, -1)}${' '.repeat(bytes - json.length)}}`;
    };
    const first = padded('e1', 65_534);
    const big = padded('e2', MAX_ROW_BYTES);
    expect(Buffer.byteLength(`${first}\n`)).toBe(65_535);
    for (const text of [`${first}\n${big}\r\n`, `${big}\r\n${first}\n`]) {
      const rows = await all(readEmployees(file('exact.ndjson', text)));
      expect(rows.map((r) => r.employee?.id ?? r.issues?.[0]?.code).sort()).toEqual(['e1', 'e2']);
    }
  });

  it('reads a file of many chunks as it reads each line on its own', async () => {
    // About 4,000 lines over several 64 KiB chunks: valid records, bad JSON, wrong values
    // with multibyte characters (which chunk boundaries cut), CRLF, blank lines, and one line
    // of invalid UTF-8 (its chunk is read line by line).
    const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
    for (let i = 0; i < 4000; i++) {
      const end = i % 7 === 0 ? '\r\n' : '\n';
      let line: string | Buffer;
      if (i % 97 === 5) line = '';
      else if (i % 89 === 3) line = '{"id":';
      else if (i % 13 === 1)
        line = JSON.stringify({ ...good, id: `e${i}`, gender: 'Şəki-ğ'.repeat(i % 5) });
      else if (i === 2500) line = Buffer.from([0x7b, 0xc3, 0x28, 0x7d]);
      else line = JSON.stringify({ ...good, id: `e${i}`, siteId: `s${'x'.repeat(i % 40)}` });
      parts.push(typeof line === 'string' ? Buffer.from(line) : line, Buffer.from(end));
    }
    const bytes = Buffer.concat(parts);
    expect(bytes.length).toBeGreaterThan(4 * 65536);
    // The reference: split the bytes at each LF and look at each line alone.
    const expected: [number, string][] = [];
    let start = 0;
    let line = 0;
    for (let end = bytes.indexOf(0x0a); end !== -1; end = bytes.indexOf(0x0a, start)) {
      line++;
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
          .decode(bytes.subarray(start, end))
          .replace(/^\uFEFF/, '')
          .replace(/\r$/, '');
      } catch {
        text = '\u0000';
      }
      start = end + 1;
      if (text === '\u0000') expected.push([line, 'encoding.invalid_utf8']);
      else if (text === '') continue;
      else if (text === '{"id":') expected.push([line, 'json.invalid']);
      else {
        const record = JSON.parse(text) as { id: string; gender: string };
        expected.push([line, record.gender === 'female' ? record.id : 'schema.invalid_value']);
      }
    }
    const rows = readEmployees(file('chunks.ndjson', bytes));
    const list = await all(rows);
    expect(list.map((r) => [r.row, r.employee?.id ?? r.issues?.[0]?.code])).toEqual(expected);
    expect(rows.counts.read).toBe(expected.length);
  });

  it('reports a CSV column named __proto__ as a forbidden key, never as a prototype', async () => {
    const path = file(
      'proto.csv',
      'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement,__proto__\ne1,c,AZ-DAS,male,2020-01-01,worker,permanent,employee,{}\n',
    );
    const [row] = await all(readEmployees(path));
    expect(row?.issues?.map((i) => [i.column, i.code])).toEqual([
      ['__proto__', 'security.forbidden_key'],
    ]);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('fails on a missing file and an unknown format', async () => {
    await expect(all(readEmployees(join(dir, 'none.ndjson')))).rejects.toSatisfy((e) =>
      isImpactError(e, 'FILE_UNREADABLE'),
    );
    expect(() => readEmployees('x', { format: 'xml' as never })).toThrow(
      /format must be ndjson, csv or parquet/,
    );
  });
});

describe('readEmployees on hand-typed CSV (regressions)', () => {
  const header = 'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement';
  const row = (id: string) => `${id},c,AZ-DAS,female,2020-01-01,worker,permanent,employee`;

  it('reads a quote inside an unquoted cell as text, and the rows after it', async () => {
    // csv-parse threw INVALID_OPENING_QUOTE, which readEmployees took for an unreadable file.
    const path = file(
      'formula.csv',
      `${header}\n=HYPERLINK("x"),c,AZ-DAS,female,2020-01-01,worker,permanent,employee\n${row('e2')}\n`,
    );
    const rows = await all(readEmployees(path));
    expect(
      rows.map((r) => [r.row, r.employee?.id ?? r.issues?.map((i) => [i.code, i.column])]),
    ).toEqual([
      [2, [['schema.invalid_format', 'id']]],
      [3, 'e2'],
    ]);
  });

  it('rejects a row with more cells than the header instead of dropping them', async () => {
    const path = file('wide.csv', `${header}\n${row('e1')},lost\n${row('e2')},,\n${row('e3')}\n`);
    const rows = await all(readEmployees(path));
    expect(rows.map((r) => [r.row, r.employee?.id ?? r.issues?.[0]?.code])).toEqual([
      [2, 'csv.extra_cells'],
      // Empty extra cells (trailing commas) lose nothing.
      [3, 'e2'],
      [4, 'e3'],
    ]);
    expect(rows[0]?.issues?.[0]?.message).toBe(
      'The row has 9 cells, more than the 8 columns of the header.',
    );
  });

  // Issue 21, fault 2: a column named twice read "1 rows read, 1 valid", the second value won.
  it('refuses a header that names a column twice, and reads no row of it', async () => {
    const path = file('twice.csv', `${header},homeLocationId\n${row('e1')},AZ-BA\n`);
    const rows = readEmployees(path);
    expect(await all(rows)).toEqual([
      {
        row: 1,
        issues: [
          {
            row: 1,
            column: null,
            code: 'csv.duplicate_column',
            message: 'The header names the column "homeLocationId" twice (columns 3 and 9).',
          },
        ],
      },
    ]);
    expect(rows.counts).toEqual({ read: 1, valid: 0, rejected: 1 });
  });

  it('reports every unknown column, not only the first', async () => {
    const path = file('columns.csv', `${header},salary,bonus\n${row('e1')},1,2\n`);
    const [first] = await all(readEmployees(path));
    expect(first?.issues).toEqual([
      {
        row: 2,
        column: 'salary',
        code: 'schema.unrecognized_keys',
        message: 'The key "salary" is not part of the model.',
      },
      {
        row: 2,
        column: 'bonus',
        code: 'schema.unrecognized_keys',
        message: 'The key "bonus" is not part of the model.',
      },
    ]);
  });
});

describe('readJsonFile', () => {
  it('reads JSON with a BOM and locates syntax errors', async () => {
    expect(await readJsonFile(file('ok.json', '\ufeff{"a":1}'))).toEqual({ a: 1 });
    await expect(readJsonFile(file('trunc.json', '{"a":\n'))).rejects.toThrow(
      /trunc\.json: line 2, column 1: Unexpected end of JSON input/,
    );
    await expect(readJsonFile(file('comma.json', '{"a":1,}'))).rejects.toThrow(/line 1, column 8/);
    await expect(readJsonFile(file('lead.json', '}'))).rejects.toThrow(
      /line 1, column 1: Unexpected token '}'/,
    );
  });
});
