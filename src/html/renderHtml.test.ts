import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { azGazetteer } from '../data/az/index.js';
import { azergoldDataset } from '../data/azergold/index.js';
import { buildImpactReport } from '../report/buildImpactReport.js';
import { escapeHtml } from './escapeHtml.js';
import { renderHtml } from './renderHtml.js';

/** The ids of the chart figures of a page, in order. */
function chartIds(html: string): string[] {
  return [...html.matchAll(/<figure id="([^"]+)"/g)].map((m) => m[1] as string);
}

describe('renderHtml', () => {
  it('renders the AzerGold report as one page with an inline SVG per chart and no script', async () => {
    const report = buildImpactReport(azergoldDataset, {
      asOf: '2025-12-31',
      period: { start: '2025-01-01' },
      gazetteer: azGazetteer,
    });
    const html = await renderHtml(report);
    expect(html).toContain('<title>Impact report: AzerGold CJSC</title>');
    expect(html).not.toMatch(/<script/i);
    // Self-contained: nothing loads from elsewhere (links to the sources are plain anchors).
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|audio|video)\b/i);
    expect(html).not.toMatch(/\ssrc=|url\(/i);
    // No spend is recorded in 2025, so there is no community investment chart (the program
    // categories by district are a table).
    expect(chartIds(html)).toEqual(['chart-workforce-origin', 'chart-projected-jobs']);
    expect(html.match(/<svg/g)?.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('escapes hostile dataset text', async () => {
    const input = baseDataset();
    input.company.name = '<img src=x onerror=alert(1)>';
    const programs = input.programs ?? [];
    input.programs = programs.map((p) => ({ ...p, title: '</td><script>alert(1)</script>' }));
    const report = buildImpactReport(input, {
      asOf: '2024-12-31',
      period: { start: '2024-01-01' },
      now: '2025-11-14',
    });
    const html = await renderHtml(report);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  }, 60_000);

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
  });
});
