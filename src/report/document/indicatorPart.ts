import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { describeResultIn } from '../describeResult.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { breakdownTables } from './breakdownTables.js';
import { categoryDistrictTable } from './categoryDistrictTable.js';
import { headingOf, joinRich, sourceLinks } from './documentText.js';
import {
  indicatorAnchor,
  type ReportBlock,
  type ReportSection,
  type RichText,
} from './reportDocument.js';

/** The keys of a result in words: `'Level: economicRegion'`. */
function keysWords(keys: Readonly<Record<string, string>> | undefined): string {
  return Object.entries(keys ?? {})
    .map(([dimension, value]) => `${headingOf(dimension)}: ${value}`)
    .join(', ');
}

/** A definition's value as text: scalars as written, lists joined, objects as `name value`. */
function definitionText(value: unknown, fmt: NumberFormatter): string {
  if (Array.isArray(value)) return value.map((v) => definitionText(v, fmt)).join(', ');
  if (typeof value === 'object' && value !== null)
    return Object.entries(value)
      .map(([name, v]) => `${headingOf(name).toLowerCase()} ${definitionText(v, fmt)}`)
      .join(', ');
  return typeof value === 'number' ? fmt.number(value, 4) : String(value);
}

/** The definitions of a result on one line: `'As of: 2025-11-14; basis: summary'`. */
function definitionsLine(
  result: Readonly<IndicatorResult>,
  fmt: NumberFormatter,
): string | undefined {
  const parts = Object.entries(result.definitions)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => `${headingOf(name)}: ${definitionText(value, fmt)}`);
  return parts.length === 0 ? undefined : `Definitions: ${parts.join('; ')}.`;
}

/** The figure of a result in one line; a figure given only by rows points to the tables. */
function figureLine(result: Readonly<IndicatorResult>, fmt: NumberFormatter): string {
  const rows = (result.breakdown ?? []).length;
  const single =
    result.value !== null ||
    result.bounds !== undefined ||
    result.range !== undefined ||
    (result.money ?? []).length > 0;
  if (!single && rows > 0)
    return `Figure: no single figure; the ${rows === 1 ? 'row is' : `${fmt.number(rows)} rows are`} in the table${rows === 1 ? '' : 's'} below.`;
  return `Figure: ${describeResultIn(result, fmt)}.`;
}

/** The blocks of one result: its keys, figure, definitions and breakdown tables. */
function resultBlocks(
  result: Readonly<IndicatorResult>,
  several: boolean,
  fmt: NumberFormatter,
): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const keys = keysWords(result.keys);
  const figure = figureLine(result, fmt);
  blocks.push({
    kind: 'paragraph',
    text: [several && keys !== '' ? `${keys}. ${figure}` : figure],
  });
  const definitions = definitionsLine(result, fmt);
  if (definitions !== undefined) blocks.push({ kind: 'paragraph', text: [definitions] });
  const pivot =
    result.indicatorId === 'community.categoryCoverage'
      ? categoryDistrictTable(result, fmt)
      : undefined;
  for (const table of breakdownTables(result, fmt)) {
    // The rows by district and category read better as one grid of districts × categories.
    if (pivot !== undefined && table.header[0] === 'District' && table.header[1] === 'Category')
      blocks.push(pivot);
    else blocks.push(table);
  }
  return blocks;
}

/**
 * The part of a report document that presents one indicator: for each of its results (one per
 * level, location, projection…), the figure, the definitions and every breakdown row as a
 * table; then the standards, the sources and the notes. Extra blocks (a chart, a table of
 * money by program) come after the figures.
 *
 * @param results - The indicator's results, in report order (at least one).
 * @param fmt - The formatter of the numbers.
 * @param extra - Blocks shown after the results.
 * @returns The section, with the anchor {@link indicatorAnchor} of the indicator id.
 *
 * @example
 * ```ts
 * indicatorPart([result], numberFormatter('en')).id;
 * //=> 'indicator-workforce-newHireRate'
 * ```
 *
 * @internal
 */
export function indicatorPart(
  results: readonly Readonly<IndicatorResult>[],
  fmt: NumberFormatter,
  extra: readonly ReportBlock[] = [],
): ReportSection {
  const first = results[0];
  const id = first?.indicatorId ?? 'unknown';
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: ['Indicator ', { code: id }, '.'] }];
  for (const result of results)
    for (const block of resultBlocks(result, results.length > 1, fmt)) blocks.push(block);
  for (const block of extra) blocks.push(block);
  const standards = [...new Set(results.flatMap((r) => r.standards))];
  const sources = [...new Set(results.flatMap((r) => r.sourceIds))].sort();
  const line: RichText = joinRich(
    [
      [
        `Standards: ${standards.length === 0 ? 'none (the library’s own indicator)' : standards.join(', ')}.`,
      ],
      ['Sources: ', ...sourceLinks(sources), '.'],
    ],
    ' ',
  );
  blocks.push({ kind: 'paragraph', text: line });
  const notes = [...new Set(results.flatMap((r) => r.notes))];
  if (notes.length > 0) blocks.push({ kind: 'list', ordered: false, items: notes.map((n) => [n]) });
  return { id: indicatorAnchor(id), title: first?.title ?? id, blocks };
}
