/// <reference types="node" />
// Runs the hostile-input corpus. Each case states its exact outcome; every case also has to:
// - throw nothing but an ImpactError whose code the function documents under `@throws`;
// - leave Object.prototype, Array.prototype, Function.prototype (and the other built-in
//   prototypes below) exactly as they were;
// - leave its input unchanged;
// - report issues that conform to the Issue schema with the severity of their rule, and whose
//   messages stay short whatever the size of the input;
// - for datasets, keep the valid records next to a bad one: without the bad records the same
//   input validates with no issue, and every record is in the parsed data.
import { describe, expect, it } from 'vitest';
import { isImpactError } from '../../src/core/ImpactError.js';
import { type Issue, IssueSchema } from '../../src/validation/issue.js';
import { issuesFromZod } from '../../src/validation/issuesFromZod.js';
import { validateDataset } from '../../src/validation/validateDataset.js';
import { validationRules } from '../../src/validation/validationRules.js';
import { NOW } from '../fixtures/baseDataset.js';
import { callCases } from './callCases.js';
import type { CallCase, CorpusCase, DatasetCase, ExpectedIssue, ValueCase } from './corpusCase.js';
import { datasetCases } from './datasetCases.js';
import { documentedThrows } from './documentedThrows.js';
import { datasetFields, datasetSchema, entitySpecs, fieldCases } from './fieldCases.js';
import { expectPrototypesUnchanged, snapshotPrototypes } from './prototypes.js';
import { siteCases } from './siteCases.js';
import { textCases } from './textCases.js';
import { valueCases } from './valueCases.js';

// The cases that pin messages come first: under mutation testing a run stops at the first
// failing case, so the sharpest ones kill a mutant soonest.
const corpus: readonly CorpusCase[] = [
  ...textCases,
  ...siteCases,
  ...datasetCases,
  ...fieldCases,
  ...valueCases,
  ...callCases,
];

// --- helpers ----------------------------------------------------------------------------------

/** A serialization of the input to compare before and after, or `null` when JSON cannot hold it. */
function serialize(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

function byPathThenCode(
  a: { readonly code: string; readonly path: string },
  b: { readonly code: string; readonly path: string },
): number {
  return a.path === b.path ? (a.code < b.code ? -1 : 1) : a.path < b.path ? -1 : 1;
}

function codesAndPaths(
  issues: readonly { readonly code: string; readonly path: string }[],
): { code: string; path: string }[] {
  return issues.map(({ code, path }) => ({ code, path })).sort(byPathThenCode);
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Removes the values at the given JSON Pointers (array items by index, object keys). */
function removeAll(root: unknown, pointers: readonly string[]): unknown {
  // Remove later array items first, so that earlier indices stay valid.
  const sorted = [...pointers].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  for (const pointer of sorted) {
    const segments = pointer.split('/').slice(1).map(unescapeSegment);
    const last = segments.pop() as string;
    let parent: unknown = root;
    for (const segment of segments) parent = (parent as Record<string, unknown>)[segment];
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete (parent as Record<string, unknown>)[last];
  }
  return root;
}

/** Runs a call and returns what it threw, or `undefined` with the result. */
function attempt(call: () => unknown): { thrown: unknown; threw: boolean; result: unknown } {
  try {
    return { thrown: undefined, threw: false, result: call() };
  } catch (error) {
    return { thrown: error, threw: true, result: undefined };
  }
}

/** Compares the message and context of the issues whose expectation pins the message. */
function expectTexts(actual: readonly Issue[], expected: readonly ExpectedIssue[]): void {
  for (const want of expected) {
    if (want.message === undefined) continue;
    const found = actual.filter((issue) => issue.code === want.code && issue.path === want.path);
    expect(found, `${want.code} ${want.path}`).toHaveLength(1);
    expect(found[0]?.message).toBe(want.message);
    expect(found[0]?.context).toEqual(want.context);
  }
}

const LONE_SURROGATE = /\p{Cs}/u;

function checkIssueShapes(issues: readonly unknown[]): void {
  for (const issue of issues) {
    const parsed = IssueSchema.parse(issue);
    const rule = validationRules[parsed.code as keyof typeof validationRules];
    expect(rule, parsed.code).toBeDefined();
    expect(parsed.severity).toBe(rule.severity);
    // A message names the offending value in a few words, never the whole value.
    expect(parsed.message.length).toBeLessThanOrEqual(400);
    expect(JSON.stringify(parsed.context ?? {}).length).toBeLessThanOrEqual(600);
    // No half of a surrogate pair: messages and context survive any UTF-8 encoder.
    for (const text of [parsed.message, ...Object.values(parsed.context ?? {})]) {
      if (typeof text === 'string') expect(LONE_SURROGATE.test(text), text).toBe(false);
    }
  }
}

/** Every number in a value is finite: no NaN, no Infinity reaches a result. */
function expectFiniteNumbers(value: unknown, path = ''): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `number at ${path || '(root)'}`).toBe(true);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      expectFiniteNumbers(item, `${path}/${index}`);
    });
  } else if (typeof value === 'object' && value !== null && !(value instanceof Map)) {
    for (const [key, item] of Object.entries(value)) expectFiniteNumbers(item, `${path}/${key}`);
  }
}

// --- the runs ---------------------------------------------------------------------------------

function runDataset(c: DatasetCase): void {
  const input = c.input();
  const before = serialize(input);
  const prototypes = snapshotPrototypes();
  const { thrown, threw, result } = attempt(() =>
    validateDataset(input, { now: NOW, ...c.options }),
  );
  expectPrototypesUnchanged(prototypes);
  expect(threw ? thrown : undefined).toBeUndefined();
  const validation = result as ReturnType<typeof validateDataset>;
  expect(codesAndPaths(validation.issues)).toEqual(codesAndPaths(c.issues));
  expectTexts(validation.issues, c.issues);
  checkIssueShapes(validation.issues);
  expect(validation.valid).toBe(
    c.issues.every((issue) => validationRules[issue.code].severity !== 'error'),
  );
  expect(serialize(input)).toBe(before);
  if (validation.data !== undefined) expectFiniteNumbers(validation.data);
  if (c.data !== undefined) {
    expect(validation.data, 'the case checks data, so the structure must be valid').toBeDefined();
    c.data(validation.data as NonNullable<typeof validation.data>);
  }

  if (c.bad !== undefined && c.bad.length > 0) {
    const clean = removeAll(c.input(), c.bad) as Record<string, unknown>;
    const kept = validateDataset(clean, { now: NOW, ...c.options });
    expect(kept.issues).toEqual([]);
    const data = kept.data as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(clean)) {
      if (Array.isArray(value)) expect((data[key] as unknown[]).length, key).toBe(value.length);
    }
  }
}

function runValue(c: ValueCase): void {
  const before = serialize(c.input);
  const prototypes = snapshotPrototypes();
  const { thrown, threw, result } = attempt(() => c.schema.safeParse(c.input));
  expectPrototypesUnchanged(prototypes);
  expect(threw ? thrown : undefined).toBeUndefined();
  const parsed = result as ReturnType<typeof c.schema.safeParse>;
  const issues = parsed.success ? [] : issuesFromZod(parsed.error.issues, c.input);
  expect(codesAndPaths(issues)).toEqual(codesAndPaths(c.issues));
  expectTexts(issues, c.issues);
  checkIssueShapes(issues);
  expect(serialize(c.input)).toBe(before);
}

function runCall(c: CallCase): void {
  const prototypes = snapshotPrototypes();
  const { thrown, threw, result } = attempt(c.call);
  expectPrototypesUnchanged(prototypes);
  if (c.throws === undefined) {
    expect(threw ? thrown : undefined).toBeUndefined();
    expectFiniteNumbers(result);
    c.returns?.(result);
    return;
  }
  expect(threw, 'the call returned instead of throwing').toBe(true);
  if (!isImpactError(thrown, c.throws)) throw thrown;
  expect(documentedThrows(c.fn)).toContain(c.throws);
  if (c.message !== undefined) expect(thrown.message).toBe(c.message);
  expect(thrown.message.length).toBeLessThanOrEqual(400);
}

describe('the hostile-input corpus', () => {
  it('has at least 200 cases with unique names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('lists every field of every entity in the field tables', () => {
    for (const spec of entitySpecs) {
      const shape = (spec.schema as unknown as { shape: Record<string, unknown> }).shape;
      expect(Object.keys(spec.fields).sort(), spec.entity).toEqual(Object.keys(shape).sort());
    }
    const shape = (datasetSchema as unknown as { shape: Record<string, unknown> }).shape;
    expect(Object.keys(datasetFields).sort()).toEqual(Object.keys(shape).sort());
  });

  it.each(
    corpus.filter((c): c is DatasetCase => c.kind === 'dataset').map((c) => [c.name, c] as const),
  )('dataset: %s', (_, c) => {
    runDataset(c);
  });

  it.each(
    corpus.filter((c): c is ValueCase => c.kind === 'value').map((c) => [c.name, c] as const),
  )('value: %s', (_, c) => {
    runValue(c);
  });

  it.each(corpus.filter((c): c is CallCase => c.kind === 'call').map((c) => [c.name, c] as const))(
    'call: %s',
    (_, c) => {
      runCall(c);
    },
  );
});
