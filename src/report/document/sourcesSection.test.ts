import { describe, expect, it } from 'vitest';
import { minimalDataset } from '../../../test/fixtures/exampleDatasets.js';
import type { SourceId } from '../../core/ids.js';
import { buildImpactReport } from '../buildImpactReport.js';
import { numberFormatter } from '../numberFormatter.js';
import { factsSection } from './factsSection.js';
import { griContentIndexSection } from './griContentIndexSection.js';
import { sourcesSection } from './sourcesSection.js';
import { validationSection } from './validationSection.js';

const minimal = buildImpactReport(minimalDataset, {
  asOf: '2025-06-30',
  period: { start: '2025-01-01' },
});
const de = numberFormatter('de');

describe('sourcesSection', () => {
  it('anchors each source at source-<id>, with its link, publisher, date and note', () => {
    const section = sourcesSection(
      {
        ...minimal,
        sources: [
          {
            id: 'src-a' as SourceId,
            title: 'Annual report',
            url: 'https://e.example/a.pdf',
            publisher: 'Miner',
            publishedOn: '2025-03-01',
            reliability: 'verified',
            note: 'Page 4.',
            citedBy: ['workforce'],
          },
        ],
      },
      de,
    );
    expect(section.blocks).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          [
            { code: 'src-a' },
            ': ',
            { text: 'Annual report', href: 'https://e.example/a.pdf' },
            '. Miner; published 01.03.2025; reliability: verified; cited by workforce. Note: Page 4.',
          ],
        ],
        itemIds: ['source-src-a'],
      },
    ]);
  });

  it('says when there are no sources, facts or issues', () => {
    const empty = {
      ...minimal,
      sources: [],
      facts: [],
      validation: { ...minimal.validation, issues: [] },
    };
    expect(sourcesSection(empty, de).blocks).toEqual([
      { kind: 'paragraph', text: ['The dataset cites no sources.'] },
    ]);
    expect(factsSection(empty).blocks).toEqual([
      { kind: 'paragraph', text: ['No facts are stated.'] },
    ]);
    expect(validationSection(empty, de).blocks).toEqual([
      { kind: 'paragraph', text: ['No issues.'] },
    ]);
  });
});

describe('validationSection', () => {
  it('counts the issues by code, in the order codes first appear', () => {
    const issue = (code: string) => ({ code, severity: 'info' as const, path: '/x', message: 'm' });
    const section = validationSection(
      {
        ...minimal,
        validation: { ...minimal.validation, issues: [issue('b.x'), issue('a.y'), issue('b.x')] },
      },
      de,
    );
    expect(section.blocks[0]).toEqual({
      kind: 'table',
      header: ['Code', 'Severity', 'Count'],
      rows: [
        [[{ code: 'b.x' }], ['info'], ['2']],
        [[{ code: 'a.y' }], ['info'], ['1']],
      ],
      numeric: [false, false, true],
    });
  });
});

describe('griContentIndexSection', () => {
  it('lists each disclosure with its status and indicators', () => {
    const section = griContentIndexSection({
      ...minimal,
      griContentIndex: [
        {
          disclosure: 'GRI 2-7',
          title: 'Employees',
          status: 'reported',
          indicators: [{ indicatorId: 'workforce.a', title: 'A', status: 'reported' }],
        },
        { disclosure: 'GRI 1-1', status: 'notReported', reason: 'notApplicable', indicators: [] },
      ],
    });
    expect(section.id).toBe('gri-content-index');
    const table = section.blocks[0];
    expect(table?.kind === 'table' ? table.rows : []).toEqual([
      [['GRI 2-7'], ['Employees'], ['reported'], [{ code: 'workforce.a' }, ' (reported)']],
      [['GRI 1-1'], [''], ['not reported (not applicable)'], []],
    ]);
  });
});
