import type { ImpactReport } from '../impactReport.js';
import type { ReportSection } from './reportDocument.js';

/** Each status in words. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  dataAbsent: 'data absent',
  notApplicable: 'not applicable',
  failed: 'computation failed',
  notComputed: 'not computed',
};

/**
 * The Not reported section of a report document: every catalog indicator the report holds no
 * figure for, with its status and its cause (the coverage `detail`). The indicators with a
 * figure are in the Indicators section only.
 *
 * @param report - The report.
 * @returns The section `not-reported`.
 *
 * @example
 * ```ts
 * notReportedSection(report).id;
 * //=> 'not-reported'
 * ```
 *
 * @internal
 */
export function notReportedSection(report: Readonly<ImpactReport>): ReportSection {
  const missing = report.coverage.filter((c) => c.status !== 'reported');
  if (missing.length === 0)
    return {
      id: 'not-reported',
      title: 'Not reported',
      blocks: [{ kind: 'paragraph', text: ['Every indicator of the catalog is reported.'] }],
    };
  return {
    id: 'not-reported',
    title: 'Not reported',
    blocks: [
      {
        kind: 'table',
        header: ['Indicator', 'Status', 'Why'],
        rows: missing.map((c) => [
          [`${c.title} (`, { code: c.indicatorId }, ')'],
          [STATUS_WORDS[c.status] ?? c.status],
          [c.detail ?? ''],
        ]),
      },
    ],
  };
}
