import { isForbiddenKey } from '../core/forbiddenKeys.js';
import { clipText } from './clipText.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';

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
  const issues: Issue[] = [];
  const ancestors = new Set<object>();
  const path: (string | number)[] = [];
  let containers = 0;

  const readOwn = (source: object, key: string | symbol): unknown => {
    const descriptor = Reflect.getOwnPropertyDescriptor(source, key);
    if (descriptor === undefined) return OMIT;
    if (!('value' in descriptor)) {
      issues.push(
        makeIssue(
          'input.not_json',
          path,
          'An accessor (getter or setter) property is not JSON data.',
        ),
      );
      return OMIT;
    }
    if (descriptor.enumerable !== true) {
      issues.push(makeIssue('input.not_json', path, 'A non-enumerable property is not JSON data.'));
      return OMIT;
    }
    return visit(descriptor.value, path.length);
  };

  const copyArray = (source: readonly unknown[]): unknown[] | typeof OMIT => {
    const length = source.length;
    const keys = Reflect.ownKeys(source);
    const indices = keys.filter((key) => typeof key === 'string' && ARRAY_INDEX.test(key));
    if (indices.length !== length) {
      issues.push(
        makeIssue(
          'input.not_json',
          path,
          `A sparse array (length ${length}, ${length - indices.length} holes) is not JSON data.`,
        ),
      );
      return OMIT;
    }
    const out: unknown[] = [];
    for (const key of keys) {
      if (key === 'length' || (typeof key === 'string' && ARRAY_INDEX.test(key))) continue;
      path.push(String(key));
      issues.push(
        makeIssue('input.not_json', path, 'A named property on an array is not JSON data.'),
      );
      path.pop();
    }
    for (let index = 0; index < length; index++) {
      path.push(index);
      const value = readOwn(source, String(index));
      path.pop();
      out.push(value === OMIT ? undefined : value);
    }
    return out;
  };

  const copyObject = (source: object): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const key of Reflect.ownKeys(source)) {
      if (typeof key === 'symbol') {
        issues.push(
          makeIssue(
            'input.not_json',
            path,
            `A symbol key (${clipText(String(key), 60)}) is not JSON data.`,
          ),
        );
        continue;
      }
      path.push(key);
      if (isForbiddenKey(key)) {
        issues.push(
          makeIssue(
            'security.forbidden_key',
            path,
            `The key "${key}" is not allowed: it could reach a prototype.`,
            { key },
          ),
        );
      } else {
        const value = readOwn(source, key);
        if (value !== OMIT) out[key] = value;
      }
      path.pop();
    }
    return out;
  };

  function visit(value: unknown, depth: number): unknown {
    if (typeof value === 'function') {
      issues.push(makeIssue('input.not_json', path, 'A function is not JSON data.'));
      return OMIT;
    }
    if (typeof value !== 'object' || value === null) return value;
    try {
      if (ancestors.has(value)) {
        issues.push(makeIssue('input.cycle', path, 'The value contains itself (a cycle).'));
        return OMIT;
      }
      if (depth >= MAX_INPUT_DEPTH) {
        issues.push(
          makeIssue('input.too_deep', path, `Values nest deeper than ${MAX_INPUT_DEPTH} levels.`),
        );
        return OMIT;
      }
      containers++;
      if (containers > MAX_INPUT_CONTAINERS) {
        if (containers === MAX_INPUT_CONTAINERS + 1) {
          issues.push(
            makeIssue(
              'input.too_large',
              path,
              `The input holds more than ${MAX_INPUT_CONTAINERS} objects and arrays; the rest is not validated.`,
            ),
          );
        }
        return OMIT;
      }
      const isArray = Array.isArray(value);
      if (!isArray) {
        const prototype: unknown = Reflect.getPrototypeOf(value);
        const plain =
          prototype === null ||
          (typeof prototype === 'object' && Reflect.getPrototypeOf(prototype) === null);
        if (!plain) {
          issues.push(makeIssue('input.not_json', path, `${kindOf(value)} is not JSON data.`));
          return OMIT;
        }
      }
      ancestors.add(value);
      try {
        return isArray ? copyArray(value) : copyObject(value);
      } finally {
        ancestors.delete(value);
      }
    } catch {
      issues.push(makeIssue('input.unreadable', path, 'Reading the value threw an error.'));
      return OMIT;
    }
  }

  const value = visit(input, 0);
  return { value: value === OMIT ? undefined : value, issues };
}
