import { pure } from '../core/pure.js';
import type { Employee } from '../model/employee.js';

/** How the value of a field is written and checked. */
type FieldKind = 'id' | 'enum' | 'date' | 'year' | 'boolean';

/** One field of an employee row, as the line scanner knows it. */
interface LineField {
  /** The key. */
  readonly name: string;
  /** How its value is read. */
  readonly kind: FieldKind;
  /** The allowed values of an enum field (empty otherwise). */
  readonly values: readonly string[];
  /** Whether the key must be present. */
  readonly required: boolean;
}

/** The fields of an employee (`EmployeeSchema`), in the model's order. */
const FIELDS: readonly LineField[] = pure(() => {
  const field = (
    name: string,
    kind: FieldKind,
    required: boolean,
    values: readonly string[] = [],
  ): LineField => ({ name, kind, values, required });
  return [
    field('id', 'id', true),
    field('companyId', 'id', true),
    field('siteId', 'id', false),
    field('homeLocationId', 'id', true),
    field('gender', 'enum', true, ['female', 'male', 'other', 'undisclosed']),
    field('birthYear', 'year', false),
    field('hireDate', 'date', true),
    field('terminationDate', 'date', false),
    field('terminationReason', 'enum', false, [
      'voluntary',
      'dismissal',
      'retirement',
      'contractEnd',
      'death',
      'other',
    ]),
    field('category', 'enum', true, ['worker', 'specialist', 'manager', 'seniorManagement']),
    field('contract', 'enum', true, ['permanent', 'temporary']),
    field('engagement', 'enum', true, ['employee', 'contractor']),
    field('nationality', 'enum', false, ['hostCountry', 'expatriate', 'notStated']),
    field('workingTime', 'enum', false, ['fullTime', 'partTime']),
    field('nonGuaranteedHours', 'boolean', false),
    field('rehire', 'boolean', false),
    field('workerType', 'enum', false, [
      'contractorWorker',
      'agencyWorker',
      'selfEmployed',
      'apprentice',
      'intern',
      'volunteer',
      'other',
    ]),
  ];
});

/** The bit set of the required fields. */
const REQUIRED: number = pure(() => {
  let mask = 0;
  for (const [i, field] of FIELDS.entries()) if (field.required) mask |= 1 << i;
  return mask;
});

/** The fields by their key's first character and length (`code * 32 + length`). */
const BY_SHAPE: ReadonlyMap<number, readonly number[]> = pure(() => {
  const map = new Map<number, number[]>();
  for (const [i, { name }] of FIELDS.entries()) {
    const shape = name.charCodeAt(0) * 32 + name.length;
    const list = map.get(shape) ?? [];
    list.push(i);
    map.set(shape, list);
  }
  return map;
});

/** The characters of an id (`^[A-Za-z0-9._:-]+$`), by code below 128. */
const ID_CHAR: Uint8Array = pure(() => {
  const table = new Uint8Array(128);
  const allowed = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-';
  for (let i = 0; i < allowed.length; i++) table[allowed.charCodeAt(i)] = 1;
  return table;
});

const QUOTE = 0x22;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const ZERO = 0x30;
const NINE = 0x39;
const DASH = 0x2d;
/** The longest id (`EmployeeIdSchema` and the other ids: 1 to 128 characters). */
const MAX_ID = 128;

/** The position of the first character at or after `at` that is not JSON whitespace. */
function skipSpace(text: string, at: number): number {
  let i = at;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
    i++;
  }
}

/**
 * The field whose key is the JSON string at `at` (an opening quote), or -1 when it is not
 * exactly one of the keys written without escapes.
 */
function fieldAt(text: string, at: number): number {
  const end = text.indexOf('"', at + 1);
  if (end === -1) return -1;
  const length = end - at - 1;
  if (length < 1 || length >= 32) return -1;
  const candidates = BY_SHAPE.get(text.charCodeAt(at + 1) * 32 + length);
  if (candidates === undefined) return -1;
  for (const i of candidates) {
    if (text.startsWith((FIELDS[i] as LineField).name, at + 1)) return i;
  }
  return -1;
}

/** The value read by a step, and the position after it; `end` is -1 when undecided. */
interface Cursor {
  /** The value. */
  value: string | number | boolean;
  /** The position after the value, or -1. */
  end: number;
}

/** Reads an id string at `at`: 1 to 128 characters of `[A-Za-z0-9._:-]`, no escape. */
function readId(text: string, at: number, cursor: Cursor): void {
  cursor.end = -1;
  if (text.charCodeAt(at) !== QUOTE) return;
  let i = at + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) break;
    if (!(c < 128 && ID_CHAR[c] === 1)) return;
    i++;
  }
  const length = i - at - 1;
  if (length < 1 || length > MAX_ID) return;
  cursor.value = text.slice(at + 1, i);
  cursor.end = i + 1;
}

/** Reads one of `values` written as a JSON string without escapes at `at`. */
function readEnum(text: string, at: number, values: readonly string[], cursor: Cursor): void {
  cursor.end = -1;
  if (text.charCodeAt(at) !== QUOTE) return;
  for (const value of values) {
    const close = at + 1 + value.length;
    if (text.charCodeAt(close) === QUOTE && text.startsWith(value, at + 1)) {
      cursor.value = value;
      cursor.end = close + 1;
      return;
    }
  }
}

/** The number written by the ASCII digits `text[from, from + count)`, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    n = n * 10 + (c - ZERO);
  }
  return n;
}

/** The number of days of a month of the proleptic Gregorian calendar (ISO 8601). */
function monthLength(year: number, month: number): number {
  if (month === 2) {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Reads a calendar date `"YYYY-MM-DD"` naming a real day (as `CalendarDateSchema`) at `at`. */
function readDate(text: string, at: number, cursor: Cursor): void {
  cursor.end = -1;
  if (text.charCodeAt(at) !== QUOTE || text.charCodeAt(at + 11) !== QUOTE) return;
  if (text.charCodeAt(at + 5) !== DASH || text.charCodeAt(at + 8) !== DASH) return;
  const year = digits(text, at + 1, 4);
  const month = digits(text, at + 6, 2);
  const day = digits(text, at + 9, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return;
  if (day > monthLength(year, month)) return;
  cursor.value = text.slice(at + 1, at + 11);
  cursor.end = at + 12;
}

/** Reads a birth year: exactly four digits, 1900 to 2100, ended by a delimiter. */
function readYear(text: string, at: number, cursor: Cursor): void {
  cursor.end = -1;
  const year = digits(text, at, 4);
  if (year < 1900 || year > 2100) return;
  // `1990.0`, `1990e0` or `19900` are other numbers: they are left to JSON.parse.
  const next = text.charCodeAt(at + 4);
  if (!(next === COMMA || next === CLOSE || next === 0x20 || next === 0x09)) return;
  cursor.value = year;
  cursor.end = at + 4;
}

/** Reads `true` or `false`. */
function readBoolean(text: string, at: number, cursor: Cursor): void {
  cursor.end = -1;
  if (text.startsWith('true', at)) {
    cursor.value = true;
    cursor.end = at + 4;
  } else if (text.startsWith('false', at)) {
    cursor.value = false;
    cursor.end = at + 5;
  }
}

/** Reads the value of field `field` at `at` into the cursor. */
function readValue(text: string, at: number, field: LineField, cursor: Cursor): void {
  switch (field.kind) {
    case 'id':
      readId(text, at, cursor);
      return;
    case 'enum':
      readEnum(text, at, field.values, cursor);
      return;
    case 'date':
      readDate(text, at, cursor);
      return;
    case 'year':
      readYear(text, at, cursor);
      return;
    default:
      readBoolean(text, at, cursor);
  }
}

/**
 * Reads the members of the object whose first key is at `at`; returns the bit set of the keys
 * read, or -1 when undecided. The values are set on `out` in the order of the line.
 */
function readMembers(text: string, at: number, out: Record<string, unknown>): number {
  const cursor: Cursor = { value: 0, end: 0 };
  let seen = 0;
  let i = at;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) return -1;
    const index = fieldAt(text, i);
    if (index === -1 || (seen & (1 << index)) !== 0) return -1;
    const field = FIELDS[index] as LineField;
    i = skipSpace(text, i + field.name.length + 2);
    if (text.charCodeAt(i) !== COLON) return -1;
    readValue(text, skipSpace(text, i + 1), field, cursor);
    if (cursor.end === -1) return -1;
    seen |= 1 << index;
    out[field.name] = cursor.value;
    i = skipSpace(text, cursor.end);
    const c = text.charCodeAt(i);
    if (c === CLOSE) return skipSpace(text, i + 1) === text.length ? seen : -1;
    if (c !== COMMA) return -1;
    i = skipSpace(text, i + 1);
  }
}

/**
 * Decides a common NDJSON employee row without `JSON.parse`: a flat object whose keys are fields
 * of the model, each once, with plain values.
 *
 * @remarks
 * The row is decided only when it is clearly valid: every key is a field of `EmployeeSchema`
 * written without escapes and present once, every required field is present, ids are 1 to 128
 * characters of `[A-Za-z0-9._:-]`, enum values are written as they are, dates name a real day
 * (month lengths, leap years) and the termination date is not before the hire date, the birth
 * year is four digits from 1900 to 2100, the booleans are `true` or `false`. Anything else (an
 * escape, an unknown or repeated key, a number written otherwise, a nested value, an invalid
 * value) is left undecided, for `JSON.parse` and `validateEmployeeRow` to decide and explain.
 * The employee has the keys in the order of the line, as `JSON.parse` gives them.
 *
 * @param text - The line, without its line break, BOM or trailing CR.
 * @returns The employee, or `undefined` when undecided.
 *
 * @example
 * ```ts
 * scanEmployeeLine('{"id":"e1","companyId":"c","homeLocationId":"AZ-DAS","gender":"male","hireDate":"2019-03-01","category":"worker","contract":"permanent","engagement":"employee"}')?.gender;
 * //=> 'male'
 * scanEmployeeLine('{"id":"e\\u0031"}');
 * //=> undefined
 * ```
 *
 * @internal
 */
export function scanEmployeeLine(text: string): Employee | undefined {
  if (text.charCodeAt(0) !== OPEN) return undefined;
  const out: Record<string, unknown> = {};
  const seen = readMembers(text, skipSpace(text, 1), out);
  if (seen === -1 || (seen & REQUIRED) !== REQUIRED) return undefined;
  const end = out.terminationDate as string | undefined;
  if (end !== undefined && end < (out.hireDate as string)) return undefined;
  return out as unknown as Employee;
}

/** Whether NDJSON readers decide common rows with {@link scanEmployeeLine}. */
let lineScannerOn = true;

/**
 * Turns the line scanner of NDJSON readers on or off (on by default); with it off, every row is
 * parsed by `JSON.parse` and checked by `validateEmployeeRow`, which gives the same results.
 *
 * @remarks
 * For tests that compare the two paths.
 *
 * @param on - Whether to use the scanner.
 * @returns Nothing.
 *
 * @example
 * ```ts
 * useLineScanner(false);
 * ```
 *
 * @internal
 */
export function useLineScanner(on: boolean): void {
  lineScannerOn = on;
}

/**
 * Whether NDJSON readers use the line scanner (see {@link useLineScanner}).
 *
 * @returns `true` unless turned off.
 *
 * @example
 * ```ts
 * lineScannerEnabled();
 * //=> true
 * ```
 *
 * @internal
 */
export function lineScannerEnabled(): boolean {
  return lineScannerOn;
}
