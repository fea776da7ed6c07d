import { describe, expect, it } from 'vitest';
import { ImpactError } from '../core/ImpactError.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { buildImpactReport } from '../report/buildImpactReport.js';
import { chartSpecs } from './chartSpecs.js';
import { loadVega, renderChartSvg } from './renderChartSvg.js';

describe('loadVega', () => {
  it('names the install command when vega or vega-lite is not installed', async () => {
    const missing = new Error("Cannot find package 'vega'");
    const thrown = await loadVega(() => Promise.reject(missing)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ImpactError);
    expect((thrown as ImpactError).code).toBe('MISSING_PEER_DEPENDENCY');
    expect((thrown as ImpactError).message).toBe(
      '[mining-impact] An optional peer dependency this function needs is not installed: the charts of the HTML report need vega and vega-lite: npm install vega vega-lite',
    );
    expect((thrown as ImpactError).cause).toBe(missing);
  });

  it('loads both when they are installed', async () => {
    const [vega, vegaLite] = await loadVega();
    expect(typeof vega.View).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
  });
});

describe('renderChartSvg', () => {
  const report = buildImpactReport(azergoldDataset, {
    asOf: '2025-12-31',
    period: { start: '2025-01-01' },
    gazetteer: azGazetteer,
  });
  const charts = chartSpecs(report);

  it('draws the values on the bars, with a title, a description and a viewBox', async () => {
    const chart = charts.find((c) => c.id === 'chart-workforce-origin');
    if (chart === undefined) throw new Error('no workforce chart');
    const svg = await renderChartSvg(chart);
    // The published bound: at least 2,044 of 2,554 people from the regions, so 2,554 - 2,044 =
    // 510 not stated; each bar carries its number.
    expect(chart.description).toBe(
      'Bar chart of the workforce of 2,554 people by origin: From the regions (at least) 2,044; Not stated 510.',
    );
    expect(svg).toMatch(/>2,044<\/text>/);
    expect(svg).toMatch(/>510<\/text>/);
    expect(svg).toMatch(
      /^<svg [^>]*width="(\d+)" height="(\d+)" viewBox="0 0 \1 \2" role="img" aria-labelledby="chart-workforce-origin-title" aria-describedby="chart-workforce-origin-desc">/,
    );
    expect(svg).toContain(
      `<title id="chart-workforce-origin-title">Workforce origin</title><desc id="chart-workforce-origin-desc">${chart.description}</desc>`,
    );
    // The bars carry no ARIA labels of their own (config aria: false): the SVG is one image.
    expect(svg).not.toContain('aria-label=');
  });

  it('writes the axis and bar numbers in the locale', async () => {
    const chart = chartSpecs(report, 'de').find((c) => c.id === 'chart-workforce-origin');
    if (chart === undefined) throw new Error('no workforce chart');
    const svg = await renderChartSvg(chart, 'de');
    // The bar's 2,044 and the axis tick at 2,000, with the German group separator.
    expect(svg).toMatch(/>2\.044<\/text>/);
    expect(svg).toMatch(/>2\.000<\/text>/);
    expect(svg).not.toMatch(/>2,0[04]{2}<\/text>/);
  });

  it('shows the jobs legend whole, on several lines', async () => {
    const chart = charts.find((c) => c.id === 'chart-projected-jobs');
    if (chart === undefined) throw new Error('no jobs chart');
    const svg = await renderChartSvg(chart);
    // 'Company figure for Filizçay with ICMM employment multipliers: operations (dep-filizcay)'
    // (87 characters) in lines of at most 40 (37, 34 and 14 characters), nothing cut.
    expect(svg).toContain(
      '<tspan>Company figure for Filizçay with ICMM</tspan><tspan x="0" dy="14">employment multipliers: operations</tspan><tspan x="0" dy="14">(dep-filizcay)</tspan>',
    );
    expect(svg).not.toContain('…');
    // A flat run of 3,003 jobs a year from 2025 to 2075: labelled at its two ends only.
    expect(svg.match(/>3,003<\/text>/g)).toHaveLength(2);
  });
});
