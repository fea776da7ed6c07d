import type {
  Inline,
  KeyFiguresBlock,
  ListBlock,
  ReportBlock,
  ReportDocument,
  ReportSection,
  RichText,
  TableBlock,
} from '../report/document/reportDocument.js';
import { escapeHtml as e } from './escapeHtml.js';

/** An id attribute value: only letters, digits, `.`, `_` and `-`, then escaped. */
function idOf(id: string): string {
  return e(id.replace(/[^A-Za-z0-9._-]/g, '-'));
}

/** One inline piece as HTML: text escaped, code in `<code>`, links to anchors or http(s) URLs. */
function inline(piece: Inline): string {
  if (typeof piece === 'string') return e(piece);
  if ('code' in piece) return `<code>${e(piece.code)}</code>`;
  if (piece.href.startsWith('#'))
    return `<a href="#${idOf(piece.href.slice(1))}">${e(piece.text)}</a>`;
  if (/^https?:\/\//i.test(piece.href))
    return `<a href="${e(piece.href)}" rel="noreferrer noopener">${e(piece.text)}</a>`;
  return e(piece.text);
}

/** A run of rich text as HTML. */
function rich(text: RichText): string {
  return text.map(inline).join('');
}

/** A table in its own scrolling box, numeric cells with `class="num"`. */
function tableHtml(table: Readonly<TableBlock>): string {
  const num = (i: number) => (table.numeric?.[i] === true ? ' class="num"' : '');
  const id = table.id === undefined ? '' : ` id="${idOf(table.id)}"`;
  const caption = table.caption === undefined ? '' : `<caption>${e(table.caption)}</caption>`;
  const head = table.header.map((h, i) => `<th scope="col"${num(i)}>${e(h)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${num(i)}>${rich(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="table-scroll"><table${id}>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A list; items with anchors carry them as ids. */
function listHtml(list: Readonly<ListBlock>): string {
  const tag = list.ordered ? 'ol' : 'ul';
  const items = list.items
    .map((item, i) => {
      const id = list.itemIds?.[i];
      return `<li${id === undefined ? '' : ` id="${idOf(id)}"`}>${rich(item)}</li>`;
    })
    .join('');
  return `<${tag}>${items}</${tag}>`;
}

/** The key figures as a description list: label (linked to its part), value, date, sources. */
function keyFiguresHtml(block: Readonly<KeyFiguresBlock>): string {
  const items = block.figures
    .map((f) => {
      const sources =
        f.sourceIds.length === 0
          ? 'no source'
          : f.sourceIds.map((id) => inline({ text: id, href: `#source-${id}` })).join(', ');
      return `<div><dt><a href="#${idOf(f.anchor)}">${e(f.label)}</a></dt><dd class="value">${e(f.value)}</dd><dd class="when">${e(f.when)}</dd><dd class="tag">Sources: ${sources}</dd></div>`;
    })
    .join('');
  return `<dl class="key-figures">${items}</dl>`;
}

/** One block as HTML; a chart block is the chart's figure when there is one, else nothing. */
function blockHtml(block: Readonly<ReportBlock>, charts: ReadonlyMap<string, string>): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${rich(block.text)}</p>`;
    case 'list':
      return listHtml(block);
    case 'table':
      return tableHtml(block);
    case 'keyFigures':
      return keyFiguresHtml(block);
    default:
      return charts.get(block.chartId) ?? '';
  }
}

/** A section as HTML: `<section id>` with its heading at `level` (at most 6) and subsections. */
function sectionHtml(
  section: Readonly<ReportSection>,
  level: number,
  charts: ReadonlyMap<string, string>,
): string {
  const h = `h${Math.min(level, 6)}`;
  const parts = [`<section id="${idOf(section.id)}"><${h}>${e(section.title)}</${h}>`];
  for (const block of section.blocks) parts.push(blockHtml(block, charts));
  for (const sub of section.sections ?? []) parts.push(sectionHtml(sub, level + 1, charts));
  parts.push('</section>');
  return parts.filter((p) => p !== '').join('\n');
}

/**
 * Renders a report document as the body of an HTML page: the title as `<h1>`, each section as
 * a `<section>` whose id is the section's anchor, tables inside `<div class="table-scroll">`
 * with numeric cells `class="num"`, the key figures as `<dl class="key-figures">`, and each
 * chart block replaced by the chart's `<figure>` from `charts` (by chart id), or by nothing
 * when the report had no data for that chart.
 *
 * @remarks
 * Every text is escaped; links go only to anchors of the page or to `http(s)` URLs (with
 * `rel="noreferrer noopener"`); ids hold only letters, digits, `.`, `_` and `-`.
 *
 * @param document - The document from `buildReportDocument`.
 * @param charts - The `<figure>` HTML of each chart drawn, by chart id.
 * @returns The HTML of the body.
 *
 * @example
 * ```ts
 * renderDocumentHtml({ title: 'T', locale: 'en', sections: [] }, new Map());
 * //=> '<h1>T</h1>'
 * ```
 *
 * @internal
 */
export function renderDocumentHtml(
  document: Readonly<ReportDocument>,
  charts: ReadonlyMap<string, string>,
): string {
  const parts = [`<h1>${e(document.title)}</h1>`];
  for (const section of document.sections) parts.push(sectionHtml(section, 2, charts));
  return parts.join('\n');
}
