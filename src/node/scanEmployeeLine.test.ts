/// <reference types="node" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetCases } from '../../test/corpus/datasetCases.js';
import { fieldCases } from '../../test/corpus/fieldCases.js';
import { rowsCases } from '../../test/corpus/fileCases.js';
import { records } from '../../test/corpus/records.js';
import { textCases } from '../../test/corpus/textCases.js';
import { employeeLine } from '../../test/fixtures/employeeLines.js';
import { EmployeeSchema } from '../model/employee.js';
import { validateEmployeeRow } from '../validation/validateEmployeeRow.js';
import { scanEmployeeLine } from './scanEmployeeLine.js';

/** The scanner on a line given as text (written as UTF-8, as in a file). */
const scanText = (text: string): ReturnType<typeof scanEmployeeLine> =>
  scanEmployeeLine(Buffer.from(text));

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
  const bytes = Buffer.from(line);
  const scanned = scanEmployeeLine(bytes);
  if (scanned === undefined) return false;
  // The full path reads the same bytes decoded (a lone surrogate was written as U+FFFD).
  const expected = reference(new TextDecoder().decode(bytes));
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
    expect(scanText(text)).toStrictEqual(JSON.parse(text));
    expect(Object.keys(scanText(text) as object)).toEqual(Object.keys(JSON.parse(text)));
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
    expect(scanText(line({ hireDate: '2024-02-29' }))?.hireDate).toBe('2024-02-29');
    expect(scanText(line({ hireDate: '2000-02-29' }))?.hireDate).toBe('2000-02-29');
    expect(scanText(line({ hireDate: '1900-02-29' }))).toBeUndefined();
    expect(scanText(line({ hireDate: '2023-02-29' }))).toBeUndefined();
    expect(scanText(line({ hireDate: '2024-04-31' }))).toBeUndefined();
    expect(scanText(line({ hireDate: '2024-12-31' }))?.hireDate).toBe('2024-12-31');
    expect(scanText(line({ hireDate: '2024-13-01' }))).toBeUndefined();
    expect(scanText(line({ hireDate: '2024-1-01' }))).toBeUndefined();
    // The termination may be on the day of the hire, not before it.
    expect(scanText(line({ terminationDate: '2020-01-01' }))).toBeDefined();
    expect(scanText(line({ terminationDate: '2019-12-31' }))).toBeUndefined();
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
    for (const text of undecided) expect(scanText(text), text).toBeUndefined();
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

describe('scanEmployeeLine: the enum values come from the model', () => {
  it('decides a line with each value of each enum field of EmployeeSchema', () => {
    const base = {
      id: 'e1',
      companyId: 'c',
      homeLocationId: 'AZ-DAS',
      gender: 'female',
      hireDate: '2020-01-01',
      category: 'worker',
      contract: 'permanent',
      engagement: 'contractor',
    };
    const shape = EmployeeSchema.shape as unknown as Record<
      string,
      { options?: readonly string[]; unwrap?: () => { options?: readonly string[] } }
    >;
    let lines = 0;
    for (const [name, schema] of Object.entries(shape)) {
      const values = schema.options ?? schema.unwrap?.().options ?? [];
      for (const value of values) {
        const record =
          name === 'terminationReason'
            ? { ...base, terminationDate: '2021-01-01', [name]: value }
            : { ...base, [name]: value };
        expect(scanText(JSON.stringify(record)), `${name}: ${value}`).toEqual(record);
        lines += 1;
      }
    }
    // gender 4, terminationReason 6, category 4, contract 2, engagement 2, nationality 3,
    // workingTime 2, workerType 7: 30 values.
    expect(lines).toBe(30);
  });
});
