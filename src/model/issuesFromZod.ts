import type { z } from 'zod';
import { describeValue } from './describeValue.js';
import type { Issue } from './issue.js';
import { makeIssue } from './makeIssue.js';
import { type IssueCode, validationRules } from './validationRules.js';

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

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Turns the issues of a failed zod parse into {@link Issue}s with JSON Pointer paths.
 *
 * @remarks
 * A refinement's `params.code` becomes the issue code; other zod issues get `schema.<zod code>`
 * (`schema.invalid` when the registry has no such code). An `unrecognized_keys` issue becomes
 * one issue per key, pointing at the key. Each message ends with the offending value as found
 * in `input`.
 *
 * @param issues - The zod issues.
 * @param input - The value that was parsed, to name the offending values.
 * @returns One or more issues per zod issue.
 * @internal
 */
export function issuesFromZod(issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(
          makeIssue(
            'schema.unrecognized_keys',
            [...path, key],
            `The key "${key}" is not part of the model.`,
            {
              key,
            },
          ),
        );
      }
      continue;
    }
    const value = valueAt(input, path);
    const context: Record<string, string | number | boolean | null> = { zodCode: issue.code };
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      value === null
    ) {
      context.value = typeof value === 'string' && value.length > 200 ? value.slice(0, 200) : value;
    }
    if ('expected' in issue && typeof issue.expected === 'string')
      context.expected = issue.expected;
    const message =
      value === undefined
        ? `${sentence(issue.message)} The field is missing.`
        : `${sentence(issue.message)} Found ${describeValue(value)}.`;
    out.push(makeIssue(codeFor(issue), path, message, context));
  }
  return out;
}
