// Hostile files: employee records streamed from NDJSON and CSV (mining-impact/node), and dataset
// JSON files. Each case gives the file's bytes and, row by row, what must come out: the id of
// a valid employee, or the issues of a rejected row as [code, column]. A valid row next to a bad
// one is always kept.

import { employeeJson } from '../fixtures/employeeJson.js';

/** One row expected from an employee file: a valid employee's id, or the issues of a bad row. */
export type ExpectedRow =
  | readonly [row: number, id: string]
  | readonly [row: number, issues: readonly (readonly [code: string, column: string | null])[]];

/** An employee file read with `readEmployees`. */
export interface RowsCase {
  readonly kind: 'rows';
  readonly name: string;
  /** The file name; its extension chooses the format. */
  readonly file: string;
  /** The bytes of the file. */
  readonly content: Uint8Array;
  /** Every row, in order. */
  readonly rows: readonly ExpectedRow[];
}

/** A dataset file read with `readJsonFile` and validated. */
export interface JsonCase {
  readonly kind: 'json';
  readonly name: string;
  /** The bytes of the file. */
  readonly content: Uint8Array;
  /** The ImpactError code reading must throw, with its message after the file path. */
  readonly throws?: readonly [code: string, detail: string];
  /** Otherwise the issue codes and paths validateDataset reports on the parsed value. */
  readonly issues?: readonly (readonly [code: string, path: string])[];
}

const encoder = new TextEncoder();
const utf8 = (text: string): Uint8Array => encoder.encode(text);
const bytes = (...parts: (string | readonly number[])[]): Uint8Array => {
  const chunks = parts.map((part) =>
    typeof part === 'string' ? utf8(part) : Uint8Array.from(part),
  );
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

const BOM = [0xef, 0xbb, 0xbf];
/** Bytes that are not UTF-8: a lone continuation byte, and an overlong encoding of "/". */
const NOT_UTF8 = [0x80, 0xc0, 0xaf];

const employee = employeeJson;

const HEADER = 'id,companyId,homeLocationId,gender,hireDate,category,contract,engagement,birthYear';
const csvRow = (id: string, gender = 'female', birthYear = '1990') =>
  `${id},miner,AZ-DAS,${gender},2020-01-01,worker,permanent,employee,${birthYear}`;

const ndjson = (name: string, content: Uint8Array, rows: readonly ExpectedRow[]): RowsCase => ({
  kind: 'rows',
  name: `NDJSON: ${name}`,
  file: 'employees.ndjson',
  content,
  rows,
});

const csv = (name: string, content: Uint8Array, rows: readonly ExpectedRow[]): RowsCase => ({
  kind: 'rows',
  name: `CSV: ${name}`,
  file: 'employees.csv',
  content,
  rows,
});

let deep = '0';
for (let i = 0; i < 10_000; i++) deep = `[${deep}]`;

export const rowsCases: readonly RowsCase[] = [
  ndjson(
    'a byte-order mark before the first row',
    bytes(BOM, `${employee('e-1')}\n${employee('e-2')}\n`),
    [
      [1, 'e-1'],
      [2, 'e-2'],
    ],
  ),
  ndjson(
    'a byte-order mark on a later line is not dropped',
    bytes(`${employee('e-1')}\n`, BOM, `${employee('e-2')}\n`),
    [
      [1, 'e-1'],
      [2, [['json.invalid', null]]],
    ],
  ),
  ndjson(
    'invalid UTF-8 between valid rows',
    bytes(`${employee('e-1')}\n{"id":"e-`, NOT_UTF8, `"}\n${employee('e-3')}\n`),
    [
      [1, 'e-1'],
      [2, [['encoding.invalid_utf8', null]]],
      [3, 'e-3'],
    ],
  ),
  ndjson(
    'Windows line endings and blank lines',
    utf8(`${employee('e-1')}\r\n\r\n   \r\n${employee('e-2')}\r\n`),
    [
      [1, 'e-1'],
      [4, 'e-2'],
    ],
  ),
  ndjson('a last line without a line break', utf8(`${employee('e-1')}\n${employee('e-2')}`), [
    [1, 'e-1'],
    [2, 'e-2'],
  ]),
  ndjson(
    'a line that is not JSON',
    utf8(`${employee('e-1')}\n{"id": "e-2",\n${employee('e-3')}\n`),
    [
      [1, 'e-1'],
      [2, [['json.invalid', null]]],
      [3, 'e-3'],
    ],
  ),
  ndjson(
    'a line that is JSON but not an object',
    utf8(`[1,2]\nnull\n"e-1"\n${employee('e-4')}\n`),
    [
      [1, [['schema.invalid_type', null]]],
      [2, [['schema.invalid_type', null]]],
      [3, [['schema.invalid_type', null]]],
      [4, 'e-4'],
    ],
  ),
  ndjson(
    '__proto__, constructor and prototype keys',
    utf8(
      `${employee('e-1').replace('{', '{"__proto__":{"polluted":true},')}\n${employee('e-2').replace('{', '{"constructor":{"prototype":{"polluted":true}},')}\n${employee('e-3')}\n`,
    ),
    [
      [1, [['security.forbidden_key', '__proto__']]],
      [2, [['security.forbidden_key', 'constructor']]],
      [3, 'e-3'],
    ],
  ),
  ndjson(
    'a value nested 10,000 levels deep',
    utf8(`${employee('e-1', { note: 'x' }).replace('"x"', deep)}\n${employee('e-2')}\n`),
    [
      [1, [['schema.unrecognized_keys', 'note']]],
      [2, 'e-2'],
    ],
  ),
  ndjson(
    'NaN, Infinity and 1e309',
    utf8(
      `${employee('e-1').replace('}', ',"birthYear":1e309}')}\n${employee('e-2').replace('}', ',"birthYear":NaN}')}\n${employee('e-3')}\n`,
    ),
    [
      [1, [['schema.invalid_type', 'birthYear']]],
      [2, [['json.invalid', null]]],
      [3, 'e-3'],
    ],
  ),
  ndjson(
    'a line over 1 MiB between valid rows',
    utf8(`${employee('e-1')}\n{"id":"${'x'.repeat(1_048_577)}"}\n${employee('e-3')}\n`),
    [
      [1, 'e-1'],
      [2, [['row.too_long', null]]],
      [3, 'e-3'],
    ],
  ),
  ndjson(
    'ids with formulas, slashes and spaces',
    utf8(`${employee('=1+1')}\n${employee('a/b')}\n${employee('a b')}\n${employee('-1')}\n`),
    [
      [1, [['schema.invalid_format', 'id']]],
      [2, [['schema.invalid_format', 'id']]],
      [3, [['schema.invalid_format', 'id']]],
      [4, '-1'],
    ],
  ),
  ndjson(
    'a termination before the hire and an impossible date',
    utf8(
      `${employee('e-1', { terminationDate: '2019-12-31' })}\n${employee('e-2', { hireDate: '2023-02-29' })}\n`,
    ),
    [
      [1, [['period.end_before_start', 'terminationDate']]],
      [2, [['schema.invalid_format', 'hireDate']]],
    ],
  ),
  csv(
    'a byte-order mark before the header',
    bytes(BOM, `${HEADER}\n${csvRow('e-1')}\n${csvRow('e-2')}\n`),
    [
      [2, 'e-1'],
      [3, 'e-2'],
    ],
  ),
  csv(
    'a quoted line break in a cell, and the rows after it',
    utf8(
      `${HEADER}\n"e\n1",miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990\n${csvRow('e-2')}\n`,
    ),
    [
      [2, [['schema.invalid_format', 'id']]],
      [3, 'e-2'],
    ],
  ),
  csv(
    'a quoted comma and an escaped quote',
    utf8(
      `${HEADER}\n"e,1",miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990\n"e""2",miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990\n${csvRow('e-3')}\n`,
    ),
    [
      [2, [['schema.invalid_format', 'id']]],
      [3, [['schema.invalid_format', 'id']]],
      [4, 'e-3'],
    ],
  ),
  csv(
    'invalid UTF-8 in a cell between valid rows',
    bytes(
      `${HEADER}\n${csvRow('e-1')}\ne-2,miner,AZ-`,
      NOT_UTF8,
      `,female,2020-01-01,worker,permanent,employee,1990\n${csvRow('e-3')}\n`,
    ),
    [
      [2, 'e-1'],
      [3, [['encoding.invalid_utf8', 'homeLocationId']]],
      [4, 'e-3'],
    ],
  ),
  csv(
    'cells that start with =, +, - and @',
    utf8(
      `${HEADER}\n=HYPERLINK("x"),miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990\n${csvRow('e-2', '+female')}\n${csvRow('-3')}\n${csvRow('e-4', 'female', '@1990')}\n`,
    ),
    [
      [2, [['schema.invalid_format', 'id']]],
      [3, [['schema.invalid_value', 'gender']]],
      [4, '-3'],
      [5, [['schema.invalid_type', 'birthYear']]],
    ],
  ),
  csv(
    'an unclosed quote ends the file after the valid rows',
    utf8(
      `${HEADER}\n${csvRow('e-1')}\n"e-2,miner,AZ-DAS,female,2020-01-01,worker,permanent,employee,1990\n${csvRow('e-3')}\n`,
    ),
    [
      [2, 'e-1'],
      [3, [['csv.invalid', null]]],
    ],
  ),
  csv('a __proto__ column', utf8(`${HEADER},__proto__\n${csvRow('e-1')},{}\n${csvRow('e-2')},\n`), [
    [2, [['security.forbidden_key', '__proto__']]],
    [3, 'e-2'],
  ]),
  csv(
    'a row with fewer cells and one with more',
    utf8(`${HEADER}\ne-1,miner,AZ-DAS\n${csvRow('e-2')},extra\n${csvRow('e-3')}\n`),
    [
      [
        2,
        [
          ['schema.invalid_value', 'gender'],
          ['schema.invalid_type', 'hireDate'],
          ['schema.invalid_value', 'category'],
          ['schema.invalid_value', 'contract'],
          ['schema.invalid_value', 'engagement'],
        ],
      ],
      // The tenth cell has no column: the row is rejected rather than losing it.
      [3, [['csv.extra_cells', null]]],
      [4, 'e-3'],
    ],
  ),
  csv(
    'empty cells after the last column (trailing commas)',
    utf8(`${HEADER}\n${csvRow('e-1')},,\n`),
    [[2, 'e-1']],
  ),
  csv(
    'two unknown columns, one of 10 kB',
    utf8(`${HEADER},salary,${'k'.repeat(10_240)}\n${csvRow('e-1')},1,2\n`),
    [
      [
        2,
        [
          ['schema.unrecognized_keys', 'salary'],
          ['schema.unrecognized_keys', 'k'.repeat(10_240)],
        ],
      ],
    ],
  ),
  csv(
    '-0 and 1e309 as a birth year',
    utf8(
      `${HEADER}\n${csvRow('e-1', 'female', '-0')}\n${csvRow('e-2', 'female', '1e309')}\n${csvRow('e-3')}\n`,
    ),
    [
      [2, [['schema.invalid_type', 'birthYear']]],
      [3, [['schema.invalid_type', 'birthYear']]],
      [4, 'e-3'],
    ],
  ),
  // Issue 21, fault 2: "1 rows read, 1 valid", and the second homeLocationId silently won.
  csv(
    'a header naming a column twice',
    utf8(`${HEADER},homeLocationId\n${csvRow('e-1')},AZ-BA\n`),
    [[1, [['csv.duplicate_column', null]]]],
  ),
];

const dataset = (extra = ''): string =>
  `{${extra}"schemaVersion":"1.0","company":{"id":"miner","name":"Miner","entityType":"registeredEntity","commodities":[],"identifiers":[{"scheme":"XX-REG","id":"1"}]}}`;

export const jsonCases: readonly JsonCase[] = [
  {
    kind: 'json',
    name: 'JSON: a dataset with a byte-order mark',
    content: bytes(BOM, dataset()),
    issues: [],
  },
  {
    kind: 'json',
    name: 'JSON: invalid UTF-8 on the second line',
    content: bytes('{\n  "schemaVersion": "1.0', NOT_UTF8, '"\n}'),
    // Line 2 is `  "schemaVersion": "1.0` (23 characters): the bad byte is column 24.
    throws: ['INVALID_UTF8', 'line 2, column 24'],
  },
  {
    kind: 'json',
    name: 'JSON: a truncated file',
    content: utf8('{\n  "schemaVersion": "1.0",\n  "company": {'),
    throws: ['INVALID_JSON', "line 3, column 15: Expected property name or '}'"],
  },
  {
    kind: 'json',
    name: 'JSON: __proto__ at the top level',
    content: utf8(dataset('"__proto__":{"polluted":true},')),
    issues: [['security.forbidden_key', '/__proto__']],
  },
  {
    kind: 'json',
    name: 'JSON: 1e309 as the schema version',
    content: utf8(dataset().replace('"1.0"', '1e309')),
    issues: [['schema.invalid_value', '/schemaVersion']],
  },
  {
    kind: 'json',
    name: 'JSON: 10,000 nested arrays',
    content: utf8(deep),
    issues: [
      ['input.too_deep', '/0'.repeat(64)],
      ['schema.invalid_type', ''],
    ],
  },
  // Issue 21, fault 15: reported at "line 1544, column 2", the end of the file: the context of
  // V8's message is cut at both ends ("...…"...), which the reader did not recognise.
  {
    kind: 'json',
    name: "JSON: Python's None at line 465 of a 1,543-line file",
    content: utf8(
      `{\n  "rows": [\n${Array.from({ length: 1540 }, (_, i) => `    ${i === 462 ? 'None' : i},`).join('\n')}\n  0]\n}`,
    ),
    throws: [
      'INVALID_JSON',
      `line 465, column 5: Unexpected token 'N', ..." 461,\n    None,\n    "... is not valid JSON`,
    ],
  },
  {
    kind: 'json',
    name: 'JSON: an empty file',
    content: new Uint8Array(0),
    throws: ['INVALID_JSON', 'line 1, column 1: Unexpected end of JSON input'],
  },
];
