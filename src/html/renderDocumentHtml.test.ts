import { describe, expect, it } from 'vitest';
import type { ReportDocument } from '../report/document/reportDocument.js';
import { renderDocumentHtml } from './renderDocumentHtml.js';

const document: ReportDocument = {
  title: 'Impact report: <b>A</b>',
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
              label: 'Production',
              value: 'gold 392,946 ozt',
              when: '2024',
              anchor: 'indicator-deposits-productionSummary',
              sourceIds: ['src-a'],
            },
          ],
        },
      ],
      sections: [
        {
          id: 'indicators-workforce',
          title: 'Workforce',
          blocks: [
            { kind: 'chart', chartId: 'chart-workforce-origin' },
            { kind: 'chart', chartId: 'chart-safety' },
            {
              kind: 'table',
              caption: 'By year',
              header: ['Year', 'Figure'],
              rows: [[['2024'], ['<i>1</i>']]],
              numeric: [false, true],
            },
            {
              kind: 'paragraph',
              text: [
                { text: 'x', href: 'javascript:alert(1)' },
                ' ',
                { text: 'y', href: 'https://e.example/?a="b"' },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('renderDocumentHtml', () => {
  const html = renderDocumentHtml(
    document,
    new Map([['chart-workforce-origin', '<figure id="chart-workforce-origin"></figure>']]),
  );

  it('escapes every text and gives each section its id', () => {
    expect(html.startsWith('<h1>Impact report: &#60;b&#62;A&#60;/b&#62;</h1>')).toBe(true);
    expect(html).toContain('<section id="key-figures"><h2>Key figures</h2>');
    expect(html).toContain('<section id="indicators-workforce"><h3>Workforce</h3>');
  });

  it('writes key figures as a description list', () => {
    expect(html).toContain(
      '<dl class="key-figures"><div><dt><a href="#indicator-deposits-productionSummary">Production</a></dt><dd class="value">gold 392,946 ozt</dd><dd class="when">2024</dd><dd class="tag">Sources: <a href="#source-src-a">src-a</a></dd></div></dl>',
    );
  });

  it('draws a chart that was made and leaves out one that was not', () => {
    expect(html).toContain('<figure id="chart-workforce-origin"></figure>');
    expect(html).not.toContain('chart-safety');
  });

  it('puts tables in their scroll box with numeric cells marked', () => {
    expect(html).toContain(
      '<div class="table-scroll"><table><caption>By year</caption><thead><tr><th scope="col">Year</th><th scope="col" class="num">Figure</th></tr></thead><tbody><tr><td>2024</td><td class="num">&#60;i&#62;1&#60;/i&#62;</td></tr></tbody></table></div>',
    );
  });

  it('links only to anchors and http(s) URLs', () => {
    expect(html).toContain(
      '<p>x <a href="https://e.example/?a=&#34;b&#34;" rel="noreferrer noopener">y</a></p>',
    );
    expect(html).not.toContain('javascript:');
  });
});
