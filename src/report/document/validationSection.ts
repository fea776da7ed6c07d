import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import type { ReportSection } from './reportDocument.js';

/**
 * The Validation section of a report document: the issues counted by code, in the order the
 * codes first appear.
 *
 * @param report - The report.
 * @param fmt - The formatter of the numbers.
 * @returns The section `validation`.
 *
 * @example
 * ```ts
 * validationSection(report, numberFormatter('en')).id;
 * //=> 'validation'
 * ```
 *
 * @internal
 */
export function validationSection(
  report: Readonly<ImpactReport>,
  fmt: NumberFormatter,
): ReportSection {
  const byCode = new Map<string, { severity: string; count: number }>();
  for (const issue of report.validation.issues) {
    const entry = byCode.get(issue.code) ?? { severity: issue.severity, count: 0 };
    entry.count++;
    byCode.set(issue.code, entry);
  }
  if (byCode.size === 0)
    return {
      id: 'validation',
      title: 'Validation',
      blocks: [{ kind: 'paragraph', text: ['No issues.'] }],
    };
  return {
    id: 'validation',
    title: 'Validation',
    blocks: [
      {
        kind: 'table',
        header: ['Code', 'Severity', 'Count'],
        rows: [...byCode].map(([code, e]) => [[{ code }], [e.severity], [fmt.number(e.count)]]),
        numeric: [false, false, true],
      },
    ],
  };
}
