import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetCases } from '../../test/corpus/datasetCases.js';
import { fieldCases } from '../../test/corpus/fieldCases.js';
import { rowsCases } from '../../test/corpus/fileCases.js';
import { records } from '../../test/corpus/records.js';
import { textCases } from '../../test/corpus/textCases.js';
import { validateEmployeeRow } from '../validation/validateEmployeeRow.js';
import { scanEmployeeLine } from './scanEmployeeLine.js';

/**
 * What the full path decides about a line: the employee that `JSON.parse` + `validateEmployeeRow`
 * accept, or `undefined` when the line is rejected (not JSON, or invalid).
 */
function reference(line: string): object | undefined {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return undefined;
  }
  const checked = validateEmployeeRow(record, 1);
  return 'employee' in checked ? checked.employee : undefined;
}

/**
 * Checks the scanner against the full path on one line: it is undecided, or it gives the same
 * employee with the keys in the same order. Returns whether it decided.
 */
function agrees(line: string): boolean {
  const scanned = scanEmployeeLine(line);
  if (scanned === undefined) return false;
  const expected = reference(line);
  expect(expected, line).toBeDefined();
  expect(scanned, line).toStrictEqual(expected);
  expect(Object.keys(scanned), line).toEqual(Object.keys(expected as object));
  return true;
}

const valid = {
  id: 'e1',
  companyId: 'c',
  homeLocationId: 'AZ-DAS',
  gender: 'female',
  hireDate: '2020-01-01',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
};
const line = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ ...valid, ...extra });

describe('scanEmployeeLine', () => {
  it('decides a plain valid row as JSON.parse gives it, keys in the order of the line', () => {
    const text = `{"engagement":"employee","id":"e1","companyId":"c","homeLocationId":"AZ-DAS","gender":"female","hireDate":"2020-01-01","category":"worker","contract":"permanent","birthYear":1990,"rehire":false,"nonGuaranteedHours":true}`;
    expect(scanEmployeeLine(text)).toStrictEqual(JSON.parse(text));
    expect(Object.keys(scanEmployeeLine(text) as object)).toEqual(Object.keys(JSON.parse(text)));
    expect(agrees(text)).toBe(true);
  });

  it('decides every optional field and JSON whitespace between tokens', () => {
    const full = line({
      siteId: 's.1:a_b-c',
      birthYear: 2100,
      terminationDate: '2020-01-01',
      terminationReason: 'contractEnd',
      nationality: 'notStated',
      workingTime: 'partTime',
      nonGuaranteedHours: false,
      rehire: true,
      workerType: 'selfEmployed',
    });
    expect(agrees(full)).toBe(true);
    expect(agrees(JSON.stringify(JSON.parse(full), null, 1).replaceAll('\n', ' \t'))).toBe(true);
  });

  it('checks calendar dates as ISO 8601 does: month lengths and Gregorian leap years', () => {
    // 2024 is divisible by 4, 2000 by 400: leap years; 1900 is divisible by 100 but not 400, 2023
    // by none: common years (ISO 8601 uses the Gregorian calendar's rule).
    expect(scanEmployeeLine(line({ hireDate: '2024-02-29' }))?.hireDate).toBe('2024-02-29');
    expect(scanEmployeeLine(line({ hireDate: '2000-02-29' }))?.hireDate).toBe('2000-02-29');
    expect(scanEmployeeLine(line({ hireDate: '1900-02-29' }))).toBeUndefined();
    expect(scanEmployeeLine(line({ hireDate: '2023-02-29' }))).toBeUndefined();
    expect(scanEmployeeLine(line({ hireDate: '2024-04-31' }))).toBeUndefined();
    expect(scanEmployeeLine(line({ hireDate: '2024-12-31' }))?.hireDate).toBe('2024-12-31');
    expect(scanEmployeeLine(line({ hireDate: '2024-13-01' }))).toBeUndefined();
    expect(scanEmployeeLine(line({ hireDate: '2024-1-01' }))).toBeUndefined();
    // The termination may be on the day of the hire, not before it.
    expect(scanEmployeeLine(line({ terminationDate: '2020-01-01' }))).toBeDefined();
    expect(scanEmployeeLine(line({ terminationDate: '2019-12-31' }))).toBeUndefined();
  });

  it('leaves to JSON.parse anything it does not read plainly, valid or not', () => {
    const undecided = [
      line({ birthYear: 1899 }),
      line({ birthYear: 2101 }),
      // Valid for JSON.parse (1990.0 and 1.99e3 are the integer 1990), but not plain.
      line({}).replace('}', ',"birthYear":1990.0}'),
      line({}).replace('}', ',"birthYear":1.99e3}'),
      line({}).replace('}', ',"birthYear":-0}'),
      line({ rehire: 'true' }),
      line({ siteId: '' }),
      line({ siteId: 'x'.repeat(129) }),
      line({ siteId: 'a b' }),
      line({ siteId: 'é' }),
      line({ gender: 'Female' }),
      line({ extra: 1 }),
      line({}).replace('"id":"e1"', '"id":"e\\u0031"'),
      line({}).replace('"id":"e1"', '"\\u0069d":"e1"'),
      line({}).replace('}', ',"id":"e2"}'),
      line({}).replace('}', ',"__proto__":{}}'),
      line({}).replace('"contract":"permanent",', ''),
      line({}).replace('}', '} x'),
      line({}).replace('}', ',}'),
      ` ${line({})}`,
      '{}',
      '',
    ];
    for (const text of undecided) expect(scanEmployeeLine(text), text).toBeUndefined();
    // A row it leaves may still be valid: the full path then accepts it.
    expect(reference(line({}).replace('"id":"e1"', '"id":"e\\u0031"'))).toBeDefined();
  });

  it('agrees with the full path on every employee line of the hostile corpus', () => {
    const lines: string[] = [];
    const decoder = new TextDecoder();
    for (const c of rowsCases) {
      if (!c.file.endsWith('.ndjson')) continue;
      for (const text of decoder.decode(c.content).split('\n')) lines.push(text.replace(/\r$/, ''));
    }
    for (const c of [...datasetCases, ...fieldCases, ...textCases]) {
      const input = c.input() as { employees?: unknown };
      if (!Array.isArray(input?.employees)) continue;
      for (const employee of input.employees) {
        try {
          lines.push(JSON.stringify(employee));
        } catch {
          // A value JSON cannot write (a BigInt, a cycle) is no line of a file.
        }
      }
    }
    lines.push(JSON.stringify(records.employee(1)));
    let decided = 0;
    for (const text of lines) if (agrees(text)) decided++;
    // The corpus holds valid rows next to the hostile ones: the scanner decides some of them.
    expect(lines.length).toBeGreaterThan(100);
    expect(decided).toBeGreaterThan(10);
  });
});

/** A JSON member as text: the key and the value exactly as written. */
type Member = readonly [key: string, value: string];

/** Mostly `valid`, sometimes `bad`. */
const nearMiss = <T>(valid: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: bad });
const quoted = (value: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  value.map((v) => JSON.stringify(v));
const id = nearMiss(
  fc.stringMatching(/^[A-Za-z0-9._:-]{1,12}$/),
  fc.oneof(fc.constant(''), fc.string({ maxLength: 4 }), fc.constant('x'.repeat(129))),
);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const date = nearMiss(
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
  fc.oneof(
    fc.constantFrom(
      '2023-02-29',
      '2024-02-29',
      '1900-02-29',
      '2000-02-29',
      '2024-04-31',
      '2024-1-1',
    ),
    fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  ),
);
const enumOf = (values: readonly string[], bad: string): fc.Arbitrary<string> =>
  quoted(nearMiss(fc.constantFrom(...values), fc.constant(bad)));

/** The members of a row: valid values mostly, with a few near misses per field. */
const members = fc.record(
  {
    id: quoted(id),
    companyId: quoted(id),
    siteId: quoted(id),
    homeLocationId: quoted(id),
    gender: enumOf(['female', 'male', 'other', 'undisclosed'], 'F'),
    birthYear: nearMiss(
      fc.integer({ min: 1900, max: 2100 }).map(String),
      fc.constantFrom('1899', '2101', '1990.0', '1.99e3', '-0', '"1990"', '01990', '1990.5'),
    ),
    hireDate: quoted(date),
    terminationDate: quoted(date),
    terminationReason: enumOf(
      ['voluntary', 'dismissal', 'retirement', 'contractEnd', 'death', 'other'],
      'Death',
    ),
    category: enumOf(['worker', 'specialist', 'manager', 'seniorManagement'], 'boss'),
    contract: enumOf(['permanent', 'temporary'], 'perm'),
    engagement: enumOf(['employee', 'contractor'], ''),
    nationality: enumOf(['hostCountry', 'expatriate', 'notStated'], 'host'),
    workingTime: enumOf(['fullTime', 'partTime'], 'full'),
    nonGuaranteedHours: nearMiss(
      fc.constantFrom('true', 'false'),
      fc.constantFrom('"true"', '0', 'null'),
    ),
    rehire: nearMiss(fc.constantFrom('true', 'false'), fc.constantFrom('True', '"false"', '[]')),
    workerType: enumOf(
      [
        'contractorWorker',
        'agencyWorker',
        'selfEmployed',
        'apprentice',
        'intern',
        'volunteer',
        'other',
      ],
      'temp',
    ),
  },
  {
    requiredKeys: [
      'id',
      'companyId',
      'homeLocationId',
      'gender',
      'hireDate',
      'category',
      'contract',
    ],
  },
);

/** Ways to spoil a line that JSON.parse may still read. */
const edit = fc.oneof(
  { weight: 20, arbitrary: fc.constant((m: Member[]) => m) },
  // An escaped character in a value or a key.
  fc.constant((m: Member[]) =>
    m.map(
      ([k, v], i) =>
        (i === 0
          ? [k, v.replace(/[a-z]/, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)]
          : [k, v]) as Member,
    ),
  ),
  fc.constant((m: Member[]) =>
    m.map(([k, v], i) => (i === 1 ? [`${k.slice(0, 1)}\\u0041`, v] : [k, v]) as Member),
  ),
  // A key twice, with the same or another value.
  fc.constant((m: Member[]) => [...m, m[0] as Member]),
  fc.constant((m: Member[]) => [...m, [(m[0] as Member)[0], '"other-value"'] as Member]),
  // An unknown key, a nested value, unicode in an id.
  fc.constant((m: Member[]) => [...m, ['note', '"x"'] as Member]),
  fc.constant((m: Member[]) => [...m, ['siteId', '{"a":1}'] as Member]),
  fc.constant((m: Member[]) => m.map(([k, v]) => (k === 'id' ? [k, '"é-1"'] : [k, v]) as Member)),
);

/** JSON whitespace, or a character that is not. */
const space = fc.oneof(
  { weight: 60, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.constantFrom(' ', '\t', '  ', '\r', '\n') },
  { weight: 1, arbitrary: fc.constantFrom('\u00a0', '\u2028', 'x') },
);

/** A row as an NDJSON line: random key order, whitespace, near misses. */
const employeeLine: fc.Arbitrary<string> = fc
  .tuple(members, edit, fc.array(space, { minLength: 40, maxLength: 40 }), fc.nat())
  .map(([record, spoil, gaps, seed]) => {
    const entries = Object.entries(record).map(([k, v]) => [k, v as string] as Member);
    // A random key order: a rotation and a swap chosen by the seed.
    const turn = seed % Math.max(1, entries.length);
    const ordered = [...entries.slice(turn), ...entries.slice(0, turn)];
    if (seed % 3 === 0) ordered.reverse();
    const spoiled = spoil(ordered);
    const gap = (i: number): string => gaps[i % gaps.length] as string;
    const body = spoiled.map(
      ([k, v], i) => `${gap(4 * i)}"${k}"${gap(4 * i + 1)}:${gap(4 * i + 2)}${v}${gap(4 * i + 3)}`,
    );
    return `{${body.join(',')}}${gap(39)}`;
  });

describe('scanEmployeeLine against JSON.parse and validateEmployeeRow', () => {
  it('is undecided or agrees on generated valid and near-valid rows', () => {
    let decided = 0;
    let runs = 0;
    fc.assert(
      fc.property(employeeLine, (text) => {
        runs++;
        if (agrees(text)) decided++;
      }),
      { numRuns: 3000 },
    );
    // Some generated rows (about one in twelve with these weights) are plain and valid, so decided.
    expect(decided).toBeGreaterThan(runs / 20);
    expect(decided).toBeLessThan(runs);
  });
});
