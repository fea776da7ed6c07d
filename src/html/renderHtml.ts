import { buildReportDocument, type ImpactReport, type ReportDocumentOptions } from '../index.js';
import { chartSpecs, type ReportChart } from './chartSpecs.js';
import { escapeHtml as e } from './escapeHtml.js';
import { renderChartSvg } from './renderChartSvg.js';
import { renderDocumentHtml } from './renderDocumentHtml.js';

const STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}figure{margin:1.5rem 0}figcaption{font-size:.9rem;color:#444}.tag{font-size:.8rem;color:#555}code{font-size:.9em}`;

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

/** The HTML document around the body: charset, the Content-Security-Policy, title and style. */
function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Renders a report as one self-contained HTML page, with its charts drawn as inline SVG.
 *
 * @remarks
 * The page needs nothing else: no script, no stylesheet, no font, no image is fetched, and its
 * Content-Security-Policy (`default-src 'none'`) forbids any request, so it works offline and
 * can be mailed as one file. The charts (workforce origin by economic region, community
 * investment by category and district, projected jobs by year with their ranges) are Vega-Lite
 * specifications rendered to SVG by Vega in Node, not drawn by hand; a chart whose data the
 * report lacks is left out, or replaced (program categories by district when no spend is
 * recorded, the published regional bound when no breakdown by region is). Every text from the
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
  const charts = chartSpecs(report);
  const svgs = await Promise.all(charts.map((chart) => renderChartSvg(chart.spec)));
  const body = renderDocumentHtml(document, chartFigures(charts, svgs));
  return htmlPage(e(document.title), body);
}
