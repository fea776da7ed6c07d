import type * as z from 'zod';
import { appendAll } from '../core/appendAll.js';
import { clipText } from './clipText.js';
import { describeValue } from './describeValue.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import { type IssueCode, validationRules } from './validationRules.js';

/** The longest string an issue's context repeats from the input. */
const MAX_CONTEXT_STRING = 200;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol')
      return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key as string];
  }
  return current;
}

function codeFor(issue: z.core.$ZodIssue): IssueCode {
  if (issue.code === 'custom') {
    const code: unknown = issue.params?.code;
    return typeof code === 'string' && Object.hasOwn(validationRules, code)
      ? (code as IssueCode)
      : 'schema.invalid';
  }
  const code = `schema.${issue.code}`;
  return Object.hasOwn(validationRules, code) ? (code as IssueCode) : 'schema.invalid';
}

/** Whether the input does not fit a union option at all: a type error at the option's root. */
function misfits(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.some(
    (issue) =>
      issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union'),
  );
}

function signature(issues: readonly z.core.$ZodIssue[]): string {
  return JSON.stringify(issues.map((issue) => [issue.code, issue.path.map(String)]));
}

/**
 * The issues of the one shape a value given to a union was meant to have, with their full paths,
 * or `null` when no shape fits or several fit with different problems.
 */
function narrowUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] | null {
  if (issue.code !== 'invalid_union') return null;
  const typed = issue.errors.filter((branch) => branch.length > 0 && !misfits(branch));
  // A shape that does not know some of the value's keys was not the one meant, when another
  // shape knows them all (`{ min: "42" }` is a count's bounds, not an approximate count).
  const known = typed.filter((branch) => !branch.some((i) => i.code === 'unrecognized_keys'));
  const fitting = known.length > 0 ? known : typed;
  const [first] = fitting;
  if (first === undefined || fitting.some((branch) => signature(branch) !== signature(first))) {
    return null;
  }
  return first.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Turns the issues of a failed zod parse into {@link Issue}s with JSON Pointer paths.
 *
 * @remarks
 * A refinement's `params.code` becomes the issue code; other zod issues get `schema.<zod code>`
 * (`schema.invalid` when the registry has no such code). A union issue is replaced by the issues
 * of the shape the value was meant to have, when the value's type fits one shape only, a shape
 * that does not know some of the value's keys counting as not fitting when another knows them all
 * (bounds `{ min: "42" }` of a count give `schema.invalid_type` at `…/min`) or every shape it fits reports
 * the same problem (an id with a space given to a party id gives `schema.invalid_format`). A
 * length issue at a path that already has the wrong type is left out (zod measures the length of
 * an array given for a string). An `unrecognized_keys` issue becomes
 * one issue per key, pointing at the key. Each message ends with the offending value as found
 * in `input`, in a few words; the context repeats a string value or key up to 200 code units, and
 * names a number JSON cannot hold (`'NaN'`, `'Infinity'`) as a string.
 *
 * @param issues - The zod issues.
 * @param input - The value that was parsed, to name the offending values.
 * @returns One or more issues per zod issue.
 * @internal
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const narrowed = narrowUnion(issue);
    if (narrowed !== null) {
      appendAll(out, issuesFromZod(narrowed, input));
      continue;
    }
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(
          makeIssue(
            'schema.unrecognized_keys',
            [...path, key],
            `The key ${describeValue(key)} is not part of the model.`,
            { key: clipText(key, MAX_CONTEXT_STRING) },
          ),
        );
      }
      continue;
    }
    const value = valueAt(input, path);
    const context: Record<string, string | number | boolean | null> = { zodCode: issue.code };
    if (typeof value === 'string') context.value = clipText(value, MAX_CONTEXT_STRING);
    // NaN and ±Infinity are named, never passed on: an issue holds JSON data only.
    else if (typeof value === 'number')
      context.value = Number.isFinite(value) ? value : String(value);
    else if (typeof value === 'boolean' || value === null) context.value = value;
    if ('expected' in issue && typeof issue.expected === 'string')
      context.expected = issue.expected;
    const message =
      value === undefined
        ? `${sentence(issue.message)} The field is missing.`
        : `${sentence(issue.message)} Found ${describeValue(value)}.`;
    out.push(makeIssue(codeFor(issue), path, message, context));
  }
  // zod checks the length of anything that has one: an empty array where a name belongs is also
  // "too small". The wrong type says it all.
  const wrongType = new Set(
    out.filter((issue) => issue.code === 'schema.invalid_type').map((issue) => issue.path),
  );
  return out.filter(
    (issue) =>
      !(
        (issue.code === 'schema.too_small' || issue.code === 'schema.too_big') &&
        wrongType.has(issue.path)
      ),
  );
}
