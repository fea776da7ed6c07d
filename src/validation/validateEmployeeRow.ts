import { isForbiddenKey } from '../core/forbiddenKeys.js';
import { type Employee, EmployeeSchema } from '../model/employee.js';
import { isEmployee } from './isEmployee.js';
import type { RowIssue } from './rowIssue.js';

/**
 * What {@link validateEmployeeRow} decided about one row.
 *
 * @example
 * ```ts
 * declare const checked: EmployeeRowCheck;
 * if ('employee' in checked) checked.employee.id;
 * ```
 *
 * @category Validation
 */
export type EmployeeRowCheck =
  | {
      /** The parsed employee. */
      readonly employee: Employee;
    }
  | {
      /** Why the row is rejected: one issue per problem, at least one. */
      readonly issues: readonly RowIssue[];
    };

/**
 * Validates one record of an employee file against {@link EmployeeSchema}.
 *
 * @remarks
 * The single step between reading a row and accepting it. A row is first checked with
 * {@link mining-impact!isEmployee} (the JSON Schema of an employee compiled ahead of time, proven to
 * accept exactly what {@link mining-impact!EmployeeSchema} accepts): a valid row is accepted as it is,
 * without a copy. Only a row it rejects is parsed with zod, whose issues explain why: every zod
 * issue becomes a {@link RowIssue} whose column is the first segment of the issue's path and
 * whose code is the refinement's own code (e.g. `period.end_before_start`) or
 * `schema.<zod code>`. Each unknown field is an issue of its own (`schema.unrecognized_keys`),
 * except `__proto__`, `constructor` and `prototype`, which are `security.forbidden_key` as in
 * `validateDataset`.
 *
 * @param record - The row as a plain object (CSV cells already converted).
 * @param row - The row number, for the issues.
 * @returns The employee, or the issues.
 *
 * @example
 * ```ts
 * import { validateEmployeeRow } from 'mining-impact/node';
 *
 * validateEmployeeRow({ id: 'e1' }, 2);
 * //=> { issues: [{ row: 2, column: 'companyId', code: 'schema.invalid_type', message: '…' }, …] }
 * ```
 *
 * @category Validation
 */
export function validateEmployeeRow(record: unknown, row: number): EmployeeRowCheck {
  // The fast path: a record the compiled JSON Schema accepts is one zod accepts, kept as it is.
  if (isEmployee(record)) return { employee: record };
  const parsed = EmployeeSchema.safeParse(record);
  if (parsed.success) return { employee: parsed.data };
  const issues: RowIssue[] = [];
  for (const issue of parsed.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      // One issue per unknown field; a key that could reach a prototype is reported as such.
      for (const key of issue.keys) {
        const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 60)}…` : key);
        issues.push(
          isForbiddenKey(key)
            ? {
                row,
                column: key,
                code: 'security.forbidden_key',
                message: `The key ${shown} is not allowed: it could reach a prototype.`,
              }
            : {
                row,
                column: key,
                code: 'schema.unrecognized_keys',
                message: `The key ${shown} is not part of the model.`,
              },
        );
      }
      continue;
    }
    const own = (issue as { params?: { code?: unknown } }).params?.code;
    const key = issue.path[0];
    issues.push({
      row,
      column: key === undefined ? null : String(key),
      code: typeof own === 'string' ? own : `schema.${issue.code}`,
      message: issue.message,
    });
  }
  return { issues };
}
