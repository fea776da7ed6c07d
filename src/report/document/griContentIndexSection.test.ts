import { describe, expect, it } from 'vitest';
import { baseDataset } from '../../../test/fixtures/baseDataset.js';
import { buildImpactReport } from '../buildImpactReport.js';
import type { ImpactReport } from '../impactReport.js';
import { griContentIndexSection } from './griContentIndexSection.js';
import type { TableBlock } from './reportDocument.js';

const report = buildImpactReport(baseDataset(), {
  asOf: '2024-12-31',
  period: { start: '2024-01-01', end: '2024-12-31' },
  now: '2025-11-14',
  gri: {
    omissions: {
      '207-4': { reason: 'confidentialityConstraints', explanation: 'Commercially sensitive.' },
    },
  },
});

/** The content index table of a section. */
function tableOf(section: ReturnType<typeof griContentIndexSection>): TableBlock {
  const table = section.blocks.find((b): b is TableBlock => b.kind === 'table');
  if (table === undefined) throw new Error('no table');
  return table;
}

describe('griContentIndexSection (GRI 1: Foundation 2021, Requirement 7)', () => {
  const section = griContentIndexSection(report);

  it('opens with the statement of use, the GRI 1 used and the sector standard', () => {
    expect(section.id).toBe('gri-content-index');
    expect(section.blocks.slice(0, 3)).toEqual([
      {
        kind: 'paragraph',
        text: [
          'Statement of use: ',
          'Example Mining CJSC has reported the information cited in this GRI content index for the period 2024-01-01 to 2024-12-31 with reference to the GRI Standards.',
        ],
      },
      { kind: 'paragraph', text: ['GRI 1 used: ', 'GRI 1: Foundation 2021'] },
      {
        kind: 'paragraph',
        text: [
          'Applicable GRI Sector Standard: ',
          'GRI 14: Mining Sector 2024 (GRI 14 is in effect for reporting from 2026-01-01; this period starts on 2024-01-01, before that day, so using it here is early adoption.)',
        ],
      },
    ]);
  });

  it('has the template’s columns and one row per disclosure', () => {
    const table = tableOf(section);
    expect(table.header).toEqual([
      'GRI Standard',
      'Disclosure',
      'Location',
      'Requirement(s) omitted',
      'Reason',
      'Explanation',
      'GRI Sector Standard ref. no.',
    ]);
    expect(table.rows).toHaveLength(report.griContentIndex.entries.length);
    // The declared confidentiality covers the four items of 207-4, none of which is presented.
    const tax = table.rows.find((r) => r[1]?.[0] === '207-4 Country-by-country reporting');
    expect(tax).toEqual([
      ['GRI 207: Tax 2019'],
      ['207-4 Country-by-country reporting'],
      [{ text: 'Not reported', href: '#not-reported' }],
      ['207-4-a, 207-4-b, 207-4-b-viii, 207-4-c'],
      ['Confidentiality constraints'],
      ['Commercially sensitive.'],
      ['14.23'],
    ]);
  });

  it('links a presented disclosure to the indicators that present it', () => {
    const entry = report.griContentIndex.entries.find((e) => e.location[0] !== 'not-reported');
    expect(entry).toBeDefined();
    const row = tableOf(section).rows.find(
      (r) => r[1]?.[0] === `${entry?.disclosure.slice(4)} ${entry?.title}`,
    );
    const first = entry?.location[0] as string;
    const title = entry?.indicators.find(
      (i) => `indicator-${i.indicatorId.replace(/[^A-Za-z0-9-]/g, '-')}` === first,
    )?.title;
    expect(row?.[2]?.[0]).toEqual({ text: title, href: `#${first}` });
  });

  it('lists the GRI 14 topics with their disclosures', () => {
    const topics = section.sections?.[0];
    expect(topics?.id).toBe('gri-sector-topics');
    const table = topics?.blocks[0] as TableBlock;
    expect(table.header).toEqual(['Topic', 'Disclosures', 'Indicators']);
    expect(table.rows.map((r) => r[0]?.[0])).toEqual([
      '14.8 Closure and rehabilitation',
      '14.9 Economic impacts',
      '14.10 Local communities',
      '14.12 Land and resource rights',
      '14.16 Occupational health and safety',
      '14.17 Employment practices',
      '14.21 Non-discrimination and equal opportunity',
      '14.23 Payments to governments',
    ]);
    expect(table.rows[1]?.[1]).toEqual(['201-1, 202-2, 203-1, 203-2, 204-1']);
  });

  it('gives the period’s statement without a note from 2026 on', () => {
    const later: ImpactReport = {
      ...report,
      griContentIndex: {
        ...report.griContentIndex,
        sectorStandards: [{ title: 'GRI 14: Mining Sector 2024', effectiveFrom: '2026-01-01' }],
      },
    };
    expect(griContentIndexSection(later).blocks[2]).toEqual({
      kind: 'paragraph',
      text: ['Applicable GRI Sector Standard: ', 'GRI 14: Mining Sector 2024'],
    });
  });
});
