import type { Issue, IssueSeverity } from './issue.js';

/**
 * The issues of one code, counted, with the paths of the first few.
 *
 * @example
 * ```ts
 * const entry: IssueCodeSummary = { code: 'ref.missing', severity: 'error', count: 2, paths: ['/sites/0/locationId', '/sites/1/locationId'] };
 * ```
 *
 * @category Validation
 */
export interface IssueCodeSummary {
  /** The issue code. */
  readonly code: string;
  /** The severity of the code. */
  readonly severity: IssueSeverity;
  /** How many issues have the code. */
  readonly count: number;
  /** The paths of the first issues (at most `SUMMARY_PATH_LIMIT`), in report order. */
  readonly paths: readonly string[];
}

/**
 * The counts of a validation: issues by severity, and by code.
 *
 * @example
 * ```ts
 * const summary: ValidationSummary = summarizeIssues([]);
 * summary.errors;
 * //=> 0
 * ```
 *
 * @category Validation
 */
export interface ValidationSummary {
  /** The number of errors. */
  readonly errors: number;
  /** The number of warnings. */
  readonly warnings: number;
  /** The number of informational issues. */
  readonly infos: number;
  /** One entry per code present, errors first, then warnings, then info; by code within each. */
  readonly byCode: readonly IssueCodeSummary[];
}

/**
 * How many paths a {@link IssueCodeSummary} keeps.
 *
 * @example
 * ```ts
 * SUMMARY_PATH_LIMIT;
 * //=> 5
 * ```
 *
 * @category Validation
 */
export const SUMMARY_PATH_LIMIT = 5;

const SEVERITY_ORDER: Readonly<Record<IssueSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Groups issues by code with counts and the first paths, and counts them by severity.
 *
 * @param issues - The issues, in report order.
 * @returns The summary.
 *
 * @example
 * ```ts
 * summarizeIssues([
 *   { code: 'ref.missing', severity: 'error', path: '/sites/0/locationId', message: 'No entity has the id "x".' },
 * ]);
 * //=> { errors: 1, warnings: 0, infos: 0, byCode: [{ code: 'ref.missing', severity: 'error', count: 1, paths: ['/sites/0/locationId'] }] }
 * ```
 *
 * @category Validation
 */
export function summarizeIssues(issues: readonly Readonly<Issue>[]): ValidationSummary {
  const counts: Record<IssueSeverity, number> = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<
    string,
    { code: string; severity: IssueSeverity; count: number; paths: string[] }
  >();
  for (const issue of issues) {
    counts[issue.severity]++;
    const entry = byCode.get(issue.code);
    if (entry === undefined) {
      byCode.set(issue.code, {
        code: issue.code,
        severity: issue.severity,
        count: 1,
        paths: [issue.path],
      });
    } else {
      entry.count++;
      if (entry.paths.length < SUMMARY_PATH_LIMIT) entry.paths.push(issue.path);
    }
  }
  const entries = [...byCode.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  return { errors: counts.error, warnings: counts.warning, infos: counts.info, byCode: entries };
}
