import type { ImpactReport } from '../impactReport.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { anchorOf } from './documentText.js';
import type { ReportSection, RichText } from './reportDocument.js';

type ReportSource = ImpactReport['sources'][number];

/** One source: id, linked title, publisher, date, reliability, the collections citing it, note. */
function sourceItem(source: Readonly<ReportSource>, fmt: NumberFormatter): RichText {
  const parts = [
    source.publisher,
    source.publishedOn === undefined ? undefined : `published ${fmt.date(source.publishedOn)}`,
    `reliability: ${source.reliability ?? 'not stated'}`,
    source.citedBy.length === 0 ? undefined : `cited by ${source.citedBy.join(', ')}`,
  ].filter((p) => p !== undefined);
  const title = source.url === undefined ? source.title : { text: source.title, href: source.url };
  const note = source.note === undefined ? '' : ` Note: ${source.note}`;
  return [{ code: source.id }, ': ', title, `. ${parts.join('; ')}.${note}`];
}

/**
 * The Sources section of a report document: every source of the dataset, each item the target
 * of the links `#source-<id>`.
 *
 * @param report - The report.
 * @param fmt - The formatter of the dates.
 * @returns The section `sources`.
 *
 * @example
 * ```ts
 * sourcesSection(report, numberFormatter('en')).id;
 * //=> 'sources'
 * ```
 *
 * @internal
 */
export function sourcesSection(
  report: Readonly<ImpactReport>,
  fmt: NumberFormatter,
): ReportSection {
  if (report.sources.length === 0)
    return {
      id: 'sources',
      title: 'Sources',
      blocks: [{ kind: 'paragraph', text: ['The dataset cites no sources.'] }],
    };
  return {
    id: 'sources',
    title: 'Sources',
    blocks: [
      {
        kind: 'list',
        ordered: false,
        items: report.sources.map((s) => sourceItem(s, fmt)),
        itemIds: report.sources.map((s) => anchorOf('source', s.id)),
      },
    ],
  };
}
