import type { ChartSpec } from './chartSpecs.js';

/**
 * Renders a Vega-Lite specification to an SVG string, headlessly.
 *
 * @remarks
 * vega-lite compiles the specification to Vega; a Vega `View` with no renderer draws it with
 * `toSVG()`, which needs no canvas and no browser. Text is measured by vega's estimate, so no
 * font is loaded. Both libraries are imported on first use, so loading `mining-impact/html`
 * costs nothing until a chart is drawn.
 *
 * @param spec - The specification, with its data inline.
 * @returns The `<svg>` element as text.
 * @internal
 */
export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
