import type { Inline, RichText } from './reportDocument.js';

/**
 * An anchor made of a prefix and a dataset id: every character other than a letter, digit,
 * hyphen, dot or underscore becomes a hyphen, so the anchor is safe in any output format.
 *
 * @param prefix - The kind of target, e.g. `'source'`.
 * @param id - The dataset id, e.g. `'src-trend-4117320'`.
 * @returns E.g. `'source-src-trend-4117320'`.
 *
 * @example
 * ```ts
 * anchorOf('source', 'src a/b');
 * //=> 'source-src-a-b'
 * ```
 *
 * @internal
 */
export function anchorOf(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '-')}`;
}

/**
 * Source ids as links to their items in the Sources section, separated by commas; `no source`
 * when there are none.
 *
 * @param ids - The source ids.
 * @returns The inline pieces.
 *
 * @example
 * ```ts
 * sourceLinks(['src-a']);
 * //=> [{ text: 'src-a', href: '#source-src-a' }]
 * ```
 *
 * @internal
 */
export function sourceLinks(ids: readonly string[]): Inline[] {
  if (ids.length === 0) return ['no source'];
  const pieces: Inline[] = [];
  ids.forEach((id, i) => {
    if (i > 0) pieces.push(', ');
    pieces.push({ text: id, href: `#${anchorOf('source', id)}` });
  });
  return pieces;
}

/**
 * A camelCase dimension or field name as a heading: `'economicRegion'` → `'Economic region'`.
 *
 * @param name - The name.
 * @returns The heading, first letter capital.
 *
 * @example
 * ```ts
 * headingOf('reportingCode');
 * //=> 'Reporting code'
 * ```
 *
 * @internal
 */
export function headingOf(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Joins pieces of rich text with a separator between them.
 *
 * @param parts - The pieces.
 * @param separator - The text between two pieces.
 * @returns One run of rich text.
 *
 * @example
 * ```ts
 * joinRich([['a'], [{ code: 'b' }]], '; ');
 * //=> ['a', '; ', { code: 'b' }]
 * ```
 *
 * @internal
 */
export function joinRich(parts: readonly RichText[], separator: string): Inline[] {
  const out: Inline[] = [];
  parts.forEach((part, i) => {
    if (i > 0) out.push(separator);
    for (const piece of part) out.push(piece);
  });
  return out;
}
