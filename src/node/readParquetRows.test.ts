/// <reference types="node" />
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AS_OF,
  COMPANY_ID,
  syntheticEmployees,
  syntheticWorld,
} from '../../bench/syntheticWorkforce.js';
import {
  type EmployeeParquetOptions,
  type ExtraColumn,
  employeeParquet,
} from '../../test/fixtures/employeeParquet.js';
import { isImpactError } from '../core/ImpactError.js';
import { type EmployeeRow, readEmployees } from './readEmployees.js';
import { checkGroupSize, MAX_PARQUET_HELD_BYTES, parquetStep } from './readParquetRows.js';
import { summarizeWorkforceFile } from './summarizeWorkforceFile.js';

const dir = mkdtempSync(join(tmpdir(), 'mining-impact-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const ndjsonOf = (records: readonly Readonly<Record<string, unknown>>[]): string =>
  records.map((record) => `${JSON.stringify(record)}\n`).join('');

async function rowsOf(path: string): Promise<EmployeeRow[]> {
  const rows: EmployeeRow[] = [];
  for await (const row of readEmployees(path)) rows.push(row);
  return rows;
}

const world = syntheticWorld(3);
const summaryOptions = {
  asOf: AS_OF,
  gazetteer: world.gazetteer,
  sites: world.sites,
  localityPolicy: { kind: 'sameDistrict' } as const,
};

// 2,400 seeded records with about 2 % made invalid by the generator, and four more defects put
// in by hand at known rows: an unknown column, a null id, a bad enum value and a termination
// before the hire. Some records carry the boolean and the other optional fields too.
const records: Record<string, unknown>[] = [];
for (const record of syntheticEmployees(world, { seed: 11, count: 2400, invalidShare: 0.02 }))
  records.push({ ...record });
for (let i = 0; i < records.length; i += 97) {
  const record = records[i] as Record<string, unknown>;
  record.rehire = i % 2 === 0;
  record.nonGuaranteedHours = false;
  record.workingTime = 'partTime';
  record.nationality = 'hostCountry';
}
const nickname: (string | null)[] = records.map(() => null);
nickname[9] = 'Ali'; // row 10
(records[9] as Record<string, unknown>).nickname = 'Ali';
delete (records[19] as Record<string, unknown>).id; // row 20
(records[29] as Record<string, unknown>).gender = 'M'; // row 30
Object.assign(records[39] as Record<string, unknown>, {
  hireDate: '2020-05-01',
  terminationDate: '2019-05-01',
}); // row 40
const nicknameColumn: ExtraColumn = {
  element: { name: 'nickname', type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  data: nickname,
};
const fields = records.map((record) => {
  const { nickname: _, ...rest } = record;
  return rest;
});
const ndjson = file('differential.ndjson', ndjsonOf(records));
// A DATE column cannot hold an impossible day such as 2023-02-29: for the DATE files such a
// date is left out (a null cell), and the NDJSON file they are compared with leaves it out too.
const isRealDay = (value: unknown): boolean =>
  typeof value === 'string' &&
  !Number.isNaN(Date.parse(value)) &&
  new Date(Date.parse(value)).toISOString().slice(0, 10) === value;
const withoutImpossibleDays = (record: Record<string, unknown>): Record<string, unknown> => {
  const out = { ...record };
  for (const key of ['hireDate', 'terminationDate']) {
    if (out[key] !== undefined && !isRealDay(out[key])) delete out[key];
  }
  return out;
};
const dayRecords = records.map(withoutImpossibleDays);
const dayFields = fields.map(withoutImpossibleDays);
const dayNdjson = file('differential-days.ndjson', ndjsonOf(dayRecords));

describe('Parquet employee files against NDJSON', () => {
  const variants: readonly [string, EmployeeParquetOptions][] = [
    ['dates as text, INT32 years, row groups of 1000', { rowGroupSize: 1000 }],
    ['dates as DATE, one row group', { dates: 'date' }],
    [
      'INT64 years (bigints), DATE dates, row groups of 333',
      { integers: 'int64', dates: 'date', rowGroupSize: 333 },
    ],
  ];

  it.each(variants)('gives the same summary, counts and issues: %s', async (_, options) => {
    const days = options.dates === 'date';
    const parquet = file(
      `differential-${options.rowGroupSize ?? 0}-${options.dates ?? 'text'}.parquet`,
      employeeParquet(days ? dayFields : fields, { ...options, extra: [nicknameColumn] }),
    );
    const reference = days ? dayNdjson : ndjson;
    const fromParquet = await summarizeWorkforceFile(parquet, summaryOptions);
    const fromNdjson = await summarizeWorkforceFile(reference, summaryOptions);
    expect(fromParquet).toEqual(fromNdjson);
    // Worker threads split NDJSON only: a Parquet file asked for 2 is read by row groups here.
    expect(await summarizeWorkforceFile(parquet, { ...summaryOptions, workers: 2 })).toEqual(
      fromNdjson,
    );
    expect(await rowsOf(parquet)).toEqual(await rowsOf(reference));
    // The rows put in by hand are rejected at their row numbers, with the issues NDJSON gives.
    const byRow = new Map(fromParquet.issues.map((issue) => [`${issue.row}`, issue]));
    expect(byRow.get('10')).toMatchObject({ column: 'nickname', code: 'schema.unrecognized_keys' });
    expect(byRow.get('20')).toMatchObject({ column: 'id', code: 'schema.invalid_type' });
    expect(byRow.get('30')).toMatchObject({ column: 'gender', code: 'schema.invalid_value' });
    expect(byRow.get('40')).toMatchObject({
      column: 'terminationDate',
      code: 'period.end_before_start',
    });
    // read = valid + rejected = the 2,400 records.
    expect(fromParquet.counts.read).toBe(2400);
    expect(fromParquet.counts.valid + fromParquet.counts.rejected).toBe(2400);
    expect(fromParquet.counts.rejected).toBeGreaterThanOrEqual(4);
  });

  it('chooses Parquet from the .parquet extension, in any case, or from the format', async () => {
    const bytes = employeeParquet(fields.slice(0, 3));
    const upper = file('UPPER.PARQUET', bytes);
    const other = file('employees.bin', bytes);
    const expected = await rowsOf(file('first3.ndjson', ndjsonOf(records.slice(0, 3))));
    expect(await rowsOf(upper)).toEqual(expected);
    const rows: EmployeeRow[] = [];
    for await (const row of readEmployees(other, { format: 'parquet' })) rows.push(row);
    expect(rows).toEqual(expected);
  });

  it('reads an empty Parquet file (no rows) as no rows', async () => {
    const empty = file(
      'empty.parquet',
      employeeParquet([], {
        extra: [{ element: { name: 'id', type: 'BYTE_ARRAY', converted_type: 'UTF8' }, data: [] }],
      }),
    );
    const options = { ...summaryOptions, companyId: COMPANY_ID };
    const fromParquet = await summarizeWorkforceFile(empty, options);
    expect(fromParquet).toEqual(await summarizeWorkforceFile(file('empty.ndjson', ''), options));
    expect(fromParquet.counts).toEqual({ read: 0, valid: 0, rejected: 0 });
  });

  it('reports the bytes read, up to the size of the file', async () => {
    const path = file(
      'progress.parquet',
      employeeParquet(fields.slice(0, 500), { rowGroupSize: 100 }),
    );
    const seen: number[] = [];
    const result = await summarizeWorkforceFile(path, {
      ...summaryOptions,
      onBytes: (n) => seen.push(n),
    });
    expect(result.counts.read).toBe(500);
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++)
      expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] as number);
    expect(seen.at(-1)).toBe(statSync(path).size);
  });

  it('stops with the accumulator reason at a valid row of another company', async () => {
    const path = file('company.parquet', employeeParquet(fields.slice(0, 2)));
    await expect(
      summarizeWorkforceFile(path, { ...summaryOptions, companyId: 'other' as never }),
    ).rejects.toThrow(/company\.parquet, row 1: /);
  });
});

/** The error reading a whole file throws (through readEmployees), or `undefined`. */
async function readError(path: string): Promise<unknown> {
  try {
    for await (const _ of readEmployees(path, { format: 'parquet' })) {
      // Every row is read.
    }
  } catch (error) {
    return error;
  }
  return undefined;
}

const text = (name: string): ExtraColumn['element'] => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: 'OPTIONAL',
});
// A valid row but for the fields a test gives in extra columns.
const base = {
  id: 'e1',
  companyId: COMPANY_ID,
  homeLocationId: 'AZ-BA',
  gender: 'female',
  hireDate: '2019-03-01',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
};
const without = (...keys: string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = { ...base };
  for (const key of keys) delete out[key];
  return out;
};

describe('Parquet cells', () => {
  it('reads timestamps (milli-, micro-, nanoseconds) as the UTC day they fall on', async () => {
    // 1551454200000 ms = 2019-03-01T15:30:00Z (Date.UTC(2019, 2, 1, 15, 30)): the day 2019-03-01.
    // 1735689600000000000 ns = 2025-01-01T00:00:00Z; one nanosecond less is 2024-12-31.
    const path = file(
      'timestamps.parquet',
      employeeParquet([without('hireDate')], {
        extra: [
          {
            element: { name: 'hireDate', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' },
            data: [1_551_454_200_000n],
          },
          {
            element: {
              name: 'terminationDate',
              type: 'INT64',
              logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'NANOS' },
            },
            data: [1_735_689_600_000_000_000n - 1n],
          },
        ],
      }),
    );
    const [row] = await rowsOf(path);
    expect(row?.employee).toMatchObject({ hireDate: '2019-03-01', terminationDate: '2024-12-31' });
  });

  it('takes the day before 1970 for a moment before it, and nulls as absent fields', async () => {
    // -3,600,000,000 µs is one hour before 1970-01-01T00:00Z: 1969-12-31T23:00Z.
    const path = file(
      'before1970.parquet',
      employeeParquet([without('hireDate', 'id'), without('hireDate', 'id')], {
        extra: [
          {
            element: { name: 'hireDate', type: 'INT64', converted_type: 'TIMESTAMP_MICROS' },
            data: [-3_600_000_000n, null],
          },
          { element: text('id'), data: ['e1', null] },
        ],
      }),
    );
    const rows = await rowsOf(path);
    expect(rows[0]?.employee?.hireDate).toBe('1969-12-31');
    // Row 2: both cells null, so both fields absent, as in {"companyId": …} without them.
    expect(rows[1]?.issues?.map((issue) => [issue.column, issue.code])).toEqual([
      ['id', 'schema.invalid_type'],
      ['hireDate', 'schema.invalid_type'],
    ]);
  });

  it('rejects a row with a DATE outside the years 0000-9999 or an integer beyond 2^53 - 1', async () => {
    // 3,000,000 days after 1970-01-01 is in the year 10183 (3e6 / 365.2425 ≈ 8213.8 years).
    // 2^53 + 1 = 9007199254740993 has no exact number; -(2^53 + 1) neither.
    const path = file(
      'out-of-range.parquet',
      employeeParquet([without('hireDate'), without('hireDate'), without('hireDate')], {
        extra: [
          {
            element: { name: 'hireDate', type: 'INT32', converted_type: 'DATE' },
            data: [3_000_000, 17_956, 17_956],
          },
          {
            element: { name: 'birthYear', type: 'INT64' },
            data: [1980n, 9_007_199_254_740_993n, -9_007_199_254_740_993n],
          },
        ],
      }),
    );
    const rows = await rowsOf(path);
    expect(rows.map((row) => row.issues?.map((issue) => [issue.column, issue.code]))).toEqual([
      [['hireDate', 'parquet.invalid_date']],
      [['birthYear', 'parquet.unsafe_integer']],
      [['birthYear', 'parquet.unsafe_integer']],
    ]);
    expect(rows[0]?.issues?.[0]?.message).toContain('3000000 days');
  });

  it('rejects text that is not UTF-8, keeping the other issues of the row', async () => {
    const path = file(
      'utf8.parquet',
      employeeParquet([without('id', 'gender')], {
        extra: [
          { element: text('id'), data: [Uint8Array.from([0x65, 0xff])] },
          { element: text('gender'), data: ['F'] },
        ],
      }),
    );
    const [row] = await rowsOf(path);
    // The id's own problem replaces the schema's "id missing"; the gender is still reported.
    expect(row?.issues?.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [1, 'id', 'encoding.invalid_utf8'],
      [1, 'gender', 'schema.invalid_value'],
    ]);
  });

  it('gives a nested column the issues its object gives in NDJSON', async () => {
    const nested = (name: string): ExtraColumn['element'] => ({
      name,
      repetition_type: 'OPTIONAL',
      num_children: 1,
    });
    const path = file(
      'nested.parquet',
      employeeParquet([without('gender'), without('gender')], {
        extra: [
          { element: nested('gender'), data: [{ code: 'f' }, null], children: [text('code')] },
          { element: nested('address'), data: [null, { city: 'Baku' }], children: [text('city')] },
        ],
      }),
    );
    const ndjsonPath = file(
      'nested.ndjson',
      ndjsonOf([
        { ...without('gender'), gender: { code: 'f' } },
        { ...without('gender'), address: { city: 'Baku' } },
      ]),
    );
    const rows = await rowsOf(path);
    expect(rows).toEqual(await rowsOf(ndjsonPath));
    // zod reports an enum field that holds no option (an object, or nothing) as invalid_value.
    expect(rows.map((row) => row.issues?.map((issue) => [issue.column, issue.code]))).toEqual([
      [['gender', 'schema.invalid_value']],
      [
        ['gender', 'schema.invalid_value'],
        ['address', 'schema.unrecognized_keys'],
      ],
    ]);
  });

  it('rejects a __proto__ column as NDJSON rejects the key', async () => {
    const path = file(
      'proto.parquet',
      employeeParquet([base], { extra: [{ element: text('__proto__'), data: ['x'] }] }),
    );
    const [row] = await rowsOf(path);
    expect(row?.issues?.map((issue) => [issue.column, issue.code])).toEqual([
      ['__proto__', 'security.forbidden_key'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('rejects a row whose text is longer than MAX_ROW_BYTES, and keeps one just under', async () => {
    // 1,048,577 one-byte characters are one byte over 1 MiB; 400,000 three-byte characters
    // (U+20AC, €) are 1,200,000 bytes, over; 400,000 one-byte characters are under, though
    // three times their length (1,200,000) is over, so their bytes are counted.
    const path = file(
      'long.parquet',
      employeeParquet([without('id'), without('id'), without('id')], {
        extra: [
          {
            element: text('id'),
            data: ['x'.repeat(1_048_577), '€'.repeat(400_000), 'x'.repeat(400_000)],
          },
        ],
      }),
    );
    const rows = await rowsOf(path);
    expect(rows.map((row) => row.issues?.map((issue) => [issue.column, issue.code]))).toEqual([
      [[null, 'row.too_long']],
      [[null, 'row.too_long']],
      [['id', 'schema.too_big']],
    ]);
  });
});

describe('files that are not Parquet or are corrupt', () => {
  const valid = employeeParquet(fields.slice(0, 50));

  it.each([
    ['an NDJSON file', new TextEncoder().encode(ndjsonOf(records.slice(0, 3)))],
    ['an empty file', new Uint8Array()],
    ['PAR1 alone', new TextEncoder().encode('PAR1')],
    ['PAR1 at the start only', new TextEncoder().encode('PAR1 and then something else')],
  ])('refuses %s with a .parquet name as not Parquet', async (name, content) => {
    const path = file(`${name.replaceAll(' ', '-')}.parquet`, content);
    const error = await readError(path);
    expect(isImpactError(error) && error.code).toBe('FILE_UNREADABLE');
    expect((error as Error).message).toContain(
      `${path}: not a Parquet file (it does not begin and end with PAR1)`,
    );
  });

  it.each([
    ['its footer', (bytes: Uint8Array) => bytes.fill(0xff, bytes.length - 60, bytes.length - 8)],
    ['its column data', (bytes: Uint8Array) => bytes.fill(0xff, 4, 80)],
    [
      'its footer length',
      (bytes: Uint8Array) => new DataView(bytes.buffer).setUint32(bytes.length - 8, 100_000, true),
    ],
  ])('refuses a Parquet file with %s overwritten as corrupt', async (name, corrupt) => {
    const bytes = valid.slice();
    corrupt(bytes);
    const path = file(`corrupt-${name.replaceAll(' ', '-')}.parquet`, bytes);
    const error = await readError(path);
    expect(isImpactError(error) && error.code).toBe('FILE_UNREADABLE');
    expect((error as Error).message).toContain(`${path}: a corrupt Parquet file (`);
    const summary = summarizeWorkforceFile(path, summaryOptions);
    await expect(summary).rejects.toThrow(`${path}: a corrupt Parquet file (`);
  });

  it('refuses a footer larger than the most read at once before reading it', async () => {
    // PAR1, four bytes, the footer length 2^32 - 16 (over 256 MiB), PAR1: 16 bytes.
    const bytes = new Uint8Array(16);
    bytes.set(new TextEncoder().encode('PAR1'), 0);
    new DataView(bytes.buffer).setUint32(8, 0xffff_fff0, true);
    bytes.set(new TextEncoder().encode('PAR1'), 12);
    const path = file('huge-footer.parquet', bytes);
    expect(((await readError(path)) as Error).message).toContain(
      `${path}: the Parquet footer is 4294967280 bytes, more than the 268435456 read at once`,
    );
  });

  it('refuses a schema naming a column twice', async () => {
    const path = file(
      'twice.parquet',
      employeeParquet([base], { extra: [{ element: text('id'), data: ['e2'] }] }),
    );
    expect(((await readError(path)) as Error).message).toContain(
      `${path}: the Parquet schema names the column "id" twice`,
    );
  });

  it('refuses a row group larger than the most read at once', () => {
    // 256 MiB = 268,435,456 bytes is allowed; one byte more is not.
    expect(() =>
      checkGroupSize({ total_byte_size: BigInt(MAX_PARQUET_HELD_BYTES) }, 0, 'f'),
    ).not.toThrow();
    expect(() =>
      checkGroupSize({ total_byte_size: BigInt(MAX_PARQUET_HELD_BYTES) + 1n }, 2, 'f.parquet'),
    ).toThrow(/f\.parquet: Parquet row group 3 holds 268435457 bytes uncompressed/);
  });

  it('passes a system error on as it is, and turns any other failure into FILE_UNREADABLE', async () => {
    const system = Object.assign(new Error('read failed'), { code: 'EIO' });
    await expect(parquetStep('f', () => Promise.reject(system))).rejects.toBe(system);
    await expect(parquetStep('f', () => Promise.reject(new RangeError('offset')))).rejects.toThrow(
      'f: a corrupt Parquet file (offset)',
    );
    await expect(parquetStep('f', () => Promise.reject('thrown text'))).rejects.toThrow(
      'f: a corrupt Parquet file (thrown text)',
    );
    await expect(parquetStep('f', () => Promise.resolve(3))).resolves.toBe(3);
  });

  it('says what is wrong with a missing file, a folder or a device', async () => {
    expect(((await readError(join(dir, 'missing.parquet'))) as Error).message).toContain(
      `no such file or folder: ${join(dir, 'missing.parquet')}`,
    );
    expect(((await readError(dir)) as Error).message).toContain(`a folder, not a file: ${dir}`);
    expect(((await readError('/dev/null')) as Error).message).toContain(
      '/dev/null: not a regular file (a Parquet file is read by byte ranges)',
    );
  });
});
