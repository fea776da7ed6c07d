import { markdownText as t } from '../markdownText.js';
import type {
  Inline,
  KeyFiguresBlock,
  ListBlock,
  ReportBlock,
  ReportDocument,
  ReportSection,
  RichText,
  TableBlock,
} from './reportDocument.js';

/** A URL inside `(…)` of a Markdown link: parentheses, spaces and angle brackets encoded. */
function linkTarget(url: string): string {
  return url.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** An anchor line `<a id="…"></a>`: the id's quote and markup characters are encoded. */
function anchorLine(id: string): string {
  return `<a id="${id.replace(/[^A-Za-z0-9._-]/g, '-')}"></a>`;
}

/** One inline piece as Markdown: text escaped, code in backticks, links to anchors or http(s). */
function inline(piece: Inline): string {
  if (typeof piece === 'string') return t(piece);
  if ('code' in piece) return `\`${t(piece.code)}\``;
  if (piece.href.startsWith('#'))
    return `[${t(piece.text)}](#${piece.href.slice(1).replace(/[^A-Za-z0-9._-]/g, '-')})`;
  if (/^https?:\/\//i.test(piece.href)) return `[${t(piece.text)}](${linkTarget(piece.href)})`;
  return t(piece.text);
}

/** A run of rich text as one line of Markdown. */
function rich(text: RichText): string {
  return text.map(inline).join('');
}

/** A table as Markdown lines: anchor, caption, header, separator and rows. */
function tableLines(table: Readonly<TableBlock>): string[] {
  const lines: string[] = [];
  if (table.id !== undefined) lines.push(anchorLine(table.id), '');
  if (table.caption !== undefined) lines.push(t(table.caption), '');
  const align = table.header.map((_, i) => (table.numeric?.[i] === true ? '---:' : '---'));
  lines.push(`| ${table.header.map(t).join(' | ')} |`, `| ${align.join(' | ')} |`);
  for (const row of table.rows) lines.push(`| ${row.map(rich).join(' | ')} |`);
  return lines;
}

/** A list as Markdown lines, each item after its anchor when it has one. */
function listLines(list: Readonly<ListBlock>): string[] {
  return list.items.map((item, i) => {
    const id = list.itemIds?.[i];
    const anchor = id === undefined ? '' : anchorLine(id);
    return `${list.ordered ? `${i + 1}.` : '-'} ${anchor}${rich(item)}`;
  });
}

/** The key figures as a table: figure (linked to its part), value, date or period, sources. */
function keyFigureLines(block: Readonly<KeyFiguresBlock>): string[] {
  return tableLines({
    kind: 'table',
    header: ['Figure', 'Value', 'Date or period', 'Sources'],
    rows: block.figures.map((f) => [
      [{ text: f.label, href: `#${f.anchor}` }],
      [f.value],
      [f.when],
      f.sourceIds.flatMap((id, i): Inline[] => [
        ...(i === 0 ? [] : [', ']),
        { text: id, href: `#source-${id}` },
      ]),
    ]),
    numeric: [false, true, false, false],
  });
}

/** One block as Markdown lines; a chart has none (its figures are in the tables). */
function blockLines(block: Readonly<ReportBlock>): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [rich(block.text)];
    case 'list':
      return listLines(block);
    case 'table':
      return tableLines(block);
    case 'keyFigures':
      return keyFigureLines(block);
    default:
      return [];
  }
}

/** A section and its subsections as Markdown lines, its heading at `level` (at most 6). */
function sectionLines(section: Readonly<ReportSection>, level: number): string[] {
  const lines = [
    '',
    anchorLine(section.id),
    `${'#'.repeat(Math.min(level, 6))} ${t(section.title)}`,
  ];
  for (const block of section.blocks) {
    const body = blockLines(block);
    if (body.length === 0) continue;
    lines.push('');
    for (const line of body) lines.push(line);
  }
  for (const sub of section.sections ?? [])
    for (const line of sectionLines(sub, level + 1)) lines.push(line);
  return lines;
}

/**
 * Renders a report document as Markdown: the title as `#`, sections as `##` and deeper, each
 * heading and linked table after an anchor line `<a id="…"></a>` so that `#indicator-…` and
 * `#source-…` links work, tables as pipe tables (numeric columns right-aligned), the key
 * figures as a table; chart blocks are skipped (their figures are in the tables).
 *
 * @remarks
 * Every text is escaped with `markdownText`: markup characters get a backslash and line breaks
 * become spaces, so a name cannot inject links, HTML or table cells. Links go only to anchors
 * of the document or to `http(s)` URLs (parentheses, spaces and angle brackets encoded);
 * anchors hold only letters, digits, `.`, `_` and `-`.
 *
 * @param document - The document from `buildReportDocument`.
 * @returns The Markdown text, ending with a newline.
 *
 * @example
 * ```ts
 * renderDocumentMarkdown({ title: 'T', locale: 'en', sections: [] });
 * //=> '# T\n'
 * ```
 *
 * @internal
 */
export function renderDocumentMarkdown(document: Readonly<ReportDocument>): string {
  const lines = [`# ${t(document.title)}`];
  for (const section of document.sections)
    for (const line of sectionLines(section, 2)) lines.push(line);
  return `${lines.join('\n')}\n`;
}
