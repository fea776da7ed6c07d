import { buildReportDocument, type ReportDocumentOptions } from './document/buildReportDocument.js';
import { renderDocumentMarkdown } from './document/renderDocumentMarkdown.js';
import type { ImpactReport } from './impactReport.js';

/**
 * Renders a report as Markdown: about the report, key figures, facts with their sources, every
 * indicator with every row of its breakdown, what is not reported and why, the GRI content
 * index, the EITI sections, validation and the sources.
 *
 * @remarks
 * The layout is the report document of `buildReportDocument`, the same the HTML renderer draws.
 * Every text from the dataset is escaped ({@link ImpactReport} strings are untrusted): markup
 * characters get a backslash and line breaks become spaces, so a name cannot inject links,
 * HTML or table cells. Headings and tables that are link targets follow an anchor line
 * (`<a id="indicator-workforce-newHireRate"></a>`), so the links of the key figures, the
 * sources and the content index work. Numbers and dates follow `locale` (`'en'` by default,
 * through `Intl.NumberFormat`); the words stay English. The output ends with a newline and
 * reads well in a terminal.
 *
 * @param report - The report from {@link buildImpactReport}.
 * @param options - The locale of the numbers and dates.
 * @returns The Markdown document.
 * @throws {@link ImpactError} `INVALID_ARGUMENT` when the locale is malformed or not supported.
 *
 * @example
 * ```ts
 * renderMarkdown(report).split('\n')[0];
 * //=> '# Impact report: AzerGold CJSC'
 * ```
 *
 * @category Reports
 */
export function renderMarkdown(
  report: Readonly<ImpactReport>,
  options: Readonly<ReportDocumentOptions> = {},
): string {
  return renderDocumentMarkdown(buildReportDocument(report, options));
}
