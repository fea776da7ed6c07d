// Invariants of dataset validation on generated inputs: the input is never changed and the answer
// never varies, no forbidden key reaches a prototype or the parsed data, and every issue points
// into the input it describes.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { FORBIDDEN_KEYS } from '../../src/core/forbiddenKeys.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { NOW } from '../fixtures/baseDataset.js';
import { garbage, nearValidDataset, validDataset } from '../fixtures/datasetArbitraries.js';
import { propertyRuns } from '../fixtures/propertyRuns.js';

const anyInput = fc.oneof(validDataset, nearValidDataset, garbage);

/** Every plain object in a JSON value, the root included. */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (typeof value !== 'object' || value === null) return out;
  if (!Array.isArray(value)) out.push(value as Record<string, unknown>);
  for (const item of Object.values(value)) objectsIn(item, out);
  return out;
}

/**
 * A valid dataset with forbidden keys added to objects at any depth, as own enumerable data
 * properties: what JSON.parse makes of `{"__proto__": …}`.
 */
const pollutedDataset = fc
  .tuple(
    validDataset,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...FORBIDDEN_KEYS)), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([dataset, keys]) => {
    const copy = JSON.parse(JSON.stringify(dataset)) as unknown;
    const objects = objectsIn(copy);
    for (const [at, key] of keys) {
      Object.defineProperty(objects[at % objects.length], key, {
        value: { polluted: true, toString: 1 },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return copy;
  });

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Follows own properties only, as a JSON document would; `undefined` when a step is missing. */
function resolve(root: unknown, segments: readonly string[]): { found: boolean; value: unknown } {
  let current = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) {
      return { found: false, value: undefined };
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return { found: true, value: current };
}

function hasForbiddenKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.keys(value).some(
    (key) =>
      FORBIDDEN_KEYS.includes(key) || hasForbiddenKey((value as Record<string, unknown>)[key]),
  );
}

describe('validateDataset', () => {
  test.prop([anyInput], { numRuns: propertyRuns(500) })(
    'never changes its input and always gives the same answer',
    (input) => {
      const before = JSON.stringify(input);
      const first = validateDataset(input, { now: NOW });
      expect(JSON.stringify(input)).toBe(before);
      expect(validateDataset(input, { now: NOW })).toEqual(first);
    },
  );

  test.prop([pollutedDataset], { numRuns: propertyRuns(300) })(
    'never lets a forbidden key reach a prototype or the parsed data',
    (input) => {
      const { issues, data, valid } = validateDataset(input, { now: NOW });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.toString).toBe(Object.prototype.toString);
      expect(issues.some((issue) => issue.code === 'security.forbidden_key')).toBe(true);
      expect(valid).toBe(false);
      if (data !== undefined) expect(hasForbiddenKey(data)).toBe(false);
    },
  );

  test.prop([anyInput], { numRuns: propertyRuns(500) })(
    'reports every issue at a place in the input: the issue’s value, or the object it is missing from',
    (input) => {
      for (const issue of validateDataset(input, { now: NOW }).issues) {
        const segments =
          issue.path === '' ? [] : issue.path.slice(1).split('/').map(unescapeSegment);
        const at = resolve(input, segments);
        const parent = resolve(input, segments.slice(0, -1));
        expect(at.found || (parent.found && typeof parent.value === 'object'), issue.path).toBe(
          true,
        );
      }
    },
  );
});
