// Issue 21, fault 14: a program result of actual 1.797e308 printed "Infinity %" in Markdown,
// CSV and HTML: the progress is finite, but 100 times it is not.
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/html/renderHtml.js';
import { buildImpactReport } from '../../src/report/buildImpactReport.js';
import { describeResult } from '../../src/report/describeResult.js';
import { renderCsv } from '../../src/report/renderCsv.js';
import { renderMarkdown } from '../../src/report/renderMarkdown.js';
import { baseDataset, NOW } from '../fixtures/baseDataset.js';

const OPTIONS = {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: NOW,
};

describe('a share or ratio too large for a percentage', () => {
  it('never prints Infinity %', async () => {
    const dataset = baseDataset();
    const program = dataset.programs?.[0];
    const [result] = program?.results ?? [];
    if (program === undefined || result === undefined) throw new Error('base has a result');
    const big = {
      ...dataset,
      programs: [{ ...program, results: [{ ...result, target: 1, actual: 1.797e308 }] }],
    };
    const report = buildImpactReport(big, OPTIONS);
    const progress = report.indicators.find((r) => r.indicatorId === 'community.resultProgress');
    if (progress === undefined) throw new Error('the progress is computed');
    expect(describeResult(progress)).toBe('1.797E308 (too large for a percentage, 1.797E308 / 1)');
    for (const text of [renderMarkdown(report), renderCsv(report), await renderHtml(report)]) {
      expect(text).not.toContain('Infinity');
      expect(text).not.toContain('NaN');
    }
  });
});
