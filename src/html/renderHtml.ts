import { buildReportDocument, type ImpactReport, type ReportDocumentOptions } from '../index.js';
import { chartSpecs, type ReportChart } from './chartSpecs.js';
import { escapeHtml as e } from './escapeHtml.js';
import { htmlPage } from './htmlPage.js';
import { renderChartSvg } from './renderChartSvg.js';
import { renderDocumentHtml } from './renderDocumentHtml.js';

/** The `<figure>` of each chart, by chart id: its heading, the SVG (same index) and caption. */
function chartFigures(
  charts: readonly ReportChart[],
  svgs: readonly string[],
): ReadonlyMap<string, string> {
  const figures = new Map<string, string>();
  charts.forEach((chart, i) => {
    figures.set(
      chart.id,
      `<figure id="${e(chart.id)}"><h3>${e(chart.title)}</h3>${svgs[i] ?? ''}<figcaption>${e(chart.caption)}</figcaption></figure>`,
    );
  });
  return figures;
}

/**
 * Renders a report as one self-contained HTML page, with its charts drawn as inline SVG.
 *
 * @remarks
 * The page needs nothing else: no script, no stylesheet, no font, no image is fetched, and its
 * Content-Security-Policy (`default-src 'none'`) forbids any request, so it works offline and
 * can be mailed as one file. The charts (workforce origin by economic region, community
 * investment by category and district, projected jobs by year with their ranges) are Vega-Lite
 * specifications rendered to SVG by Vega in Node, not drawn by hand, with their values on the
 * bars and a title and description for screen readers; a chart whose data the report lacks is
 * left out (community investment when no spend is recorded: the document lists the program
 * categories by district as a table), or replaced (the published regional bound when no
 * breakdown by region is). Every text from the
 * dataset is escaped. The page draws the report document of
 * {@link mining-impact!buildReportDocument}, the same sections as
 * {@link mining-impact!renderMarkdown}: each section is a `<section>` with its anchor as id,
 * tables scroll in their own box, the key figures are a description list, and each chart
 * stands where the document places it.
 *
 * @param report - The report from {@link mining-impact!buildImpactReport}.
 * @param options - `locale`: the locale of the numbers and dates, `'en'` by default.
 * @returns The HTML document.
 * @throws {@link mining-impact!ImpactError} `INVALID_ARGUMENT` when the locale is malformed or
 * not supported.
 *
 * @example
 * ```ts
 * import { renderHtml } from 'mining-impact/html';
 *
 * const html = await renderHtml(report);
 * html.startsWith('<!doctype html>');
 * //=> true
 * ```
 *
 * @category Reports
 */
export async function renderHtml(
  report: Readonly<ImpactReport>,
  options: Readonly<ReportDocumentOptions> = {},
): Promise<string> {
  const document = buildReportDocument(report, options);
  const locale = options.locale ?? 'en';
  const charts = chartSpecs(report, locale);
  const svgs = await Promise.all(charts.map((chart) => renderChartSvg(chart, locale)));
  const body = renderDocumentHtml(document, chartFigures(charts, svgs));
  return htmlPage(e(document.title), body);
}
