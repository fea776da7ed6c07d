import type { CalendarDate } from '../../core/calendarDate.js';
import type { Employee } from '../../model/employee.js';

/**
 * Tells whether a person is employed on a day.
 *
 * @remarks
 * Active on `date` when hired on or before it and not terminated on or before it: the
 * termination date is the day the person leaves and is no longer counted. Compares ISO date
 * strings only, so it is cheap in per-record loops.
 *
 * @param employee - The employment record.
 * @param date - The day.
 * @returns `true` when `hireDate <= date` and there is no `terminationDate <= date`.
 *
 * @example
 * ```ts
 * isActiveOn({ ...employee, hireDate: '2020-01-01', terminationDate: '2024-06-30' }, '2024-06-30');
 * //=> false
 * ```
 *
 * @category Workforce indicators
 */
export function isActiveOn(
  employee: Readonly<Pick<Employee, 'hireDate' | 'terminationDate'>>,
  date: CalendarDate,
): boolean {
  return (
    employee.hireDate <= date &&
    (employee.terminationDate === undefined || employee.terminationDate > date)
  );
}
