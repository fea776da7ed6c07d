import type { ImpactReport } from '../impactReport.js';
import type { ReportSection, RichText } from './reportDocument.js';

/** Each status in words. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  reported: 'reported',
  notReported: 'not reported',
  dataAbsent: 'data absent',
  notApplicable: 'not applicable',
  computationFailed: 'computation failed',
  failed: 'computation failed',
  notComputed: 'not computed',
};

/**
 * The GRI content index section of a report document: each disclosure with its title, its
 * status (with the reason when not reported) and the indicators behind it.
 *
 * @param report - The report.
 * @returns The section `gri-content-index`.
 *
 * @example
 * ```ts
 * griContentIndexSection(report).id;
 * //=> 'gri-content-index'
 * ```
 *
 * @category Reports
 */
export function griContentIndexSection(report: Readonly<ImpactReport>): ReportSection {
  return {
    id: 'gri-content-index',
    title: 'GRI content index',
    blocks: [
      {
        kind: 'table',
        header: ['Disclosure', 'Title', 'Status', 'Indicators'],
        rows: report.griContentIndex.map((entry) => {
          const indicators: RichText = entry.indicators.flatMap((i, n) => [
            ...(n === 0 ? [] : [', ']),
            { code: i.indicatorId },
            ` (${STATUS_WORDS[i.status] ?? i.status})`,
          ]);
          return [
            [entry.disclosure],
            [entry.title ?? ''],
            [
              entry.status === 'reported'
                ? 'reported'
                : `not reported (${STATUS_WORDS[entry.reason ?? 'dataAbsent'] ?? entry.reason})`,
            ],
            indicators,
          ];
        }),
      },
    ],
  };
}
