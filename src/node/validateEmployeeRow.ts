import { type Employee, EmployeeSchema } from '../index.js';
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
 * @category Node
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
 * The single step between reading a row and accepting it, so that a faster validator can
 * replace it: every zod issue becomes a {@link RowIssue} whose column is the first segment of
 * the issue's path and whose code is the refinement's own code (e.g. `period.end_before_start`)
 * or `schema.<zod code>`.
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
 * @category Node
 */
export function validateEmployeeRow(record: unknown, row: number): EmployeeRowCheck {
  const parsed = EmployeeSchema.safeParse(record);
  if (parsed.success) return { employee: parsed.data };
  return {
    issues: parsed.error.issues.map((issue) => {
      const own = (issue as { params?: { code?: unknown } }).params?.code;
      const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
      return {
        row,
        column: key === undefined ? null : String(key),
        code: typeof own === 'string' ? own : `schema.${issue.code}`,
        message: issue.message,
      };
    }),
  };
}
