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
