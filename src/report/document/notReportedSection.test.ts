import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import { buildImpactReport } from '../buildImpactReport.js';
import { notReportedSection } from './notReportedSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});

describe('notReportedSection', () => {
  it('lists each indicator without a figure once, with its status and cause', () => {
    const section = notReportedSection({
      ...minimal,
      coverage: [
        { indicatorId: 'a.b', title: 'A', status: 'reported', results: 1 },
        {
          indicatorId: 'c.d',
          title: 'C',
          status: 'notApplicable',
          detail: 'The denominator is zero: f.',
          results: 1,
        },
        { indicatorId: 'e.f', title: 'E', status: 'failed', results: 0 },
      ],
    });
    expect(section.blocks).toEqual([
      {
        kind: 'table',
        header: ['Indicator', 'Status', 'Why'],
        rows: [
          [['C (', { code: 'c.d' }, ')'], ['not applicable'], ['The denominator is zero: f.']],
          [['E (', { code: 'e.f' }, ')'], ['computation failed'], ['']],
        ],
      },
    ]);
  });

  it('says so when every indicator is reported', () => {
    expect(notReportedSection({ ...minimal, coverage: [] }).blocks).toEqual([
      { kind: 'paragraph', text: ['Every indicator of the catalog is reported.'] },
    ]);
  });
});
