import { describe, expect, it } from 'vitest';
import { accepts, rejects } from '../../test/fixtures/schemaExpectations.js';
import { EmployeeSchema } from './employee.js';

const employee = {
  id: 'e-0001',
  companyId: 'azergold',
  homeLocationId: 'AZ-DAS',
  gender: 'male',
  hireDate: '2019-03-01',
  category: 'worker',
  contract: 'permanent',
  engagement: 'employee',
};

describe('EmployeeSchema', () => {
  it('accepts a record without names, and one who left on the day they were hired', () => {
    expect(
      accepts(EmployeeSchema, { ...employee, siteId: 'site-chovdar', birthYear: 1990 }).category,
    ).toBe('worker');
    accepts(EmployeeSchema, {
      ...employee,
      terminationDate: '2019-03-01',
      terminationReason: 'contractEnd',
    });
  });

  it('accepts a nationality, and a record without one (not stated)', () => {
    expect(accepts(EmployeeSchema, { ...employee, nationality: 'expatriate' }).nationality).toBe(
      'expatriate',
    );
    expect(accepts(EmployeeSchema, employee).nationality).toBeUndefined();
    rejects(
      EmployeeSchema,
      { ...employee, nationality: 'Malian' },
      ['nationality'],
      'invalid_value',
    );
  });

  it('rejects personal data, unknown categories and a termination before the hire', () => {
    rejects(EmployeeSchema, { ...employee, name: 'Ali' }, [], 'unrecognized_keys');
    rejects(EmployeeSchema, { ...employee, category: 'director' }, ['category'], 'invalid_value');
    rejects(EmployeeSchema, { ...employee, birthYear: 1899 }, ['birthYear'], 'too_small');
    rejects(
      EmployeeSchema,
      { ...employee, terminationDate: '2019-02-28' },
      ['terminationDate'],
      'period.end_before_start',
    );
  });
});

describe('EmployeeSchema dates (regression)', () => {
  it('reports a malformed hire date once, not also as after the termination', () => {
    // "2024-13-01" > "2024-11-30" as strings: the refinement used to add period.end_before_start.
    const result = EmployeeSchema.safeParse({
      ...employee,
      hireDate: '2024-13-01',
      terminationDate: '2024-11-30',
    });
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_format', ['hireDate']],
    ]);
  });
});
