import { describe, expect, it } from 'vitest';
import { fekolaDataset } from '../../../test/realData/fekola.js';
import { isImpactError } from '../../core/ImpactError.js';
import { buildImpactReport } from '../buildImpactReport.js';
import { renderMarkdown } from '../renderMarkdown.js';
import { buildReportDocument } from './buildReportDocument.js';
import type { ReportSection } from './reportDocument.js';

const report = buildImpactReport(fekolaDataset, {
  asOf: '2022-12-31',
  period: { start: '2020-01-01' },
  now: '2025-11-14',
  metalUnit: 'ozt',
});

/** Every section id of a document, depth first. */
function ids(sections: readonly ReportSection[]): string[] {
  return sections.flatMap((s) => [s.id, ...ids(s.sections ?? [])]);
}

describe('buildReportDocument', () => {
  it('lays the sections out in order, each id once', () => {
    const document = buildReportDocument(report);
    expect(document.title).toBe('Impact report: Fekola S.A.');
    expect(document.locale).toBe('en');
    expect(document.sections.map((s) => s.id)).toEqual([
      'about',
      'key-figures',
      'facts',
      'indicators',
      'not-reported',
      'gri-content-index',
      'eiti',
      'validation',
      'sources',
    ]);
    const all = ids(document.sections);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('indicator-deposits-productionSummary');
    expect(all).toContain('indicator-deposits-resourceReserveStatement');
    expect(all).toContain('program-money');
  });

  it('places the charts in their families', () => {
    const workforce = buildReportDocument(report)
      .sections.find((s) => s.id === 'indicators')
      ?.sections?.find((s) => s.id === 'indicators-workforce');
    expect(workforce?.blocks).toEqual([{ kind: 'chart', chartId: 'chart-workforce-origin' }]);
  });

  it('writes numbers and dates in the locale, words in English', () => {
    const md = renderMarkdown(report, { locale: 'de' });
    // 2,697 / 2,792 = 0.965974…: 0,966 and 96,6 % in German; 2,697 as 2.697.
    expect(md).toContain('Figure: 0,966 (96,6 %, 2.697 / 2.792).');
    // Production of 2022: 598,661 ozt; the day 2022-12-31 as 31.12.2022.
    expect(md).toContain(
      '| [Production](#indicator-deposits-productionSummary) | gold 598.661 ozt | 2022 |',
    );
    expect(md).toContain('- As of 31.12.2022. Reporting period: 01.01.2020 to 31.12.2022.');
    expect(md).toContain('numbers and dates in locale de. Rounding:');
  });

  it('throws INVALID_ARGUMENT for a locale it cannot use', () => {
    let caught: unknown;
    try {
      buildReportDocument(report, { locale: 'not a locale' });
    } catch (error) {
      caught = error;
    }
    expect(isImpactError(caught, 'INVALID_ARGUMENT')).toBe(true);
  });
});
