import type { Employee } from '../model/employee.js';
import { EmployeeSchema } from '../model/employee.js';
import type { ImpactDataset } from '../model/impactDataset.js';
import { dateChecks } from './checkDates.js';
import { checkReference, type EntityKind, referenceIndex } from './checkReferences.js';
import { IdIndex } from './internal/idIndex.js';
import { isEmployee } from './isEmployee.js';
import type { Issue } from './issue.js';
import { issuesFromZod } from './issuesFromZod.js';
import { jsonPointer } from './jsonPointer.js';
import { makeIssue } from './makeIssue.js';
import type { RuleContext } from './ruleContext.js';

/** What checking one employee record gave: the record when it is valid, and its issues. */
export interface EmployeeRecordCheck {
  /** The record, when it has no error. */
  readonly employee?: Employee;
  /** Its issues, in the order of the dataset's stages and rules. */
  readonly issues: readonly Issue[];
}

/**
 * Checks employee records that join a validated dataset one at a time (as a file is streamed).
 *
 * @internal
 */
export interface EmployeeRecordChecks {
  /**
   * Checks one record as the dataset's employee at `index`.
   *
   * @param record - The record, untrusted.
   * @param index - Its index in the dataset's employees.
   * @returns The record when it has no error, and its issues.
   */
  check(record: unknown, index: number): EmployeeRecordCheck;
}

/** The kinds of entity a field may name. */
type Kinds = readonly EntityKind[];

/** The issues of a record that has none. */
const NO_ISSUES: readonly Issue[] = [];

const COMPANY: Kinds = ['company'];
const SITE: Kinds = ['site'];
const LOCATION: Kinds = ['location'];

/** The structural issues of a record the model does not accept, with dataset paths. */
function structureIssues(record: unknown, index: number): Issue[] | Employee {
  if (isEmployee(record)) return record;
  const parsed = EmployeeSchema.safeParse(record);
  if (parsed.success) return parsed.data;
  const prefixed = parsed.error.issues.map((issue) => ({
    ...issue,
    path: ['employees', index, ...issue.path],
  }));
  const employees: unknown[] = [];
  employees[index] = record;
  return issuesFromZod(prefixed, { employees });
}

/**
 * The checks the dataset rules make on an employee record, for records added one at a time to
 * a validated dataset: the model's structure, the references (`ref.*`: the company, the site,
 * the home location), unique ids among all the employees (`id.duplicate`) and the dates against
 * today (`date.in_future`, `date.far_future`); each issue has the dataset path the record
 * would have at its index.
 *
 * @remarks
 * Memory: the ids seen so far, compactly (about 2 bytes a character and 16 bytes an id), to
 * report a repeat with the path of the first; nothing else of a record.
 *
 * @param data - The validated dataset (its employees count as seen).
 * @param context - Today and the gazetteer, as the dataset was validated with.
 * @returns The checks.
 * @internal
 */
export function employeeRecordChecks(
  data: Readonly<ImpactDataset>,
  context: RuleContext,
): EmployeeRecordChecks {
  const entities = referenceIndex(data, context);
  const seen = new IdIndex();
  for (const [i, employee] of (data.employees ?? []).entries()) seen.firstOrAdd(employee.id, i);
  // One list the checks report into, emptied for each record: nothing is made per record but
  // the issues of a record that has some.
  const found: Issue[] = [];
  const dates = dateChecks(found, context);
  const reference = (id: string | undefined, index: number, field: string, kinds: Kinds): void => {
    if (id !== undefined)
      checkReference({ id, path: ['employees', index, field], kinds }, entities, found);
  };
  return {
    check(record, index) {
      const structure = structureIssues(record, index);
      if (Array.isArray(structure)) return { issues: structure };
      const employee = structure as Employee;
      found.length = 0;
      const first = seen.firstOrAdd(employee.id, index);
      if (first >= 0) {
        const firstPath = jsonPointer(['employees', first, 'id']);
        found.push(
          makeIssue(
            'id.duplicate',
            ['employees', index, 'id'],
            `The id "${employee.id}" is already used at ${firstPath}.`,
            { id: employee.id, firstPath },
          ),
        );
      }
      reference(employee.companyId, index, 'companyId', COMPANY);
      reference(employee.siteId, index, 'siteId', SITE);
      reference(employee.homeLocationId, index, 'homeLocationId', LOCATION);
      dates.actual(employee.hireDate, ['employees', index, 'hireDate']);
      if (employee.terminationDate !== undefined)
        dates.planned(employee.terminationDate, ['employees', index, 'terminationDate']);
      if (found.length === 0) return { employee, issues: NO_ISSUES };
      const issues = found.slice();
      return issues.some((issue) => issue.severity === 'error') ? { issues } : { employee, issues };
    },
  };
}
