const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isId(value: unknown): boolean {
  return typeof value === 'string' && ID.test(value);
}

function isDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return day <= (leap ? 29 : 28);
  }
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/**
 * The floor of employee validation: a type guard written by hand with the rules of the
 * employee schema (strict keys, ids, enums, calendar dates, birth year, hire before termination),
 * for JSON values.
 *
 * @param value - The value.
 * @returns Whether it is a valid employee record.
 */
export function handWrittenGuard(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const r = value as Record<string, unknown>;
  for (const key in r) {
    switch (key) {
      case 'id':
      case 'companyId':
      case 'siteId':
      case 'homeLocationId':
      case 'gender':
      case 'birthYear':
      case 'hireDate':
      case 'terminationDate':
      case 'terminationReason':
      case 'category':
      case 'contract':
      case 'engagement':
        break;
      default:
        return false;
    }
  }
  if (!isId(r.id) || !isId(r.companyId) || !isId(r.homeLocationId)) return false;
  if (r.siteId !== undefined && !isId(r.siteId)) return false;
  const gender = r.gender;
  if (gender !== 'male' && gender !== 'female' && gender !== 'other' && gender !== 'undisclosed')
    return false;
  const category = r.category;
  if (
    category !== 'worker' &&
    category !== 'specialist' &&
    category !== 'manager' &&
    category !== 'seniorManagement'
  )
    return false;
  if (r.contract !== 'permanent' && r.contract !== 'temporary') return false;
  if (r.engagement !== 'employee' && r.engagement !== 'contractor') return false;
  const birthYear = r.birthYear;
  if (
    birthYear !== undefined &&
    !(Number.isInteger(birthYear) && (birthYear as number) >= 1900 && (birthYear as number) <= 2100)
  )
    return false;
  const hireDate = r.hireDate;
  if (!isDate(hireDate)) return false;
  const terminationDate = r.terminationDate;
  if (terminationDate !== undefined) {
    if (!isDate(terminationDate) || (terminationDate as string) < (hireDate as string))
      return false;
  }
  const reason = r.terminationReason;
  return (
    reason === undefined ||
    reason === 'voluntary' ||
    reason === 'dismissal' ||
    reason === 'retirement' ||
    reason === 'contractEnd' ||
    reason === 'death' ||
    reason === 'other'
  );
}
