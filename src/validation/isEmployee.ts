import type { Employee } from '../model/employee.js';
import { employeeGuard } from './employeeGuard.js';

/**
 * Tells whether a JSON value is a valid employment record, as {@link EmployeeSchema} would say,
 * about five times faster and without copying the record.
 *
 * @remarks
 * The fast path of bulk validation: the generated JSON Schema of an employee
 * (`schema/employee.json`) compiled ahead of time by Ajv into plain code, shipped in the package
 * (no Ajv at run time, no `eval`). Calendar dates are checked with zod's own expression and the
 * `x-ordered` keyword (hire date on or before the termination date) with the meaning of
 * `isOrderedByKeys`; a differential test of tens of thousands of valid and invalid records
 * proves that it accepts exactly the JSON values the zod schema accepts. It gives no reasons:
 * when it returns `false`, parse the record with {@link EmployeeSchema} (`safeParse`) for the
 * issues. Values that JSON cannot hold (a key set to `undefined`, a class instance) may be
 * rejected where zod would accept them; such a record then goes to zod like any rejected one.
 *
 * @param value - A value as `JSON.parse` returns it, or a plain object of such values.
 * @returns `true` when the value is a valid {@link Employee}; the value itself is then the
 * record (the zod parse would return an equal copy).
 *
 * @example
 * ```ts
 * isEmployee({
 *   id: 'e-0001',
 *   companyId: 'azergold',
 *   homeLocationId: 'AZ-DAS',
 *   gender: 'female',
 *   hireDate: '2024-02-29',
 *   category: 'specialist',
 *   contract: 'permanent',
 *   engagement: 'employee',
 * });
 * //=> true
 * isEmployee({ id: 'e-0002', hireDate: '2023-02-29' });
 * //=> false
 * ```
 *
 * @category Validation
 */
export function isEmployee(value: unknown): value is Employee {
  return employeeGuard(value);
}
