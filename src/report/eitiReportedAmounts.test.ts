// The EITI 6.1 section with amounts reported for a period: a row with a period instead of a
// date, "not stated" where the sources are silent, and the amounts reported apart in the notes.
import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../test/fixtures/baseDataset.js';
import { renderHtml } from '../html/renderHtml.js';
import { buildImpactReport } from './buildImpactReport.js';
import { ImpactReportSchema } from './impactReport.js';
import { renderMarkdown } from './renderMarkdown.js';

/** The base dataset's school program, reporting its 2024 spending as a total for the year. */
function datasetWithReportedAmounts() {
  const dataset = baseDataset();
  const [school] = dataset.programs ?? [];
  if (school === undefined) throw new Error('the base dataset has a program');
  dataset.programs = [
    {
      ...school,
      obligation: 'notStated',
      reportedAmounts: [
        // USD 781,000 = 78,100,000 cents; it holds the disbursement of 2024-03-01.
        {
          basis: 'spent',
          period: { start: '2024' },
          value: { amountMinor: 78_100_000, currency: 'USD' },
          phrase: 'USD 781,000 in 2024',
          sourceIds: ['src-report'],
        },
        // Over USD 1 million (at least 100,000,001 cents) for 2024-2025: across the end of 2024.
        {
          basis: 'spent',
          period: { start: '2024', end: '2025' },
          value: { min: 100_000_001, currency: 'USD' },
          phrase: 'over USD 1 million in 2024-2025',
          sourceIds: ['src-report'],
        },
      ],
    },
  ];
  return dataset;
}

const report = buildImpactReport(datasetWithReportedAmounts(), {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: '2025-11-14',
});

describe('the EITI 6.1 section with reported amounts', () => {
  it('lists the reported amount with its period, and the flow it holds not again', () => {
    const s61 = report.eiti.socialExpenditures;
    expect(s61.rows).toEqual([
      {
        programId: 'prog-school',
        program: 'School repair',
        period: { start: '2024', end: '2024' },
        // EITI 6.1.a: the amount names no recipient: not stated (ngo-1 only implements).
        beneficiaryIds: [],
        beneficiaryStated: false,
        expenditure: 'social',
        primaryPurpose: 'notStated',
        obligation: 'notStated',
        form: 'cash',
        value: { amountMinor: 78_100_000, currency: 'USD' },
        deemedValue: false,
        phrase: 'USD 781,000 in 2024',
      },
    ]);
    expect(s61.mandatory).toEqual([]);
    expect(s61.voluntary).toEqual([]);
    expect(s61.notStated).toEqual([{ amountMinor: 78_100_000, currency: 'USD' }]);
    expect(s61.notes).toContain(
      'Amounts spent over a period that runs across an end of the report period are not counted and never prorated: prog-school: at least USD 1,000,000.01 from 2024 to 2025 ("over USD 1 million in 2024-2025").',
    );
    expect(s61.notes).toContain(
      'Flows within the period of a reported amount that counts are held by it and not counted again: prog-school (2024-03-01).',
    );
    expect(ImpactReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('states the reported amount as a fact with its words', () => {
    const fact = report.facts.find((f) => f.id === 'programs.reportedAmounts.0.0');
    expect(fact).toMatchObject({
      statement: 'School repair: USD 781,000.00 spent in 2024, published as "USD 781,000 in 2024".',
      phrase: 'USD 781,000 in 2024',
      path: '/programs/0/reportedAmounts/0',
    });
  });

  it('renders the period, "not stated" and the published words in Markdown and HTML', async () => {
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '| 2024 | School repair | not stated | not stated | cash | USD 781,000.00 (“USD 781,000 in 2024”) |',
    );
    const html = await renderHtml(report);
    expect(html).toContain(
      '<td>2024</td><td>School repair</td><td>not stated</td><td>not stated</td><td>cash</td><td class="num">USD 781,000.00 (“USD 781,000 in 2024”)</td>',
    );
  });
});
