import { EmployeeSchema, isEmployee, validateEmployeeRow } from '../src/index.js';
import { handWrittenGuard } from './handWrittenGuard.js';
import type { BenchTask } from './measure.js';

/** The outcome of validating a batch: the valid records kept, the rejected ones counted. */
interface Validated {
  readonly valid: unknown[];
  readonly rejected: number;
}

function bulk(records: readonly unknown[], accept: (record: unknown) => unknown): Validated {
  const valid: unknown[] = [];
  let rejected = 0;
  for (let i = 0; i < records.length; i++) {
    const record = accept(records[i]);
    if (record === undefined) rejected++;
    else valid.push(record);
  }
  return { valid, rejected };
}

/**
 * (b) Bulk validation of records as `JSON.parse` gives them: the hand-written guard against the
 * Ajv fast path ({@link isEmployee}), the bulk path of the file readers (`validateEmployeeRow`:
 * the fast path, and zod for the issues of the rejected records) and zod alone
 * (`EmployeeSchema.safeParse`, which copies each valid record). Each task keeps the valid
 * records, as a bulk validation returns them.
 *
 * @param records - Parsed records, a few of them invalid.
 * @returns The tasks, baseline first.
 */
export function validationTasks(records: readonly unknown[]): BenchTask[] {
  const check = (result: unknown): string => {
    const { valid, rejected } = result as Validated;
    return `${valid.length} valid, ${rejected} rejected`;
  };
  return [
    {
      name: 'hand-written guard',
      baseline: true,
      handWritten: true,
      run: () => bulk(records, (r) => (handWrittenGuard(r) ? r : undefined)),
      check,
    },
    {
      name: 'isEmployee (Ajv, generated)',
      baseline: false,
      handWritten: false,
      run: () => bulk(records, (r) => (isEmployee(r) ? r : undefined)),
      check,
    },
    {
      name: 'validateEmployeeRow (isEmployee; zod for the rejected)',
      baseline: false,
      handWritten: false,
      run: () => {
        // The bulk path of the file readers: the valid rows kept, the issues of the others.
        const issues: unknown[] = [];
        let row = 0;
        const out = bulk(records, (r) => {
          const checked = validateEmployeeRow(r, ++row);
          if ('employee' in checked) return checked.employee;
          issues.push(checked.issues);
          return undefined;
        });
        return issues.length === out.rejected ? out : { valid: [], rejected: -1 };
      },
      check,
    },
    {
      name: 'EmployeeSchema.safeParse (zod)',
      baseline: false,
      handWritten: false,
      run: () =>
        bulk(records, (r) => {
          const parsed = EmployeeSchema.safeParse(r);
          return parsed.success ? parsed.data : undefined;
        }),
      check,
    },
  ];
}
