import { describe, expect, it } from 'vitest';
import { renderDocumentMarkdown } from './renderDocumentMarkdown.js';
import type { ReportDocument } from './reportDocument.js';

const document: ReportDocument = {
  title: 'Impact report: A|B',
  locale: 'en',
  sections: [
    {
      id: 'key-figures',
      title: 'Key figures',
      blocks: [
        {
          kind: 'keyFigures',
          figures: [
            {
              label: 'People employed',
              value: 'at least 2,201',
              when: '2020-08-19',
              anchor: 'eiti-economic-contribution',
              sourceIds: ['src-a'],
            },
          ],
        },
        { kind: 'chart', chartId: 'chart-workforce-origin' },
      ],
      sections: [
        {
          id: 'indicator-x-y',
          title: 'X *bold*',
          blocks: [
            {
              kind: 'paragraph',
              text: [
                'See ',
                { code: 'x.y' },
                ' and ',
                { text: 'evil', href: 'javascript:alert(1)' },
              ],
            },
            {
              kind: 'table',
              id: 'table-1',
              caption: 'By year; figures: counts.',
              header: ['Year', 'Figure'],
              rows: [[['2024'], ['1,001 | 2']]],
              numeric: [false, true],
            },
            {
              kind: 'list',
              ordered: false,
              items: [[{ text: 'Report (2024)', href: 'https://e.example/a b(1)' }]],
              itemIds: ['source-src"a'],
            },
            { kind: 'list', ordered: true, items: [['first'], ['second']] },
          ],
        },
      ],
    },
  ],
};

describe('renderDocumentMarkdown', () => {
  const md = renderDocumentMarkdown(document);

  it('writes headings after their anchors, one level per depth', () => {
    expect(
      md.startsWith('# Impact report: A\\|B\n\n<a id="key-figures"></a>\n## Key figures\n'),
    ).toBe(true);
    expect(md).toContain('<a id="indicator-x-y"></a>\n### X \\*bold\\*\n');
  });

  it('writes the key figures as a table linked to their parts and sources; charts as nothing', () => {
    expect(md).toContain(
      '| [People employed](#eiti-economic-contribution) | at least 2,201 | 2020-08-19 | [src-a](#source-src-a) |',
    );
    expect(md).not.toContain('chart');
  });

  it('escapes text, right-aligns numeric columns, anchors tables and list items', () => {
    expect(md).toContain(
      '<a id="table-1"></a>\n\nBy year; figures: counts.\n\n| Year | Figure |\n| --- | ---: |\n| 2024 | 1,001 \\| 2 |',
    );
    // Only http(s) and in-document links are links; the URL's space and brackets are encoded.
    expect(md).toContain('See `x.y` and evil');
    expect(md).toContain(
      '- <a id="source-src-a"></a>[Report (2024)](https://e.example/a%20b%281%29)',
    );
    expect(md).toContain('1. first\n2. second\n');
    expect(md.endsWith('\n')).toBe(true);
  });
});
