import type { BreakdownRow } from '../../indicators/contract/breakdownRow.js';
import type { IndicatorResult } from '../../indicators/contract/indicatorResult.js';
import { categoryLabel } from '../categoryLabel.js';
import { describeResultIn } from '../describeResult.js';
import type { NumberFormatter } from '../numberFormatter.js';
import { headingOf } from './documentText.js';
import type { RichText, TableBlock } from './reportDocument.js';

/**
 * The unit of a result's figures, as a caption says it.
 *
 * @param result - The indicator result.
 * @returns E.g. `'shares of 1, with the percentage'`, `'quantities in ozt'`.
 *
 * @example
 * ```ts
 * unitWords({ ...result, unit: 'quantity', quantityUnit: 'ha' });
 * //=> 'quantities in ha'
 * ```
 *
 * @internal
 */
export function unitWords(result: Readonly<IndicatorResult>): string {
  switch (result.unit) {
    case 'share':
      return 'shares of 1, with the percentage';
    case 'ratio':
      return 'ratios, with the percentage';
    case 'count':
      return 'counts';
    case 'money':
      return 'amounts in their currencies';
    case 'index':
      return 'index values from 0 to 1';
    case 'years':
      return 'years';
    default:
      return result.quantityUnit === undefined
        ? 'quantities'
        : `quantities in ${result.quantityUnit}`;
  }
}

/** A row's key value as shown: categories by their label, other values as given. */
function keyCell(dimension: string, value: string): string {
  return dimension === 'category' ? categoryLabel(value) : value;
}

/**
 * The figure of a breakdown row in words: its money, else its value, bounds or range in the
 * result's unit (the row's own quantity unit first), else why it has none.
 *
 * @param result - The result the row belongs to.
 * @param row - The row.
 * @param fmt - The formatter of the numbers.
 * @returns E.g. `'598,661 ozt'`, `'between 0 and 999'`, `'AZN 188,300,000.00'`.
 *
 * @example
 * ```ts
 * rowFigure(result, { keys: { year: '2024' }, value: 829 }, numberFormatter('en'));
 * ```
 *
 * @internal
 */
export function rowFigure(
  result: Readonly<IndicatorResult>,
  row: Readonly<BreakdownRow>,
  fmt: NumberFormatter,
): string {
  if (row.money !== undefined && row.money.length > 0)
    return row.money.map((m) => fmt.money(m)).join('; ');
  return describeResultIn(
    {
      ...result,
      keys: undefined,
      value: row.value,
      reason: row.reason,
      quantityUnit: row.quantityUnit ?? result.quantityUnit,
      bounds: row.bounds,
      range: row.range,
      ratio: undefined,
      money: undefined,
      breakdown: undefined,
    },
    fmt,
  );
}

/** A ratio's parts, `'2,697 / 2,792'`, with its value when it is not the row's own. */
function ratioCell(row: Readonly<BreakdownRow>, fmt: NumberFormatter): string {
  const ratio = row.ratio;
  if (ratio === undefined) return '';
  const part = (n: number | null | undefined) => (n == null ? 'not known' : fmt.number(n, 4));
  if (ratio.numerator == null && ratio.denominator == null) return '';
  const own = ratio.value !== null && ratio.value !== undefined && ratio.value !== row.value;
  return `${part(ratio.numerator)} / ${part(ratio.denominator)}${own ? ` = ${fmt.number(Number(ratio.value), 4)}` : ''}`;
}

/** The rows of a breakdown grouped by their dimensions, in the order each set first appears. */
function groupByDimensions(
  rows: readonly BreakdownRow[],
): Map<string, { readonly dimensions: readonly string[]; readonly rows: BreakdownRow[] }> {
  const groups = new Map<string, { dimensions: readonly string[]; rows: BreakdownRow[] }>();
  for (const row of rows) {
    const dimensions = Object.keys(row.keys);
    const signature = dimensions.join('\u0000');
    const group = groups.get(signature) ?? { dimensions, rows: [] };
    group.rows.push(row);
    groups.set(signature, group);
  }
  return groups;
}

/** `'By commodity, year and half'`. */
function byWords(dimensions: readonly string[]): string {
  const words = dimensions.map((d) => headingOf(d).toLowerCase());
  const last = words.pop();
  return `By ${words.length === 0 ? last : `${words.join(', ')} and ${last}`}`;
}

/** One table of the rows of a breakdown that share their dimensions. */
function groupTable(
  result: Readonly<IndicatorResult>,
  dimensions: readonly string[],
  rows: readonly BreakdownRow[],
  fmt: NumberFormatter,
): TableBlock {
  // A label that only repeats the keys adds nothing.
  const named = rows.some(
    (r) => r.label !== undefined && r.label !== dimensions.map((d) => r.keys[d]).join(', '),
  );
  const counted = rows.some((r) => r.count !== undefined && r.count !== r.value);
  const ratios = rows.some((r) => ratioCell(r, fmt) !== '');
  const header = [
    ...dimensions.map(headingOf),
    ...(named ? ['Label'] : []),
    'Figure',
    ...(counted ? ['Count'] : []),
    ...(ratios ? ['Ratio (numerator / denominator)'] : []),
  ];
  const cells = rows.map((row): RichText[] => [
    ...dimensions.map((d) => [keyCell(d, row.keys[d] ?? '')]),
    ...(named ? [[row.label ?? '']] : []),
    [rowFigure(result, row, fmt)],
    ...(counted ? [[row.count === undefined ? '' : fmt.number(row.count, 4)]] : []),
    ...(ratios ? [[ratioCell(row, fmt)]] : []),
  ]);
  const numeric = header.map((_, i) => i >= dimensions.length + (named ? 1 : 0));
  // Rows in units of their own (ore in t, contained metal in ozt) say their unit in each figure.
  const units = new Set(rows.map((r) => r.quantityUnit ?? result.quantityUnit));
  const unit =
    result.unit === 'quantity' && units.size > 1
      ? 'quantities in the unit of each row'
      : unitWords(result);
  return {
    kind: 'table',
    caption: `${byWords(dimensions)}; figures: ${unit}.`,
    header,
    rows: cells,
    numeric,
  };
}

/**
 * The breakdown of a result as tables, one per set of dimensions (rows by stage, rows by stage
 * and region…): every row with its keys as columns, its name, its figure in the result's unit
 * (value, bounds, range or money), its count and its ratio's parts.
 *
 * @param result - The indicator result.
 * @param fmt - The formatter of the numbers.
 * @returns The tables; none when the result has no breakdown.
 *
 * @example
 * ```ts
 * breakdownTables(result, numberFormatter('en')).length;
 * ```
 *
 * @internal
 */
export function breakdownTables(
  result: Readonly<IndicatorResult>,
  fmt: NumberFormatter,
): TableBlock[] {
  const groups = groupByDimensions(result.breakdown ?? []);
  return [...groups.values()].map((g) => groupTable(result, g.dimensions, g.rows, fmt));
}
