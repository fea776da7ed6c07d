import { ImpactError } from '../core/ImpactError.js';
import { accessibleSvg } from './accessibleSvg.js';
import type { ReportChart } from './chartSpecs.js';
import { vegaNumberLocale } from './chartText.js';

/** The command that installs what the charts need. */
const INSTALL = 'npm install vega vega-lite';

/**
 * Loads vega and vega-lite, optional peer dependencies of the package.
 *
 * @param load - Imports both (replaced in tests to stand for a missing package).
 * @throws {@link ImpactError} `MISSING_PEER_DEPENDENCY` naming the install command when either is
 * missing.
 * @internal
 */
export async function loadVega(
  load: () => Promise<[typeof import('vega'), typeof import('vega-lite')]> = () =>
    Promise.all([import('vega'), import('vega-lite')]),
): Promise<[typeof import('vega'), typeof import('vega-lite')]> {
  try {
    return await load();
  } catch (error) {
    throw new ImpactError(
      'MISSING_PEER_DEPENDENCY',
      `the charts of the HTML report need vega and vega-lite: ${INSTALL}`,
      { cause: error },
    );
  }
}

/**
 * Renders a chart of the report to an accessible SVG string, headlessly.
 *
 * @remarks
 * vega-lite compiles the specification to Vega; a Vega `View` with no renderer draws it with
 * `toSVG()`, which needs no canvas and no browser. Text is measured by vega's estimate, so no
 * font is loaded. Both libraries are imported on first use, so loading `mining-impact/html`
 * costs nothing until a chart is drawn. They are optional peer dependencies: without them this
 * throws `MISSING_PEER_DEPENDENCY` with the install command. Axis numbers follow `locale`. The SVG then gets the chart's title
 * and description for screen readers and a `viewBox` to scale by ({@link accessibleSvg}).
 *
 * @param chart - The chart: its id, title, description and Vega-Lite specification (data inline).
 * @param locale - The locale of the axis numbers (BCP 47), `'en'` by default.
 * @returns The `<svg>` element as text.
 * @throws {@link ImpactError} `MISSING_PEER_DEPENDENCY` when vega or vega-lite is not installed.
 * @internal
 */
export async function renderChartSvg(chart: Readonly<ReportChart>, locale = 'en'): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const compiled = vegaLite.compile(chart.spec as never).spec;
  // The View reads `locale` as d3 locale definitions (`{ number, time }`, passed to vega's
  // `locale()`), not as the formatters vega-typings declare.
  const options = { renderer: 'none', locale: { number: vegaNumberLocale(locale) } } as const;
  const view = new vega.View(vega.parse(compiled), options as unknown as { renderer: 'none' });
  try {
    return accessibleSvg(await view.toSVG(), chart);
  } finally {
    view.finalize();
  }
}
