import type { Issue } from './issue.js';
import { jsonPointer } from './jsonPointer.js';
import { type IssueCode, validationRules } from './validationRules.js';

/**
 * Builds an {@link Issue} for a registered code, taking the severity from the registry.
 *
 * @param code - The issue code.
 * @param path - The keys and indices from the root of the input.
 * @param message - What is wrong, naming the offending value.
 * @param context - The values involved, when useful.
 * @returns The issue.
 * @internal
 */
export function makeIssue(
  code: IssueCode,
  path: readonly (string | number)[],
  message: string,
  context?: Readonly<Record<string, string | number | boolean | null>>,
): Issue {
  return {
    code,
    severity: validationRules[code].severity,
    path: jsonPointer(path),
    message,
    ...(context === undefined ? {} : { context: { ...context } }),
  };
}
