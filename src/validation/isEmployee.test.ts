import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { employeeGuardSource } from '../../scripts/employeeGuardSource.mjs';
import { EmployeeSchema } from '../model/employee.js';
import { jsonSchemaDocuments } from '../model/jsonSchemaDocuments.js';
import { isEmployee } from './isEmployee.js';

const ID_CHARS = 'ABCXYZabcxyz0189._:-';
const id = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1 }) },
  { weight: 1, arbitrary: fc.constant('a'.repeat(128)) },
  { weight: 1, arbitrary: fc.constantFrom('AZ-DAS', 'v-das-001', 'azergold', 'site:1.a_b') },
);

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A real calendar day: any year 0000-9999, leap days included (1900-02-29 is not one). */
const day = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2024, 2100)),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => {
    const last = month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] as number);
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, last), 2)}`;
  });

/** Valid employment records, every optional field sometimes absent. */
const validEmployee = fc
  .record(
    {
      id,
      companyId: id,
      siteId: id,
      homeLocationId: id,
      gender: fc.constantFrom('female', 'male', 'other', 'undisclosed'),
      birthYear: fc.integer({ min: 1900, max: 2100 }),
      hireDate: day,
      terminationDate: day,
      terminationReason: fc.constantFrom(
        'voluntary',
        'dismissal',
        'retirement',
        'contractEnd',
        'death',
        'other',
      ),
      category: fc.constantFrom('worker', 'specialist', 'manager', 'seniorManagement'),
      contract: fc.constantFrom('permanent', 'temporary'),
      engagement: fc.constantFrom('employee', 'contractor'),
    },
    { requiredKeys: ['id', 'companyId', 'homeLocationId', 'gender', 'hireDate', 'category'] },
  )
  .map((record): Record<string, unknown> => {
    const { hireDate, terminationDate } = record;
    const ordered =
      terminationDate === undefined || hireDate <= terminationDate
        ? record
        : { ...record, hireDate: terminationDate, terminationDate: hireDate };
    return { contract: 'permanent', engagement: 'employee', ...ordered };
  });

/** Values just outside (or just inside) what some field accepts. */
const nearMiss = fc.constantFrom<unknown>(
  null,
  true,
  0,
  -0,
  1985.5,
  1899,
  2101,
  1900,
  2100,
  '1985',
  '',
  ' ',
  [],
  {},
  ['AZ-DAS'],
  'a'.repeat(129),
  'a'.repeat(128),
  'AZ DAS',
  'AZ/DAS',
  'Şəki',
  'e\n',
  '😀',
  '2023-02-29',
  '2024-02-29',
  '1900-02-29',
  '2000-02-29',
  '0000-02-29',
  '2024-02-30',
  '2024-04-31',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-1-1',
  '20240101',
  '2024-01-01T00:00:00Z',
  ' 2024-01-01',
  '2024-01-01\n',
  '+2024-01-01',
  '１９９０-01-01',
  'Male',
  'male ',
  'FEMALE',
  'contractEnd ',
  'seniormanagement',
  'Permanent',
  'contractor',
  'employee',
  'worker',
  'retirement',
  'undisclosed',
);

// Every field of the model, so that a field added to the schema is mutated too.
const FIELDS = Object.keys(EmployeeSchema.shape);

type Mutation = (record: Record<string, unknown>) => Record<string, unknown>;

/** One change that may or may not make a valid record invalid. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(nearMiss, day, id)).map(
    ([field, value]): Mutation =>
      (r) => ({ ...r, [field]: value }),
  ),
  fc.constantFrom(...FIELDS).map(
    (field): Mutation =>
      (r) => {
        const { [field]: _, ...rest } = r;
        return rest;
      },
  ),
  fc
    .tuple(
      fc.constantFrom('name', 'fullName', 'constructor', 'toString', 'hasOwnProperty', 'Id', ''),
      nearMiss,
    )
    .map(
      ([key, value]): Mutation =>
        (r) => ({ ...r, [key]: value }),
    ),
  fc.tuple(day, day).map(
    ([a, b]): Mutation =>
      (r) => ({ ...r, hireDate: a, terminationDate: b }),
  ),
  fc.constant<Mutation>((r) => ({ ...r, terminationDate: r.hireDate })),
);

/** A record as JSON text would give it: a round trip, then optional raw text edits. */
function asJson(record: Record<string, unknown>, protoKey: boolean): unknown {
  const text = JSON.stringify(record);
  return JSON.parse(protoKey ? text.replace(/^\{/, '{"__proto__":"AZ-DAS",') : text);
}

const nearValidEmployee = fc
  .tuple(
    validEmployee,
    fc.array(mutation, { minLength: 1, maxLength: 3 }),
    fc.integer({ min: 0, max: 19 }),
  )
  .map(([record, changes, one]) =>
    // One record in twenty also gets an own "__proto__" key, as JSON.parse makes it.
    asJson(
      changes.reduce((r, change) => change(r), record),
      one === 0,
    ),
  );

describe('the generated employee guard', () => {
  it('is a fresh Ajv compilation of the generated JSON Schema', async () => {
    const schema = jsonSchemaDocuments()['employee.json'] as object;
    await expect(employeeGuardSource(schema)).toMatchFileSnapshot('./employeeGuard.ts');
  });
});

describe('isEmployee accepts exactly the records EmployeeSchema accepts', () => {
  it('on 5,000 valid records', () => {
    fc.assert(
      fc.property(validEmployee, (record) => {
        const json = asJson(record, false);
        expect(EmployeeSchema.safeParse(json).success).toBe(true);
        expect(isEmployee(json)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('on 10,000 records with one to three changes, valid or not', () => {
    const verdicts = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(nearValidEmployee, (json) => {
        const expected = EmployeeSchema.safeParse(json).success;
        expect(isEmployee(json), JSON.stringify(json)).toBe(expected);
        verdicts[expected ? 'accepted' : 'rejected'] += 1;
      }),
      { numRuns: 10_000 },
    );
    // Both verdicts are well represented, so that the agreement is not that of a constant.
    expect(verdicts.accepted).toBeGreaterThan(1000);
    expect(verdicts.rejected).toBeGreaterThan(5000);
  });

  it('on 1,000 arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        expect(isEmployee(json)).toBe(EmployeeSchema.safeParse(json).success);
      }),
      { numRuns: 1000 },
    );
  });

  it('on the boundaries of every constraint', () => {
    const base = {
      id: 'e-1',
      companyId: 'azergold',
      homeLocationId: 'AZ-DAS',
      gender: 'male',
      hireDate: '2020-01-01',
      category: 'worker',
      contract: 'permanent',
      engagement: 'employee',
    };
    const cases: readonly [Record<string, unknown>, boolean][] = [
      [base, true],
      [{ ...base, id: 'a'.repeat(128) }, true],
      [{ ...base, id: 'a'.repeat(129) }, false],
      [{ ...base, id: '' }, false],
      [{ ...base, birthYear: 1900 }, true],
      [{ ...base, birthYear: 1899 }, false],
      [{ ...base, birthYear: 2100 }, true],
      [{ ...base, birthYear: 2101 }, false],
      [{ ...base, birthYear: 1980.5 }, false],
      [{ ...base, hireDate: '2024-02-29' }, true],
      [{ ...base, hireDate: '2023-02-29' }, false],
      [{ ...base, terminationDate: '2020-01-01' }, true],
      [{ ...base, terminationDate: '2019-12-31' }, false],
      [{ ...base, terminationReason: 'retirement' }, true],
      [{ ...base, extra: 1 }, false],
    ];
    for (const [record, valid] of cases) {
      expect(EmployeeSchema.safeParse(record).success, JSON.stringify(record)).toBe(valid);
      expect(isEmployee(record), JSON.stringify(record)).toBe(valid);
    }
  });

  it('never accepts what zod rejects, on values JSON cannot hold', () => {
    fc.assert(
      fc.property(
        validEmployee,
        fc.constantFrom(...FIELDS),
        fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, 1980n),
        (record, field, value) => {
          const changed = { ...record, [field]: value };
          if (isEmployee(changed)) expect(EmployeeSchema.safeParse(changed).success).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
