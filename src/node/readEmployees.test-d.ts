import { describe, expectTypeOf, it } from 'vitest';
import type { RowIssue } from '../index.js';
import type { Employee } from '../model/employee.js';
import { type EmployeeRow, readEmployees } from './readEmployees.js';

describe('readEmployees types', () => {
  it('gives an async iterable of rows with counts', () => {
    const rows = readEmployees('employees.ndjson');
    expectTypeOf(rows).toMatchTypeOf<AsyncIterable<EmployeeRow>>();
    expectTypeOf(rows.counts).toEqualTypeOf<{
      readonly read: number;
      readonly valid: number;
      readonly rejected: number;
    }>();
    // @ts-expect-error the format is ndjson, csv or parquet
    readEmployees('employees.xml', { format: 'xml' });
  });

  it('narrows a row to an employee or its issues', () => {
    const row = {} as EmployeeRow;
    if (row.employee !== undefined) expectTypeOf(row.employee).toEqualTypeOf<Employee>();
    else expectTypeOf(row.issues).toEqualTypeOf<readonly RowIssue[]>();
  });
});
