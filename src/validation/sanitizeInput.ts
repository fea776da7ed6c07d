import { isForbiddenKey } from '../core/forbiddenKeys.js';
import { clipText } from './clipText.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import type { IssueCode } from './validationRules.js';

/**
 * How deep objects and arrays may nest in a dataset input.
 *
 * @internal
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * How many objects and arrays a dataset input may hold.
 *
 * @internal
 */
export const MAX_INPUT_CONTAINERS = 2_000_000;

/**
 * The outcome of {@link sanitizeInput}: a plain-data copy and the issues found on the way.
 *
 * @internal
 */
export interface SanitizedInput {
  /** The copy: plain objects and arrays only, without forbidden keys or unreadable values. */
  readonly value: unknown;
  /** What was reported and left out of the copy. */
  readonly issues: Issue[];
}

const OMIT = Symbol('omit');
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

function kindOf(value: object): string {
  try {
    const tag = Object.prototype.toString.call(value).slice(8, -1);
    return /^[A-Z]/.test(tag) && tag !== 'Object'
      ? `A ${clipText(tag, 60)} object`
      : 'A non-plain object';
  } catch {
    return 'A non-plain object';
  }
}

/** The state of one walk over an input: shared by every step, so nothing is allocated per value. */
interface SanitizeWalk {
  /** What was reported so far, in the order found. */
  readonly issues: Issue[];
  /** The objects and arrays enclosing the value being read. */
  readonly ancestors: Set<object>;
  /** The keys and indices from the root to the value being read. */
  readonly path: (string | number)[];
  /** How many objects and arrays were counted so far. */
  containers: number;
}

/** Pushes an issue at the current path of the walk. */
function report(walk: SanitizeWalk, code: IssueCode, message: string): void {
  walk.issues.push(makeIssue(code, walk.path, message));
}

/** Reads an own data property through its descriptor; {@link OMIT} when it is absent or not data. */
function readOwn(walk: SanitizeWalk, source: object, key: string | symbol): unknown {
  const descriptor = Reflect.getOwnPropertyDescriptor(source, key);
  if (descriptor === undefined) return OMIT;
  if (!('value' in descriptor)) {
    report(walk, 'input.not_json', 'An accessor (getter or setter) property is not JSON data.');
    return OMIT;
  }
  if (descriptor.enumerable !== true) {
    report(walk, 'input.not_json', 'A non-enumerable property is not JSON data.');
    return OMIT;
  }
  return visit(walk, descriptor.value, walk.path.length);
}

/** Reports every own key of an array that is neither `length` nor an index. */
function reportNamedArrayKeys(walk: SanitizeWalk, keys: readonly (string | symbol)[]): void {
  for (const key of keys) {
    if (key === 'length' || (typeof key === 'string' && ARRAY_INDEX.test(key))) continue;
    walk.path.push(String(key));
    report(walk, 'input.not_json', 'A named property on an array is not JSON data.');
    walk.path.pop();
  }
}

/** Copies an array item by item; {@link OMIT} when it has holes. */
function copyArray(walk: SanitizeWalk, source: readonly unknown[]): unknown[] | typeof OMIT {
  const length = source.length;
  const keys = Reflect.ownKeys(source);
  const indices = keys.filter((key) => typeof key === 'string' && ARRAY_INDEX.test(key));
  if (indices.length !== length) {
    report(
      walk,
      'input.not_json',
      `A sparse array (length ${length}, ${length - indices.length} holes) is not JSON data.`,
    );
    return OMIT;
  }
  const out: unknown[] = [];
  reportNamedArrayKeys(walk, keys);
  for (let index = 0; index < length; index++) {
    walk.path.push(index);
    const value = readOwn(walk, source, String(index));
    walk.path.pop();
    out.push(value === OMIT ? undefined : value);
  }
  return out;
}

/** Copies a plain object key by key, leaving out symbol keys, forbidden keys and non-data. */
function copyObject(walk: SanitizeWalk, source: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Reflect.ownKeys(source)) {
    if (typeof key === 'symbol') {
      report(
        walk,
        'input.not_json',
        `A symbol key (${clipText(String(key), 60)}) is not JSON data.`,
      );
      continue;
    }
    walk.path.push(key);
    if (isForbiddenKey(key)) {
      walk.issues.push(
        makeIssue(
          'security.forbidden_key',
          walk.path,
          `The key "${key}" is not allowed: it could reach a prototype.`,
          { key },
        ),
      );
    } else {
      const value = readOwn(walk, source, key);
      if (value !== OMIT) out[key] = value;
    }
    walk.path.pop();
  }
  return out;
}

/** Whether an object's prototype is `null` or a realm's root prototype. */
function hasPlainPrototype(value: object): boolean {
  const prototype: unknown = Reflect.getPrototypeOf(value);
  return (
    prototype === null ||
    (typeof prototype === 'object' && Reflect.getPrototypeOf(prototype) === null)
  );
}

/** Counts one more container; false, reporting the first time only, once the limit is passed. */
function countContainer(walk: SanitizeWalk): boolean {
  walk.containers++;
  if (walk.containers <= MAX_INPUT_CONTAINERS) return true;
  if (walk.containers === MAX_INPUT_CONTAINERS + 1) {
    report(
      walk,
      'input.too_large',
      `The input holds more than ${MAX_INPUT_CONTAINERS} objects and arrays; the rest is not validated.`,
    );
  }
  return false;
}

/** Copies an object or array, unless it is a cycle, too deep, over the limit or not plain. */
function visitContainer(walk: SanitizeWalk, value: object, depth: number): unknown {
  if (walk.ancestors.has(value)) {
    report(walk, 'input.cycle', 'The value contains itself (a cycle).');
    return OMIT;
  }
  if (depth >= MAX_INPUT_DEPTH) {
    report(walk, 'input.too_deep', `Values nest deeper than ${MAX_INPUT_DEPTH} levels.`);
    return OMIT;
  }
  if (!countContainer(walk)) return OMIT;
  const isArray = Array.isArray(value);
  if (!isArray && !hasPlainPrototype(value)) {
    report(walk, 'input.not_json', `${kindOf(value)} is not JSON data.`);
    return OMIT;
  }
  walk.ancestors.add(value);
  try {
    return isArray ? copyArray(walk, value) : copyObject(walk, value);
  } finally {
    walk.ancestors.delete(value);
  }
}

/** Copies any value: primitives as they are, containers through {@link visitContainer}. */
function visit(walk: SanitizeWalk, value: unknown, depth: number): unknown {
  if (typeof value === 'function') {
    report(walk, 'input.not_json', 'A function is not JSON data.');
    return OMIT;
  }
  if (typeof value !== 'object' || value === null) return value;
  try {
    return visitContainer(walk, value, depth);
  } catch {
    report(walk, 'input.unreadable', 'Reading the value threw an error.');
    return OMIT;
  }
}

/**
 * Copies an untrusted input into plain data, reporting everything JSON could not hold.
 *
 * @remarks
 * Never throws and never invokes getters: properties are read through their descriptors.
 * Plain objects (prototype `Object.prototype`, a realm's root prototype, or `null`) and arrays
 * are copied; the keys `__proto__`, `constructor` and `prototype` are reported
 * (`security.forbidden_key`) and left out, so the copy can be handed to any code. Reported and
 * left out as well: non-plain objects, accessor and non-enumerable properties, symbol keys,
 * named properties and holes in arrays (`input.not_json`), references back to an enclosing
 * object (`input.cycle`), nesting beyond {@link MAX_INPUT_DEPTH} (`input.too_deep`), more than
 * {@link MAX_INPUT_CONTAINERS} objects and arrays (`input.too_large`), values whose reading
 * throws (`input.unreadable`) and functions (`input.not_json`). Other primitives are kept for the
 * schema to judge.
 *
 * @param input - The untrusted value.
 * @returns The copy and the issues.
 * @internal
 */
export function sanitizeInput(input: unknown): SanitizedInput {
  const walk: SanitizeWalk = { issues: [], ancestors: new Set(), path: [], containers: 0 };
  const value = visit(walk, input, 0);
  return { value: value === OMIT ? undefined : value, issues: walk.issues };
}
