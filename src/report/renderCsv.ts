import type { BreakdownRow, RowKeys } from '../indicators/contract/breakdownRow.js';
import type { IndicatorResult } from '../indicators/contract/indicatorResult.js';
import { csvCell } from './csvCell.js';
import { describeResult } from './describeResult.js';
import type { ImpactReport } from './impactReport.js';

/**
 * The columns of {@link renderCsv}, in order.
 *
 * @example
 * ```ts
 * CSV_COLUMNS[0];
 * //=> 'indicatorId'
 * ```
 *
 * @category Reports
 */
export const CSV_COLUMNS = [
  'indicatorId',
  'title',
  'unit',
  'quantityUnit',
  'currency',
  'row',
  'keys',
  'label',
  'value',
  'reason',
  'min',
  'max',
  'low',
  'central',
  'high',
  'money',
  'figure',
  'standards',
  'sourceIds',
  'notes',
  'count',
  'numerator',
  'denominator',
  'ratio',
] as const;

/** Keys as `dimension=value` pairs, e.g. `commodity=gold; year=2023`. */
function keysCell(keys: RowKeys | undefined): string | undefined {
  if (keys === undefined) return undefined;
  return Object.entries(keys)
    .map(([dimension, value]) => `${dimension}=${value}`)
    .join('; ');
}

type Cells = Partial<Record<(typeof CSV_COLUMNS)[number], string | number | undefined>>;

function figureCells(part: Readonly<BreakdownRow> | Readonly<IndicatorResult>): Cells {
  return {
    value: part.value ?? undefined,
    reason: part.reason,
    min: part.bounds?.min,
    max: part.bounds?.max,
    low: part.range?.low,
    central: part.range?.central,
    high: part.range?.high,
    money: part.money?.map((m) => `${m.amountMinor} ${m.currency}`).join('; '),
    count: 'count' in part ? part.count : undefined,
    numerator: part.ratio?.numerator ?? undefined,
    denominator: part.ratio?.denominator ?? undefined,
    ratio: part.ratio?.value ?? undefined,
  };
}

/**
 * Renders the indicator results of a report as CSV: one row per result, then one row per
 * breakdown row of it.
 *
 * @remarks
 * RFC 4180: a header row (`CSV_COLUMNS`), comma separators, CRLF line ends, cells with a
 * comma, quote or line break quoted, quotes doubled. A result's own row has `row` = `result`
 * (its `keys` only for an indicator with one result per thing); each of its breakdown rows
 * follows with `row` = `breakdown` and the row's keys (`dimension=value` pairs joined by `; `,
 * e.g. `commodity=gold; year=2023`), label and figures, repeating the result's id, title and
 * units so that each line stands alone. Numbers are plain (`0.8003…`, shares as fractions);
 * money is `amountMinor currency` per currency (`30000000 AZN`); `figure` is the
 * {@link describeResult} text of the result; `count` and the ratio's `numerator`, `denominator`
 * and value (`ratio`) close each line. A breakdown row states its own `quantityUnit` when it has
 * one (contained metal in `ozt` beside ore in `t`), else the result's. Text cells starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return get a leading apostrophe, so that no cell runs as a spreadsheet formula.
 *
 * @param report - The report from {@link buildImpactReport}.
 * @returns The CSV text, ending with CRLF.
 *
 * @example
 * ```ts
 * renderCsv(report).split('\r\n')[0];
 * //=> 'indicatorId,title,unit,quantityUnit,currency,row,keys,label,value,reason,min,max,low,central,high,money,figure,standards,sourceIds,notes,count,numerator,denominator,ratio'
 * ```
 *
 * @category Reports
 */
export function renderCsv(report: Readonly<ImpactReport>): string {
  const lines = [CSV_COLUMNS.join(',')];
  const line = (cells: Cells): void => {
    lines.push(CSV_COLUMNS.map((column) => csvCell(cells[column])).join(','));
  };
  for (const result of report.indicators) {
    const common: Cells = {
      indicatorId: result.indicatorId,
      title: result.title,
      unit: result.unit,
      quantityUnit: result.quantityUnit,
      currency: result.currency,
    };
    line({
      ...common,
      row: 'result',
      keys: keysCell(result.keys),
      ...figureCells(result),
      figure: describeResult(result),
      standards: result.standards.join('; '),
      sourceIds: result.sourceIds.join('; '),
      notes: result.notes.join(' '),
    });
    for (const row of result.breakdown ?? [])
      line({
        ...common,
        quantityUnit: row.quantityUnit ?? result.quantityUnit,
        row: 'breakdown',
        keys: keysCell(row.keys),
        label: row.label,
        ...figureCells(row),
      });
  }
  return `${lines.join('\r\n')}\r\n`;
}
