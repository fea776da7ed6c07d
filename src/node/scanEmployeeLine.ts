/// <reference types="node" />
import { type Employee, EmployeeSchema } from '../index.js';

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

/** The values an enum field of `EmployeeSchema` allows, read from the schema itself. */
function enumValues(name: keyof typeof EmployeeSchema.shape): readonly string[] {
  const schema = EmployeeSchema.shape[name] as unknown as {
    readonly options?: readonly string[];
    unwrap?: () => { readonly options?: readonly string[] };
  };
  return schema.options ?? schema.unwrap?.().options ?? [];
}

/** The fields of an employee (`EmployeeSchema`), in the model's order. */
const FIELDS: readonly LineField[] = (() => {
  const field = (
    name: keyof typeof EmployeeSchema.shape,
    kind: FieldKind,
    required: boolean,
  ): LineField => ({ name, kind, values: kind === 'enum' ? enumValues(name) : [], required });
  return [
    field('id', 'id', true),
    field('companyId', 'id', true),
    field('siteId', 'id', false),
    field('homeLocationId', 'id', true),
    field('gender', 'enum', true),
    field('birthYear', 'year', false),
    field('hireDate', 'date', true),
    field('terminationDate', 'date', false),
    field('terminationReason', 'enum', false),
    field('category', 'enum', true),
    field('contract', 'enum', true),
    field('engagement', 'enum', true),
    field('nationality', 'enum', false),
    field('workingTime', 'enum', false),
    field('nonGuaranteedHours', 'boolean', false),
    field('rehire', 'boolean', false),
    field('workerType', 'enum', false),
  ];
})();

/** The bit set of the required fields. */
const REQUIRED: number = (() => {
  let mask = 0;
  for (const [i, field] of FIELDS.entries()) if (field.required) mask |= 1 << i;
  return mask;
})();

/**
 * The fields by the shape of their key, `(first character % 32) * 32 + length`: two slots per
 * shape, each a field's index plus one (0 when empty).
 */
const BY_SHAPE: Int8Array = (() => {
  const table = new Int8Array(2048);
  for (const [i, { name }] of FIELDS.entries()) {
    const slot = 2 * (((name.charCodeAt(0) % 32) * 32 + name.length) % 1024);
    table[table[slot] === 0 ? slot : slot + 1] = i + 1;
  }
  return table;
})();

/** The characters of an id (`^[A-Za-z0-9._:-]+$`), by code below 128. */
const ID_CHAR: Uint8Array = (() => {
  const table = new Uint8Array(128);
  const allowed = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-';
  for (let i = 0; i < allowed.length; i++) table[allowed.charCodeAt(i)] = 1;
  return table;
})();

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const ZERO = 0x30;
const NINE = 0x39;
const DASH = 0x2d;
/** The longest id (`EmployeeIdSchema` and the other ids: 1 to 128 characters). */
const MAX_ID = 128;
/** The number of slots of the cache of repeated values (a power of two). */
const CACHE_SLOTS = 4096;

/** The state of the scan of one line: its bytes, and the value and position of the last step. */
interface LineScan {
  /** The bytes of the line, without line break. */
  bytes: Buffer;
  /** The value read by the last step. */
  value: string | number | boolean;
  /** The position after the last step, or -1 when it is undecided. */
  end: number;
  /** Recently made strings of ids, by a hash of their bytes (a file repeats them row after row). */
  readonly cache: (string | undefined)[];
}

/** No bytes. */
const EMPTY: Buffer = Buffer.alloc(0);

/** The scan state, reused from line to line (the scan is synchronous). */
const STATE: LineScan = (() => ({
  bytes: EMPTY,
  value: 0,
  end: 0,
  cache: new Array<string | undefined>(CACHE_SLOTS).fill(undefined),
}))();

/** The position of the first byte at or after `at` that is not JSON whitespace. */
function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return i;
    i++;
  }
  return i;
}

/**
 * The position of the quote that closes the JSON string opened at `at`, or -1 when the string
 * holds anything but printable ASCII without a backslash (or is not closed).
 */
function stringEnd(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) return i;
    // A backslash starts an escape; control characters and non-ASCII bytes stop the scan too.
    if (c < 0x20 || c >= 0x7f || c === BACKSLASH) return -1;
  }
  return -1;
}

/** Whether the bytes from `from` on are the ASCII text `name`. */
function matches(bytes: Uint8Array, from: number, name: string): boolean {
  if (from + name.length > bytes.length) return false;
  for (let i = 0; i < name.length; i++) {
    if (bytes[from + i] !== name.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The field whose key is the JSON string from `at` (its opening quote) to `end` (its closing
 * quote), or -1 when it is not exactly one of the keys.
 */
function fieldAt(bytes: Uint8Array, at: number, end: number): number {
  const length = end - at - 1;
  if (length < 1 || length >= 32) return -1;
  const slot = 2 * ((((bytes[at + 1] as number) % 32) * 32 + length) % 1024);
  for (let k = slot; k < slot + 2; k++) {
    const i = (BY_SHAPE[k] as number) - 1;
    if (i === -1) return -1;
    const field = FIELDS[i] as LineField;
    if (field.name.length === length && matches(bytes, at + 1, field.name)) return i;
  }
  return -1;
}

/**
 * The string of the ASCII bytes `[from, to)`: the cached one when the same bytes were seen
 * last under their hash (ids of companies, sites and places repeat from row to row).
 */
function asciiString(scan: LineScan, from: number, to: number, hash: number): string {
  const { bytes, cache } = scan;
  const slot = hash & (CACHE_SLOTS - 1);
  const cached = cache[slot];
  if (cached !== undefined && cached.length === to - from && matches(bytes, from, cached)) {
    return cached;
  }
  const text = bytes.toString('latin1', from, to);
  cache[slot] = text;
  return text;
}

/** Reads an id string at `at`: 1 to 128 characters of `[A-Za-z0-9._:-]`, no escape. */
function readId(scan: LineScan, at: number): void {
  const { bytes } = scan;
  scan.end = -1;
  if (bytes[at] !== QUOTE) return;
  let hash = 0;
  let i = at + 1;
  for (; i < bytes.length; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) break;
    if (!(c < 128 && ID_CHAR[c] === 1)) return;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  const length = i - at - 1;
  if (i === bytes.length || length < 1 || length > MAX_ID) return;
  scan.value = asciiString(scan, at + 1, i, hash);
  scan.end = i + 1;
}

/** Reads one of `values` written as a JSON string without escapes at `at`. */
function readEnum(scan: LineScan, at: number, values: readonly string[]): void {
  const { bytes } = scan;
  scan.end = -1;
  if (bytes[at] !== QUOTE) return;
  const end = stringEnd(bytes, at);
  const length = end - at - 1;
  for (const value of values) {
    if (value.length === length && matches(bytes, at + 1, value)) {
      scan.value = value;
      scan.end = end + 1;
      return;
    }
  }
}

/** The number written by the ASCII digits `[from, from + count)`, or -1 when one is not a digit. */
function digits(bytes: Uint8Array, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const c = bytes[i];
    if (c === undefined || c < ZERO || c > NINE) return -1;
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
function readDate(scan: LineScan, at: number): void {
  const { bytes } = scan;
  scan.end = -1;
  if (bytes[at] !== QUOTE || bytes[at + 11] !== QUOTE) return;
  if (bytes[at + 5] !== DASH || bytes[at + 8] !== DASH) return;
  const year = digits(bytes, at + 1, 4);
  const month = digits(bytes, at + 6, 2);
  const day = digits(bytes, at + 9, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return;
  if (day > monthLength(year, month)) return;
  // Ten ASCII characters: one call makes the string.
  scan.value = String.fromCharCode(
    bytes[at + 1] as number,
    bytes[at + 2] as number,
    bytes[at + 3] as number,
    bytes[at + 4] as number,
    bytes[at + 5] as number,
    bytes[at + 6] as number,
    bytes[at + 7] as number,
    bytes[at + 8] as number,
    bytes[at + 9] as number,
    bytes[at + 10] as number,
  );
  scan.end = at + 12;
}

/** Reads a birth year: exactly four digits, 1900 to 2100, ended by a delimiter. */
function readYear(scan: LineScan, at: number): void {
  const { bytes } = scan;
  scan.end = -1;
  const year = digits(bytes, at, 4);
  if (year < 1900 || year > 2100) return;
  // `1990.0`, `1990e0` or `19900` are other numbers: they are left to JSON.parse.
  const next = bytes[at + 4];
  if (!(next === COMMA || next === CLOSE || next === 0x20 || next === 0x09)) return;
  scan.value = year;
  scan.end = at + 4;
}

/** Reads `true` or `false`. */
function readBoolean(scan: LineScan, at: number): void {
  scan.end = -1;
  if (matches(scan.bytes, at, 'true')) {
    scan.value = true;
    scan.end = at + 4;
  } else if (matches(scan.bytes, at, 'false')) {
    scan.value = false;
    scan.end = at + 5;
  }
}

/** Reads the value of field `field` at `at` into the scan state. */
function readValue(scan: LineScan, at: number, field: LineField): void {
  switch (field.kind) {
    case 'id':
      readId(scan, at);
      return;
    case 'enum':
      readEnum(scan, at, field.values);
      return;
    case 'date':
      readDate(scan, at);
      return;
    case 'year':
      readYear(scan, at);
      return;
    default:
      readBoolean(scan, at);
  }
}

/**
 * Reads the members of the object whose first key is at `at`; returns the bit set of the keys
 * read, or -1 when undecided. The values are set on `out` in the order of the line.
 */
function readMembers(scan: LineScan, at: number, out: Record<string, unknown>): number {
  const { bytes } = scan;
  let seen = 0;
  let i = at;
  for (;;) {
    if (bytes[i] !== QUOTE) return -1;
    const end = stringEnd(bytes, i);
    const index = end === -1 ? -1 : fieldAt(bytes, i, end);
    if (index === -1 || (seen & (1 << index)) !== 0) return -1;
    const field = FIELDS[index] as LineField;
    i = skipSpace(bytes, end + 1);
    if (bytes[i] !== COLON) return -1;
    readValue(scan, skipSpace(bytes, i + 1), field);
    if (scan.end === -1) return -1;
    seen |= 1 << index;
    out[field.name] = scan.value;
    i = skipSpace(bytes, scan.end);
    const c = bytes[i];
    if (c === CLOSE) return skipSpace(bytes, i + 1) === bytes.length ? seen : -1;
    if (c !== COMMA) return -1;
    i = skipSpace(bytes, i + 1);
  }
}

/**
 * Decides a common NDJSON employee row from its bytes, without decoding it or `JSON.parse`: a
 * flat object whose keys are fields of the model, each once, with plain values.
 *
 * @remarks
 * The row is decided only when it is clearly valid: every key is a field of `EmployeeSchema`
 * written without escapes and present once, every required field is present, ids are 1 to 128
 * characters of `[A-Za-z0-9._:-]`, enum values are written as they are, dates name a real day
 * (month lengths, leap years) and the termination date is not before the hire date, the birth
 * year is four digits from 1900 to 2100, the booleans are `true` or `false`, and every byte is
 * ASCII. Anything else (an escape, an unknown or repeated key, a number written otherwise, a
 * nested value, an invalid value, a byte-order mark) is left undecided, for `JSON.parse` and
 * `validateEmployeeRow` to decide and explain. The employee has the keys in the order of the
 * line, as `JSON.parse` gives them.
 *
 * @param bytes - The line, without its line break or trailing CR.
 * @returns The employee, or `undefined` when undecided.
 *
 * @example
 * ```ts
 * const line = '{"id":"e1","companyId":"c","homeLocationId":"AZ-DAS","gender":"male","hireDate":"2019-03-01","category":"worker","contract":"permanent","engagement":"employee"}';
 * scanEmployeeLine(Buffer.from(line))?.gender;
 * //=> 'male'
 * scanEmployeeLine(Buffer.from('{"id":"e\\u0031"}'));
 * //=> undefined
 * ```
 *
 * @internal
 */
export function scanEmployeeLine(bytes: Buffer): Employee | undefined {
  if (bytes[0] !== OPEN) return undefined;
  const scan = STATE;
  scan.bytes = bytes;
  const out: Record<string, unknown> = {};
  const seen = readMembers(scan, skipSpace(bytes, 1), out);
  // The state keeps no line (nor the chunk of the file it is part of) once the scan is over.
  scan.bytes = EMPTY;
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
